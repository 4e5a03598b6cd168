using System.Collections.Concurrent;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using NguyenLuongBang.Emulation.Domain.Common;
using NguyenLuongBang.Emulation.Domain.Notifications;
using NguyenLuongBang.Emulation.Web.Data;
using NguyenLuongBang.Emulation.Web.Identity;
using NguyenLuongBang.Emulation.Web.Infrastructure;

namespace NguyenLuongBang.Emulation.Web.Features.Account;

/// <summary>
/// An account's own sign-in work: signing in (in the account's commune, found by its address),
/// signing out, and changing the password as one unit of work.
/// </summary>
public sealed class AccountSignIn(SignInManager<AppUser> signIn, AppDbContext db, AuditLog audit, RecordChanges changes, IServiceScopeFactory scopes, SignInGate gate,
    IOptions<PasswordHasherOptions> hashing, TimeProvider clock, ILogger<AccountSignIn> logger)
{
    /// <summary>
    /// Hashes to check typed passwords against when there is no account, so that an unknown address
    /// costs the same work: one per configured number of rounds, made with the same settings.
    /// </summary>
    private static readonly ConcurrentDictionary<int, string> UnknownAccountHashes = new();

    private string UnknownAccountHash => UnknownAccountHashes.GetOrAdd(hashing.Value.IterationCount,
        _ => new PasswordHasher<AppUser>(hashing).HashPassword(new AppUser(), Guid.NewGuid().ToString()));

    /// <summary>
    /// Signs in with a checked form; false for any refusal. The same answer, after about the same
    /// work, whether the address is unknown, the password wrong or the account locked: a password is
    /// hashed in every case. Only the owner learns of a lockout, by e-mail.
    /// </summary>
    public async Task<bool> SignInAsync(LoginForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        using var turn = await gate.EnterAsync(cancellationToken);

        // An address names one account in the whole deployment: the sign-in (its checks, its audit
        // row, its session) happens in that account's commune, in a unit of work of its own; the
        // request's commune is the one its session then settles.
        var normalized = signIn.UserManager.NormalizeEmail(form.Email.Trim());
        return await db.Users.IgnoreQueryFilters().Where(u => u.NormalizedEmail == normalized).Select(u => u.CommuneId).FirstOrDefaultAsync(cancellationToken) is { } communeId
            ? await scopes.InCommuneAsync(communeId, (services, _) => services.GetRequiredService<AccountSignIn>().CheckAsync(form), cancellationToken)
            : await CheckAsync(form);
    }

    /// <summary>The sign-in itself, in the unit of work of the account's commune.</summary>
    private async Task<bool> CheckAsync(LoginForm form)
    {
        var email = form.Email.Trim();
        var users = signIn.UserManager;
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
                return true;
            }

            await audit.WriteAsync(result.IsLockedOut ? "Tài khoản tạm khóa do đăng nhập sai nhiều lần" : "Đăng nhập không thành công", "Tài khoản", user.Id, email, "Khách");
            if (result.IsLockedOut && user.Email is { } owner)
            {
                db.OutboxMessages.Add(new OutboxMessage(owner, "[Thi đua chuyển đổi số] Tài khoản tạm khóa",
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

        return false;
    }

    public async Task SignOutAsync()
    {
        await audit.WriteAsync("Đăng xuất", "Tài khoản", null);
        await signIn.SignOutAsync();
    }

    /// <summary>
    /// Changes the signed-in account's password from a checked form, as one unit of work (password,
    /// the first-password flag, audit row); Identity's refusal (wrong current password, a weak new
    /// one) changes nothing. Not found when the account is gone.
    /// </summary>
    public async Task<ChangeOutcome> ChangePasswordAsync(ClaimsPrincipal principal, ChangePasswordForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var users = signIn.UserManager;
        AppUser? changed = null;
        var outcome = await changes.RunAsync($"account:{users.GetUserId(principal)}", async _ =>
        {
            if (await users.GetUserAsync(principal) is not { } user)
            {
                return null;
            }

            Refuse(await users.ChangePasswordAsync(user, form.CurrentPassword, form.NewPassword));
            user.MustChangePassword = false;
            Refuse(await users.UpdateAsync(user));
            changed = user;
            return new Change("Đổi mật khẩu", "Tài khoản", user.Id, null, "Đã đổi mật khẩu.");
        }, cancellationToken);

        if (outcome.Result == ChangeResult.Done && changed is not null)
        {
            // The change gave the account a new security stamp: every other session of it has ended;
            // this one continues as a new session. After the commit: the session store writes in a
            // unit of work of its own.
            await signIn.SignInAsync(changed, isPersistent: false);
        }

        return outcome;

        static void Refuse(IdentityResult result)
        {
            if (!result.Succeeded)
            {
                throw new DomainException(string.Join(" ", result.Errors.Select(e => e.Description)));
            }
        }
    }
}
