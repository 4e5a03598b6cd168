namespace NguyenLuongBang.Emulation.Web.Infrastructure;

/// <summary>
/// A share shown as a whole percentage, rounded half away from zero as people round by hand
/// ("1/6" is 17%, never the truncated 16% or banker's rounding's 12% for 12,5%): every page that
/// shows a share of a count goes through here.
/// </summary>
public static class Percentage
{
    /// <summary>0 when <paramref name="whole"/> is 0 (nothing to be a share of).</summary>
    public static int Of(int part, int whole) =>
        whole == 0 ? 0 : (int)decimal.Round(100m * part / whole, 0, MidpointRounding.AwayFromZero);

    /// <summary>"17%".</summary>
    public static string Text(int part, int whole) => Of(part, whole).ToString(System.Globalization.CultureInfo.InvariantCulture) + "%";
}
