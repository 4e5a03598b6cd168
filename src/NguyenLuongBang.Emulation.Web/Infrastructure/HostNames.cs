using System.Text.RegularExpressions;

namespace NguyenLuongBang.Emulation.Web.Infrastructure;

/// <summary>
/// A server's name as a mail client can reach it: a dotted DNS name of letter-digit-hyphen labels
/// ending in a letter label (smtp.haiphong.gov.vn), "localhost", or an IPv4 address in four decimal
/// parts (10.0.0.5). Single words ("NaN"), numbers in other bases ("0x10") and names with diacritics
/// ("cách") are refused: <see cref="Uri.CheckHostName"/> accepts all three.
/// </summary>
public static partial class HostNames
{
    public static bool IsValid(string? host) =>
        host is { Length: > 0 and <= 253 } && (host == "localhost" || DnsName().IsMatch(host) || IPv4().IsMatch(host));

    [GeneratedRegex(@"^([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}$", RegexOptions.CultureInvariant)]
    private static partial Regex DnsName();

    [GeneratedRegex(@"^((25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\.){3}(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])$", RegexOptions.CultureInvariant)]
    private static partial Regex IPv4();
}
