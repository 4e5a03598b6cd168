using FluentValidation;
using FluentValidation.AspNetCore;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using NguyenLuongBang.Emulation.Web.Identity;
using NguyenLuongBang.Emulation.Web.Infrastructure;

namespace NguyenLuongBang.Emulation.Web.Features.Account;

public sealed class AccountController(SignInManager<AppUser> signIn, IValidator<LoginForm> validator, AuditLog audit, ILogger<AccountController> logger)
    : Controller
{
    [AllowAnonymous]
    [HttpGet]
    public IActionResult Login(string? returnUrl)
    {
        if (User.Identity?.IsAuthenticated == true)
        {
            return LocalRedirect(SafeReturnUrl(returnUrl));
        }

        return View(new LoginForm { ReturnUrl = returnUrl });
    }

    [AllowAnonymous]
    [HttpPost]
    [Microsoft.AspNetCore.RateLimiting.EnableRateLimiting(Infrastructure.SecurityHeaders.SignInPolicy)]
    public async Task<IActionResult> Login(LoginForm form)
    {
        var validation = await validator.ValidateAsync(form);
        if (!validation.IsValid)
        {
            validation.AddToModelState(ModelState);
            return View(form);
        }

        var email = form.Email.Trim();
        var result = await signIn.PasswordSignInAsync(email, form.Password, form.RememberMe, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            var user = await signIn.UserManager.FindByNameAsync(email);
            logger.LogInformation("User {UserId} signed in", user?.Id);
            await audit.WriteAsync("Đăng nhập", "Tài khoản", user?.Id, null, user?.FullName);
            return LocalRedirect(SafeReturnUrl(form.ReturnUrl));
        }

        string message;
        if (result.IsLockedOut)
        {
            logger.LogWarning("Sign-in refused: account locked out");
            message = "Tài khoản tạm khóa do đăng nhập sai nhiều lần. Vui lòng thử lại sau 15 phút hoặc liên hệ quản trị hệ thống.";
            await audit.WriteAsync("Đăng nhập bị từ chối (tài khoản bị khóa)", "Tài khoản", null, email, "Khách");
        }
        else
        {
            logger.LogInformation("Sign-in failed");
            message = "Thư điện tử hoặc mật khẩu không đúng.";
            await audit.WriteAsync("Đăng nhập không thành công", "Tài khoản", null, email, "Khách");
        }

        ModelState.AddModelError(string.Empty, message);
        form.Password = string.Empty;
        return View(form);
    }

    [HttpPost]
    public async Task<IActionResult> Logout()
    {
        await audit.WriteAsync("Đăng xuất", "Tài khoản", null);
        await signIn.SignOutAsync();
        TempData["Message"] = "Bạn đã đăng xuất.";
        return RedirectToAction(nameof(Login));
    }

    [HttpGet]
    public IActionResult ChangePassword() => View(new ChangePasswordForm());

    [HttpPost]
    public async Task<IActionResult> ChangePassword(ChangePasswordForm form, [FromServices] IValidator<ChangePasswordForm> formValidator)
    {
        var validation = await formValidator.ValidateAsync(form);
        validation.AddToModelState(ModelState);
        var user = await signIn.UserManager.GetUserAsync(User);
        if (user is null)
        {
            return RedirectToAction(nameof(Login));
        }

        if (ModelState.IsValid)
        {
            var result = await signIn.UserManager.ChangePasswordAsync(user, form.CurrentPassword, form.NewPassword);
            if (result.Succeeded)
            {
                user.MustChangePassword = false;
                await signIn.UserManager.UpdateAsync(user);
                await signIn.RefreshSignInAsync(user);
                await audit.WriteAsync("Đổi mật khẩu", "Tài khoản", user.Id);
                TempData["Message"] = "Đã đổi mật khẩu.";
                return LocalRedirect("/");
            }

            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(string.Empty, error.Description);
            }
        }

        return View(new ChangePasswordForm());
    }

    private string SafeReturnUrl(string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl) && Url.IsLocalUrl(returnUrl) ? returnUrl : "/";
}
