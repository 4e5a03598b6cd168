namespace NguyenLuongBang.Emulation.Domain.Campaigns;

/// <summary>
/// The yearly range of each indicator that is usual for each unit type in a commune of about
/// fifteen units (a village supports hundreds of people with VNeID, a school a few dozen; the
/// centre digitises most of its files, a company has none). A domain fact: the demo's figures keep
/// to it, and the reviewer is shown a value well outside it before accepting a report.
/// </summary>
public static class UsualRanges
{
    private static readonly string[] TypeOrder = ["CO-QUAN", "TT-HCC", "MTTQ", "TRUONG", "Y-TE", "DOANH-NGHIEP", "HTX", "THON"];

    /// <summary>Per indicator code, the year's range for each unit type in <see cref="TypeOrder"/>; null where the indicator does not apply.</summary>
    private static readonly Dictionary<string, (int Min, int Max)?[]> Ranges = new(StringComparer.Ordinal)
    {
        //                 cơ quan     TT HCC      MTTQ        trường      y tế        doanh nghiệp  HTX        thôn
        ["TT01"] = [(4, 12), (2, 6), (6, 16), (2, 7), (2, 5), (1, 3), (1, 4), (2, 6)],
        ["TT02"] = [(12, 45), (6, 22), (10, 32), (5, 20), (3, 12), (1, 8), (1, 6), (2, 9)],
        ["HS01"] = [(20, 70), (40, 140), (90, 260), (30, 120), (15, 45), (10, 50), (12, 40), (90, 320)],
        ["HS02"] = [(6, 16), (5, 11), (3, 9), (12, 42), (4, 11), null, null, null],
        ["CS01"] = [(1, 6), (1, 4), (0, 2), (0, 3), (0, 2), (0, 2), (0, 1), (0, 1)],
        ["CS02"] = [(0, 3), (1, 3), (0, 2), (1, 4), (0, 2), (0, 2), (0, 1), (0, 1)],
        ["DL01"] = [(70, 95), (85, 100), null, null, null, null, null, null],
        ["DL02"] = [(2, 5), (2, 6), (1, 2), (1, 3), (1, 3), (0, 2), (0, 1), (1, 2)],
        ["CP01"] = [(40, 75), (55, 88), null, null, null, null, null, null],
        ["CP02"] = [(85, 100), (88, 100), (70, 95), (60, 95), (75, 98), null, null, null],
        ["CP03"] = [(60, 320), (90, 420), (5, 30), (20, 150), (15, 90), (60, 480), (12, 110), (3, 18)],
        ["XH01"] = [(10, 60), (180, 620), (50, 210), (20, 110), (25, 90), (5, 40), (6, 30), (150, 450)],
        ["XH02"] = [null, null, (1, 3), null, null, null, null, (1, 2)],
        ["XH03"] = [(5, 30), (40, 160), (110, 420), (0, 15), (0, 20), (0, 10), (0, 12), (160, 640)],
        ["KT01"] = [(0, 12), null, null, null, null, (1, 4), (4, 16), (8, 38)],
        ["KT02"] = [null, (30, 70), null, (60, 95), (20, 60), (72, 98), (30, 72), null],
        ["KT03"] = [null, null, null, null, null, (0, 1), (0, 1), (0, 1)],
        ["AT01"] = [(0, 4), (0, 3), (0, 1), (0, 2), (0, 2), (0, 3), (0, 1), (0, 1)],
        ["AT02"] = [(0, 1), (0, 1), (0, 1), (0, 1), (0, 1), (0, 1), (0, 1), (0, 1)],
    };

    /// <summary>The usual yearly range of <paramref name="indicatorCode"/> for a unit of type <paramref name="unitTypeCode"/>; null where none is known.</summary>
    public static (int Min, int Max)? For(string indicatorCode, string unitTypeCode)
    {
        var type = Array.IndexOf(TypeOrder, unitTypeCode);
        return type >= 0 && Ranges.TryGetValue(indicatorCode, out var ranges) ? ranges[type] : null;
    }
}
