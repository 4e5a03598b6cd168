using System.Reflection;
using Microsoft.AspNetCore.Identity;
using NguyenLuongBang.Emulation.Domain.Common;
using NguyenLuongBang.Emulation.Web.Infrastructure;

namespace NguyenLuongBang.Emulation.Web.Identity;

/// <summary>
/// The password rules beyond length (ASVS 2.1): no forced mix of character classes, but a password
/// on the shipped list of common ones (compared without case, marks, digits and signs when only
/// those are added to a common word), made of one repeated or sequential run, or containing the
/// user's own name or e-mail name is refused.
/// </summary>
public sealed class PortalPasswordPolicy : IPasswordValidator<AppUser>
{
    private static readonly Lazy<HashSet<string>> Common = new(Load);

    public Task<IdentityResult> ValidateAsync(UserManager<AppUser> manager, AppUser user, string? password)
    {
        ArgumentNullException.ThrowIfNull(user);
        var reason = Refusal(password ?? string.Empty, user.FullName, user.Email);
        return Task.FromResult(reason is null
            ? IdentityResult.Success
            : IdentityResult.Failed(new IdentityError { Code = "PasswordPolicy", Description = reason }));
    }

    /// <summary>Null when the password may be used, else why not (Vietnamese).</summary>
    public static string? Refusal(string password, string? fullName, string? email)
    {
        var folded = Names.Fold(password).Replace(" ", string.Empty, StringComparison.Ordinal);
        var letters = new string(folded.Where(char.IsLetter).ToArray());
        if (Common.Value.Contains(folded) || (letters.Length > 0 && Common.Value.Contains(letters)) || letters.Length == 0 && IsRun(folded))
        {
            return "Mật khẩu này quá phổ biến, dễ bị đoán: chọn một cụm từ riêng của bạn (ví dụ ba bốn từ ghép lại).";
        }

        if (IsRun(folded))
        {
            return "Mật khẩu không được là một ký tự lặp lại hay một dãy liền nhau (như 111111111111, abcdefghijkl).";
        }

        var local = email?.Split('@')[0].ToLowerInvariant() ?? string.Empty;
        var nameParts = Names.Fold(fullName ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var whole = string.Concat(nameParts);
        if ((local.Length >= 4 && folded.Contains(local, StringComparison.Ordinal))
            || (whole.Length >= 4 && folded.Contains(whole, StringComparison.Ordinal))
            || nameParts.Any(part => part.Length >= 4 && folded.Contains(part, StringComparison.Ordinal)))
        {
            return "Mật khẩu không được chứa họ tên hay tên thư điện tử của bạn.";
        }

        return null;
    }

    /// <summary>One character repeated, or a run that climbs or falls by one (1234…, abcd…, 9876…; digits wrap: …7890123).</summary>
    private static bool IsRun(string text) =>
        text.Length > 1 && (text.All(c => c == text[0])
                            || Enumerable.Range(1, text.Length - 1).All(i => Step(text[i - 1], text[i]) == 1)
                            || Enumerable.Range(1, text.Length - 1).All(i => Step(text[i - 1], text[i]) == -1));

    private static int Step(char from, char to) =>
        char.IsAsciiDigit(from) && char.IsAsciiDigit(to) ? ((to - from + 10) % 10) switch { 1 => 1, 9 => -1, _ => 0 } : to - from;

    private static HashSet<string> Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("NguyenLuongBang.Emulation.Web.Identity.common-passwords.txt")
            ?? throw new InvalidOperationException("The list of common passwords is missing from the build.");
        using var reader = new StreamReader(stream);
        var words = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            var word = line.Trim();
            if (word.Length > 0 && !word.StartsWith('#'))
            {
                words.Add(Names.Fold(word).Replace(" ", string.Empty, StringComparison.Ordinal));
            }
        }

        return words;
    }
}

/// <summary>Every account's address follows the portal's one rule for e-mail addresses, however the account is made.</summary>
public sealed class PortalEmailRule : IUserValidator<AppUser>
{
    public Task<IdentityResult> ValidateAsync(UserManager<AppUser> manager, AppUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return Task.FromResult(EmailAddresses.IsValid(user.Email)
            ? IdentityResult.Success
            : IdentityResult.Failed(new IdentityError { Code = "InvalidEmail", Description = EmailAddresses.Invalid }));
    }
}

/// <summary>
/// An address (and user name) names one account in the whole deployment, since sign-in finds the
/// commune from it: Identity's own check sees the unit of work's commune only, this one looks at
/// the other communes' accounts.
/// </summary>
public sealed class AccountUniqueAcrossCommunes(Data.AppDbContext db, IdentityErrorDescriber describe) : IUserValidator<AppUser>
{
    public async Task<IdentityResult> ValidateAsync(UserManager<AppUser> manager, AppUser user)
    {
        ArgumentNullException.ThrowIfNull(manager);
        ArgumentNullException.ThrowIfNull(user);
        var email = manager.NormalizeEmail(user.Email);
        var name = manager.NormalizeName(user.UserName);
        var taken = await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(
            Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.IgnoreQueryFilters(db.Users)
                .Where(u => u.Id != user.Id && u.CommuneId != db.CurrentCommuneId && (u.NormalizedEmail == email || u.NormalizedUserName == name))
                .Select(u => new { u.NormalizedEmail, u.NormalizedUserName }));
        var errors = new List<IdentityError>();
        if (email is not null && taken.Any(u => u.NormalizedEmail == email))
        {
            errors.Add(describe.DuplicateEmail(user.Email!));
        }
        else if (name is not null && taken.Any(u => u.NormalizedUserName == name))
        {
            errors.Add(describe.DuplicateUserName(user.UserName!));
        }

        return errors.Count == 0 ? IdentityResult.Success : IdentityResult.Failed([.. errors]);
    }
}
