using FluentValidation;
using FluentValidation.AspNetCore;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using NguyenLuongBang.Emulation.Web.Identity;
using NguyenLuongBang.Emulation.Web.Infrastructure;

namespace NguyenLuongBang.Emulation.Web.Features.Account;

public sealed class AccountController(SignInManager<AppUser> signIn, IValidator<LoginForm> validator, AuditLog audit, Data.AppDbContext db, Data.CommuneScope communes, TimeProvider clock, SignInGate gate,
    Microsoft.Extensions.Options.IOptions<PasswordHasherOptions> hashing, ILogger<AccountController> logger)
    : Controller
{
    /// <summary>What every refused sign-in is told, whatever the reason.</summary>
    public const string SignInRefused = "Không đăng nhập được: thư điện tử hoặc mật khẩu không đúng, hoặc tài khoản đang tạm khóa (khi đó chủ tài khoản nhận được thư báo).";

    /// <summary>
    /// Hashes to check typed passwords against when there is no account, so that an unknown address
    /// costs the same work: one per configured number of rounds, made with the same settings.
    /// </summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<int, string> UnknownAccountHashes = new();

    private string UnknownAccountHash => UnknownAccountHashes.GetOrAdd(hashing.Value.IterationCount,
        _ => new PasswordHasher<AppUser>(hashing).HashPassword(new AppUser(), Guid.NewGuid().ToString()));

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

        // The same answer, after about the same work, whether the address is unknown, the password
        // wrong or the account locked: a password is hashed in every case. Only the owner learns of
        // a lockout, by e-mail.
        var email = form.Email.Trim();
        var users = signIn.UserManager;
        using var turn = await gate.EnterAsync(HttpContext.RequestAborted);

        // An address names one account in the whole deployment: the sign-in (its checks, its audit
        // row, its session) happens in that account's commune.
        var normalized = users.NormalizeEmail(email);
        if (await db.Users.IgnoreQueryFilters().Where(u => u.NormalizedEmail == normalized).Select(u => u.CommuneId)
                .FirstOrDefaultAsync(HttpContext.RequestAborted) is { } communeId)
        {
            communes.Use(communeId);
        }

        var user = await users.FindByEmailAsync(email);
        if (user is null)
        {
            users.PasswordHasher.VerifyHashedPassword(new AppUser(), UnknownAccountHash, form.Password);
        }
        else if (await users.IsLockedOutAsync(user))
        {
            users.PasswordHasher.VerifyHashedPassword(user, user.PasswordHash ?? UnknownAccountHash, form.Password);
            await audit.WriteAsync("Đăng nhập bị từ chối (tài khoản bị khóa)", "Tài khoản", user.Id, email, "Khách");
        }
        else
        {
            var result = await signIn.PasswordSignInAsync(user, form.Password, form.RememberMe, lockoutOnFailure: true);
            if (result.Succeeded)
            {
                logger.LogInformation("User {UserId} signed in", user.Id);
                await audit.WriteAsync("Đăng nhập", "Tài khoản", user.Id, null, user.FullName);
                return LocalRedirect(SafeReturnUrl(form.ReturnUrl));
            }

            await audit.WriteAsync(result.IsLockedOut ? "Tài khoản tạm khóa do đăng nhập sai nhiều lần" : "Đăng nhập không thành công", "Tài khoản", user.Id, email, "Khách");
            if (result.IsLockedOut && user.Email is { } owner)
            {
                db.OutboxMessages.Add(new Domain.Notifications.OutboxMessage(owner, "[Thi đua chuyển đổi số] Tài khoản tạm khóa",
                    "Tài khoản của bạn trên Cổng thi đua của xã vừa bị tạm khóa 15 phút vì mật khẩu bị nhập sai nhiều lần liên tiếp.\n\n"
                    + "Nếu không phải bạn, hãy báo ngay quản trị hệ thống; sau 15 phút, đăng nhập lại và đổi mật khẩu.", clock.GetUtcNow()));
                await db.SaveChangesAsync();
            }
        }

        logger.LogInformation("Sign-in failed");
        if (user is null)
        {
            await audit.WriteAsync("Đăng nhập không thành công", "Tài khoản", null, email, "Khách");
        }

        ModelState.AddModelError(string.Empty, SignInRefused);
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

    /// <summary>"Tiếp tục làm việc": the page's idle warning calls this to keep the session; it answers nothing.</summary>
    [HttpGet]
    public IActionResult KeepAlive()
    {
        Response.Headers.CacheControl = "no-store";
        return NoContent();
    }

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

                // The password change gave the account a new security stamp: every other session of
                // it has ended; this one continues as a new session.
                await signIn.SignInAsync(user, isPersistent: false);
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
