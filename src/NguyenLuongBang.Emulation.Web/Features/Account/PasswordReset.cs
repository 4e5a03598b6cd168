using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using NguyenLuongBang.Emulation.Domain.Auditing;
using NguyenLuongBang.Emulation.Domain.Common;
using NguyenLuongBang.Emulation.Domain.Notifications;
using NguyenLuongBang.Emulation.Web.Data;
using NguyenLuongBang.Emulation.Web.Documents;
using NguyenLuongBang.Emulation.Web.Features.DocumentRegister;
using NguyenLuongBang.Emulation.Web.Identity;
using NguyenLuongBang.Emulation.Web.Infrastructure;

namespace NguyenLuongBang.Emulation.Web.Features.Account;

/// <summary>
/// "Quên mật khẩu?" (ADR-0033): a link with Identity's reset token e-mailed through the outbox,
/// valid <see cref="Lifespan"/> and once (the reset changes the security stamp the token carries).
/// Whoever asks learns nothing of the account: every request gets <see cref="Sent"/>. No mail for an
/// unknown address, a locked account, beyond <c>Portal:PasswordResetMailsPerHour</c> (3) mails an
/// hour to one account, or while the portal has no public address. A reset ends every session of
/// the account, as the administrator's does. Neither token nor password reaches a log or audit row.
/// </summary>
public sealed class PasswordReset(UserManager<AppUser> users, AppDbContext db, IServiceScopeFactory scopes, AuditLog audit, RecordChanges changes, UserSessions sessions,
    PublicAddress address, IConfiguration configuration, TimeProvider clock, ILogger<PasswordReset> logger)
{
    public const string Sent = "Nếu địa chỉ này có tài khoản, một thư hướng dẫn đặt lại mật khẩu đã được gửi.";

    public const string LinkRefused = "Đường dẫn đặt lại mật khẩu này không còn dùng được: đã quá 2 giờ, đã được dùng, hoặc tài khoản đang bị khóa. Vui lòng yêu cầu một thư mới.";

    /// <summary>How long an e-mailed link works (Identity's token lifespan, set for every token of the portal in PortalSetup).</summary>
    public static readonly TimeSpan Lifespan = TimeSpan.FromHours(2);

    private const string MailSent = "Gửi thư đặt lại mật khẩu";

    private const string Subject = "Tài khoản";

    public Task RequestAsync(string email, CancellationToken cancellationToken)
    {
        var normalized = users.NormalizeEmail(email.Trim());
        return ForAccountAsync(u => u.NormalizedEmail == normalized, (here, user) => here.RequestForAsync(email, user, cancellationToken), cancellationToken);
    }

    /// <returns>Whether a link was mailed.</returns>
    private async Task<bool> RequestForAsync(string email, AppUser? user, CancellationToken cancellationToken)
    {
        var mailed = false;
        var now = clock.GetUtcNow();
        var since = AuditEntry.AsStored(now.AddHours(-1));
        var limit = configuration.GetValue("Portal:PasswordResetMailsPerHour", 3);
        if (user?.Email is not { } to)
        {
            audit.Add("Yêu cầu đặt lại mật khẩu (không có tài khoản)", Subject, null, email);
        }
        else if (await users.IsLockedOutAsync(user))
        {
            audit.Add("Yêu cầu đặt lại mật khẩu bị từ chối (tài khoản bị khóa)", Subject, user.Id, to);
        }
        else if (await db.AuditEntries.CountAsync(a => a.EntityType == Subject && a.EntityId == user.Id && a.Action == MailSent && a.At > since, cancellationToken) >= limit)
        {
            audit.Add("Yêu cầu đặt lại mật khẩu bị từ chối (quá số thư trong một giờ)", Subject, user.Id, to);
        }
        else if (address.Root is not { } root)
        {
            // A link under the request's own host would let anyone choose where the token goes.
            logger.LogWarning("Password reset for user {UserId} not mailed: the portal has no public address (Portal:PublicUrl)", user.Id);
            audit.Add("Yêu cầu đặt lại mật khẩu chưa gửi được (cổng chưa có địa chỉ công khai)", Subject, user.Id, to);
        }
        else
        {
            var token = WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(await users.GeneratePasswordResetTokenAsync(user)));
            var link = $"{root}/Account/ResetPassword?userId={Uri.EscapeDataString(user.Id)}&token={token}";
            var until = Domain.Common.VietnamTime.ToLocal(now + Lifespan);
            db.OutboxMessages.Add(new OutboxMessage(to, "[Thi đua chuyển đổi số] Đặt lại mật khẩu",
                $"Chào {user.FullName},\n\nCó yêu cầu đặt lại mật khẩu cho tài khoản {to} trên Cổng thi đua của xã. Để đặt mật khẩu mới, mở đường dẫn sau "
                + $"(dùng được một lần, đến {until:HH:mm 'ngày' dd/MM/yyyy}):\n\n{link}\n\n"
                + "Nếu không phải bạn yêu cầu, hãy bỏ qua thư này: mật khẩu hiện tại vẫn giữ nguyên.", now));
            audit.Add(MailSent, Subject, user.Id, to);
            logger.LogInformation("Password reset mailed to user {UserId}", user.Id);
            mailed = true;
        }

        await db.SaveChangesAsync(cancellationToken);
        return mailed;
    }

    /// <summary>Whether the link still works (checked before the form is shown, so an old link says so at once).</summary>
    public Task<bool> LinkWorksAsync(string? userId, string? token, CancellationToken cancellationToken) =>
        ForAccountAsync(u => u.Id == userId, (here, user) => here.LinkWorksForAsync(user, token, cancellationToken), cancellationToken);

    private async Task<bool> LinkWorksForAsync(AppUser? user, string? token, CancellationToken cancellationToken) =>
        user is not null && Decode(token) is { } decoded && await MayResetAsync(user, cancellationToken)
        && await users.VerifyUserTokenAsync(user, users.Options.Tokens.PasswordResetTokenProvider, UserManager<AppUser>.ResetPasswordTokenPurpose, decoded);

    /// <summary>
    /// Not locked, and a link was mailed within <see cref="Lifespan"/> on the portal's clock. Identity's
    /// token expires on the machine's clock (its provider reads no other); this check holds the same
    /// limit on the clock every other rule of the portal uses.
    /// </summary>
    private async Task<bool> MayResetAsync(AppUser user, CancellationToken cancellationToken)
    {
        var since = AuditEntry.AsStored(clock.GetUtcNow() - Lifespan);
        return !await users.IsLockedOutAsync(user)
               && await db.AuditEntries.AnyAsync(a => a.EntityType == Subject && a.EntityId == user.Id && a.Action == MailSent && a.At >= since, cancellationToken);
    }

    /// <returns>Null when the password was set; else why not (Vietnamese), <see cref="LinkRefused"/> for a link that no longer works.</returns>
    public Task<IReadOnlyList<string>?> ResetAsync(ResetPasswordForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        return ForAccountAsync(u => u.Id == form.UserId, (here, user) => here.ResetForAsync(form, user, cancellationToken), cancellationToken);
    }

    /// <summary>
    /// The new password, the end of every session, the audit row and the owner's mail, as one unit of
    /// work: a refused password changes nothing. The new security stamp already refuses the old
    /// sessions at their next request; ending them here also shows the reason on the administrator's
    /// list of the account's sessions.
    /// </summary>
    private async Task<IReadOnlyList<string>?> ResetForAsync(ResetPasswordForm form, AppUser? user, CancellationToken cancellationToken)
    {
        if (user is null || Decode(form.Token) is not { } token || !await MayResetAsync(user, cancellationToken))
        {
            return [LinkRefused];
        }

        var outcome = await changes.RunAsync($"account:{user.Id}", async ct =>
        {
            var result = await users.ResetPasswordAsync(user, token, form.NewPassword);
            if (!result.Succeeded)
            {
                throw new DomainException(result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.InvalidToken))
                    ? LinkRefused
                    : string.Join(" ", result.Errors.Select(e => e.Description)));
            }

            user.MustChangePassword = false;
            await users.ResetAccessFailedCountAsync(user);
            var ended = await sessions.EndAsync(user.Id, null, "Đặt lại mật khẩu qua thư điện tử", ct);
            db.OutboxMessages.Add(new OutboxMessage(user.Email!, "[Thi đua chuyển đổi số] Mật khẩu đã được đặt lại",
                $"Chào {user.FullName},\n\nMật khẩu tài khoản {user.Email} trên Cổng thi đua của xã vừa được đặt lại qua đường dẫn gửi trong thư; mọi phiên đăng nhập cũ đã kết thúc.\n\n"
                + "Nếu không phải bạn, hãy báo ngay quản trị hệ thống.", clock.GetUtcNow()));
            return new Change("Đặt lại mật khẩu qua thư điện tử", Subject, user.Id, $"{user.Email}: kết thúc {ended} phiên đăng nhập", "Đã đặt mật khẩu mới.");
        }, cancellationToken);

        if (!outcome.Succeeded)
        {
            return [outcome.Message ?? LinkRefused];
        }

        logger.LogInformation("User {UserId} reset the password from the e-mailed link", user.Id);
        return null;
    }

    /// <summary>
    /// An address or id names one account in the whole deployment: <paramref name="work"/> (its
    /// checks, audit rows, mail and sessions) runs in that account's commune, in a unit of work of
    /// its own (<see cref="CommunePasses.InCommuneAsync"/>), as at sign-in; with no such account, in
    /// the request's own, with none.
    /// </summary>
    private async Task<T> ForAccountAsync<T>(System.Linq.Expressions.Expression<Func<AppUser, bool>> which, Func<PasswordReset, AppUser?, Task<T>> work,
        CancellationToken cancellationToken)
    {
        var account = await db.Users.IgnoreQueryFilters().Where(which).Select(u => new { u.Id, u.CommuneId }).FirstOrDefaultAsync(cancellationToken);
        if (account?.CommuneId is not { } communeId)
        {
            return await work(this, null);
        }

        return await scopes.InCommuneAsync(communeId, async (services, _) =>
        {
            var here = services.GetRequiredService<PasswordReset>();
            return await work(here, await here.FindAsync(account.Id));
        }, cancellationToken);
    }

    private Task<AppUser?> FindAsync(string id) => users.FindByIdAsync(id);

    private static string? Decode(string? token)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 2000)
        {
            return null;
        }

        try
        {
            return Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(token));
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
