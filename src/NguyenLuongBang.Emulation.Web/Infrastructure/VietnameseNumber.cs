using System.Globalization;
using System.Text.RegularExpressions;

namespace NguyenLuongBang.Emulation.Web.Infrastructure;

/// <summary>
/// Reads numbers as Vietnamese users type them: "1.234,5" (dot for thousands, comma for decimals),
/// also "1234,5" and "1234". "1.5" is refused rather than guessed (is it 15 or one and a half?).
/// </summary>
public static partial class VietnameseNumber
{
    public static bool TryParse(string? text, out decimal value)
    {
        value = 0;
        var trimmed = text?.Trim().Replace(" ", string.Empty, StringComparison.Ordinal);
        if (string.IsNullOrEmpty(trimmed) || !Shape().IsMatch(trimmed))
        {
            return false;
        }

        return decimal.TryParse(trimmed, NumberStyles.AllowThousands | NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign,
            PortalSetup.Vietnamese, out value);
    }

    public static string Format(decimal? value) =>
        value is { } v ? v.ToString("#,0.##", PortalSetup.Vietnamese) : string.Empty;

    // Optional sign; digits with dot-grouped thousands or plain digits; optional comma decimals.
    [GeneratedRegex(@"^-?([0-9]{1,3}(\.[0-9]{3})+|[0-9]+)(,[0-9]+)?$")]
    private static partial Regex Shape();
}
