using System.Text.RegularExpressions;

namespace NguyenLuongBang.Emulation.Web.Infrastructure;

/// <summary>
/// One rule for e-mail addresses everywhere they are typed (account form, import, the SMTP sender):
/// the dot-atom form an SMTP server accepts — ASCII letters, digits and the usual signs before the
/// "@", no spaces, no leading, trailing or double dots, a domain of letter-digit-hyphen labels with
/// a letter ending. "nguyễn.văn@…", "a b@…" and "a..b@…" are refused here rather than by the mail server.
/// </summary>
public static partial class EmailAddresses
{
    public const string Invalid = "Thư điện tử không đúng định dạng (chỉ chữ không dấu, số và các ký tự . _ - +, ví dụ ten.donvi@xa.gov.vn).";

    public static bool IsValid(string? address) =>
        address is { Length: > 0 and <= 254 } && Pattern().IsMatch(address);

    [GeneratedRegex(@"^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*@([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
