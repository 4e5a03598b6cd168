using FluentValidation;
using FluentValidation.AspNetCore;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using NguyenLuongBang.Emulation.Web.Identity;
using NguyenLuongBang.Emulation.Web.Infrastructure;

namespace NguyenLuongBang.Emulation.Web.Features.Account;

/// <summary>Signing in and out, and the account's own password: changed, or reset from an e-mailed link.</summary>
public sealed class AccountController(AccountSignIn account, IValidator<LoginForm> validator) : Controller
{
    /// <summary>What every refused sign-in is told, whatever the reason.</summary>
    public const string SignInRefused = "Không đăng nhập được: thư điện tử hoặc mật khẩu không đúng, hoặc tài khoản đang tạm khóa (khi đó chủ tài khoản nhận được thư báo).";

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

        if (await account.SignInAsync(form, HttpContext.RequestAborted))
        {
            return LocalRedirect(SafeReturnUrl(form.ReturnUrl));
        }

        ModelState.AddModelError(string.Empty, SignInRefused);
        form.Password = string.Empty;
        return View(form);
    }

    [HttpPost]
    public async Task<IActionResult> Logout()
    {
        await account.SignOutAsync();
        TempData["Message"] = "Bạn đã đăng xuất.";
        return RedirectToAction(nameof(Login));
    }

    [HttpGet]
    public IActionResult ChangePassword() => View(new ChangePasswordForm());

    /// <summary>"Tiếp tục làm việc": the page's idle warning calls this to keep the session; it answers nothing.</summary>
    [HttpGet]
    public IActionResult KeepAlive()
    {
        Response.Headers.CacheControl = "no-store";
        return NoContent();
    }

    /// <summary>Changes the password; refused (the form's rules, or Identity's: wrong current password, a weak new one), the form again (422) with why.</summary>
    [HttpPost]
    public async Task<IActionResult> ChangePassword(ChangePasswordForm form, [FromServices] IValidator<ChangePasswordForm> formValidator)
    {
        (await formValidator.ValidateAsync(form)).AddToModelState(ModelState);
        if (!ModelState.IsValid)
        {
            return FormAgain();
        }

        var outcome = await account.ChangePasswordAsync(User, form, HttpContext.RequestAborted);
        if (outcome.Result == ChangeResult.NotFound)
        {
            return RedirectToAction(nameof(Login));
        }

        return await this.AnswerForm(outcome, () => LocalRedirect("/"), error =>
        {
            ModelState.AddModelError(string.Empty, error);
            return Task.FromResult(FormAgain());
        });

        // The passwords typed are never sent back.
        IActionResult FormAgain()
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View(new ChangePasswordForm());
        }
    }

    [AllowAnonymous]
    [HttpGet]
    public IActionResult ForgotPassword() =>
        User.Identity?.IsAuthenticated == true ? RedirectToAction(nameof(ChangePassword)) : View(new ForgotPasswordForm());

    /// <summary>Always the same answer (<see cref="PasswordReset.Sent"/>), whether or not the address has an account.</summary>
    [AllowAnonymous]
    [HttpPost]
    [Microsoft.AspNetCore.RateLimiting.EnableRateLimiting(Infrastructure.SecurityHeaders.PasswordResetPolicy)]
    public async Task<IActionResult> ForgotPassword(ForgotPasswordForm form, [FromServices] IValidator<ForgotPasswordForm> formValidator, [FromServices] PasswordReset reset)
    {
        ArgumentNullException.ThrowIfNull(form);
        var validation = await formValidator.ValidateAsync(form);
        if (!validation.IsValid)
        {
            validation.AddToModelState(ModelState);
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View(form);
        }

        await reset.RequestAsync(form.Email, HttpContext.RequestAborted);
        TempData["Message"] = PasswordReset.Sent;
        return RedirectToAction(nameof(Login));
    }

    [AllowAnonymous]
    [HttpGet]
    public async Task<IActionResult> ResetPassword(string? userId, string? token, [FromServices] PasswordReset reset) =>
        await reset.LinkWorksAsync(userId, token, HttpContext.RequestAborted)
            ? View(new ResetPasswordForm { UserId = userId!, Token = token! })
            : View("ResetLinkRefused");

    [AllowAnonymous]
    [HttpPost]
    [Microsoft.AspNetCore.RateLimiting.EnableRateLimiting(Infrastructure.SecurityHeaders.PasswordResetPolicy)]
    public async Task<IActionResult> ResetPassword(ResetPasswordForm form, [FromServices] IValidator<ResetPasswordForm> formValidator, [FromServices] PasswordReset reset)
    {
        ArgumentNullException.ThrowIfNull(form);
        (await formValidator.ValidateAsync(form)).AddToModelState(ModelState);
        if (ModelState.IsValid)
        {
            var refused = await reset.ResetAsync(form, HttpContext.RequestAborted);
            if (refused is null)
            {
                TempData["Message"] = "Đã đặt mật khẩu mới; mọi phiên đăng nhập cũ của tài khoản đã kết thúc. Vui lòng đăng nhập bằng mật khẩu mới.";
                return RedirectToAction(nameof(Login));
            }

            if (refused.Contains(PasswordReset.LinkRefused))
            {
                return View("ResetLinkRefused");
            }

            foreach (var reason in refused)
            {
                ModelState.AddModelError(string.Empty, reason);
            }
        }

        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return View(new ResetPasswordForm { UserId = form.UserId, Token = form.Token });
    }

    private string SafeReturnUrl(string? returnUrl) =>
        !string.IsNullOrEmpty(returnUrl) && Url.IsLocalUrl(returnUrl) ? returnUrl : "/";
}
