namespace NguyenLuongBang.Emulation.Domain.Common;

public enum RoundKind
{
    Annual,
    Interim,
    Final,
}

/// <summary>
/// A round of the movement that ends in reports and commendations: a year, the 2027 interim
/// review (sơ kết 2025-2027) or the 2030 final review (tổng kết 2025-2030).
/// </summary>
public readonly record struct ReviewRound
{
    public const int FirstYear = 2025;
    public const int InterimYear = 2027;
    public const int FinalYear = 2030;

    public ReviewRound(RoundKind kind, int year)
    {
        var valid = kind switch
        {
            RoundKind.Annual => year is >= FirstYear and <= FinalYear,
            RoundKind.Interim => year == InterimYear,
            RoundKind.Final => year == FinalYear,
            _ => false,
        };
        if (!valid)
        {
            throw new DomainException($"Đợt thi đua không hợp lệ: {kind} {year}.");
        }

        Kind = kind;
        Year = year;
    }

    public RoundKind Kind { get; }

    public int Year { get; }

    public static ReviewRound Annual(int year) => new(RoundKind.Annual, year);

    /// <summary>
    /// The year of the movement now: this calendar year in Vietnam, held within 2025-2030 (the first
    /// year before the movement starts, the last after it ends). Where the menu's links, the home
    /// page and new records take their year from when none is asked for.
    /// </summary>
    public static int CurrentYear(TimeProvider clock) => Math.Clamp(VietnamTime.Today(clock).Year, FirstYear, FinalYear);

    public static ReviewRound Interim => new(RoundKind.Interim, InterimYear);

    public static ReviewRound Final => new(RoundKind.Final, FinalYear);

    /// <summary>The years whose reports feed this round.</summary>
    public IReadOnlyList<int> Years => Kind == RoundKind.Annual
        ? [Year]
        : Enumerable.Range(FirstYear, Year - FirstYear + 1).ToArray();

    /// <summary>Stable code for URLs and the command line: "2026", "so-ket-2027", "tong-ket-2030".</summary>
    public string Code => Kind switch
    {
        RoundKind.Interim => $"so-ket-{Year}",
        RoundKind.Final => $"tong-ket-{Year}",
        _ => Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    public string Title => Kind switch
    {
        RoundKind.Interim => $"Sơ kết giai đoạn {FirstYear}-{Year}",
        RoundKind.Final => $"Tổng kết giai đoạn {FirstYear}-{Year}",
        _ => $"Năm {Year}",
    };

    /// <summary>The title inside a sentence: "năm 2026", "sơ kết giai đoạn 2025-2027".</summary>
    public string Period => char.ToLowerInvariant(Title[0]) + Title[1..];

    /// <summary>The years it covers, inside a sentence: "năm 2026", "giai đoạn 2025-2027" ("trong giai đoạn …", never "trong sơ kết …").</summary>
    public string Span => Kind == RoundKind.Annual ? $"năm {Year}" : $"giai đoạn {FirstYear}-{Year}";

    public static bool TryParse(string? code, out ReviewRound round)
    {
        round = default;
        if (string.IsNullOrWhiteSpace(code))
        {
            return false;
        }

        code = code.Trim().ToLowerInvariant();
        try
        {
            if (code == $"so-ket-{InterimYear}")
            {
                round = Interim;
                return true;
            }

            if (code == $"tong-ket-{FinalYear}")
            {
                round = Final;
                return true;
            }

            if (int.TryParse(code, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var year))
            {
                round = Annual(year);
                return true;
            }
        }
        catch (DomainException)
        {
            return false;
        }

        return false;
    }

    public override string ToString() => Code;
}
