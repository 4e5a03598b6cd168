using System.Globalization;
using System.Text;
using NguyenLuongBang.Emulation.Domain.Common;
using NguyenLuongBang.Emulation.Domain.Reports;

namespace NguyenLuongBang.Emulation.Domain.Nominations;

public enum CheckOutcome
{
    Pass,
    Warning,
    Fail,
    Info,
}

public sealed record EligibilityLine(string Rule, CheckOutcome Outcome, string Reason);

/// <summary>What the checklist needs to know about one nominee, gathered by a query.</summary>
public sealed record EligibilityFacts(
    ReviewRound Round,
    NomineeKind Kind,
    Gender? Gender,
    bool HasUnit,
    IReadOnlyDictionary<int, (ReportStatus Status, bool Late)> ReportsByYear,
    bool AlreadyAwardedInRound,
    bool UnderDiscipline,
    int NominationsOfUnitInRound,
    int QuotaPerUnit);

/// <summary>
/// The eligibility checklist of domain.md §4, one line per rule: reports of the round's years
/// submitted and accepted, one award per achievement and round, no discipline, the quota, and the
/// women-priority note (shown, not decided).
/// </summary>
public static class Eligibility
{
    public static IReadOnlyList<EligibilityLine> Check(EligibilityFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var lines = new List<EligibilityLine>();
        if (!facts.HasUnit)
        {
            lines.Add(new("Báo cáo của đơn vị", CheckOutcome.Info, "Không gắn với đơn vị: không xét báo cáo năm."));
        }
        else
        {
            foreach (var year in facts.Round.Years)
            {
                lines.Add(facts.ReportsByYear.TryGetValue(year, out var report)
                    ? report.Status switch
                    {
                        ReportStatus.Accepted when report.Late => new($"Báo cáo năm {year}", CheckOutcome.Warning, "Đã tiếp nhận nhưng nộp muộn."),
                        ReportStatus.Accepted => new($"Báo cáo năm {year}", CheckOutcome.Pass, "Đã nộp đúng hạn và được tiếp nhận."),
                        _ => new($"Báo cáo năm {year}", CheckOutcome.Fail, $"Báo cáo chưa được tiếp nhận ({StatusText.Of(report.Status)})."),
                    }
                    : new($"Báo cáo năm {year}", CheckOutcome.Fail, "Đơn vị chưa nộp báo cáo."));
            }
        }

        lines.Add(facts.AlreadyAwardedInRound
            ? new("Một thành tích một hình thức khen", CheckOutcome.Fail, "Đã được khen thưởng trong đợt này.")
            : new("Một thành tích một hình thức khen", CheckOutcome.Pass, "Chưa được khen thưởng trong đợt này."));
        lines.Add(facts.UnderDiscipline
            ? new("Kỷ luật, điều tra, khiếu nại", CheckOutcome.Fail, "Đang bị kỷ luật, điều tra hoặc có khiếu nại (chuyên viên đã ghi nhận).")
            : new("Kỷ luật, điều tra, khiếu nại", CheckOutcome.Pass, "Không có ghi nhận."));
        lines.Add(facts.HasUnit && facts.NominationsOfUnitInRound > facts.QuotaPerUnit
            ? new("Số lượng đề nghị", CheckOutcome.Warning, $"Đơn vị có {facts.NominationsOfUnitInRound} đề nghị, vượt mức {facts.QuotaPerUnit}.")
            : new("Số lượng đề nghị", CheckOutcome.Pass, "Trong giới hạn."));
        if (facts.Kind == NomineeKind.Individual && facts.Gender == Nominations.Gender.Female)
        {
            lines.Add(new("Ưu tiên nữ", CheckOutcome.Info, "Cá nhân nữ: ưu tiên khi có thành tích ngang nhau."));
        }
        else if (facts.Kind == NomineeKind.Collective)
        {
            lines.Add(new("Ưu tiên nữ", CheckOutcome.Info, "Tập thể có từ 70% nữ trở lên được ưu tiên khi thành tích ngang nhau: kiểm tra tỷ lệ."));
        }

        return lines;
    }

    public static bool Blocks(IEnumerable<EligibilityLine> lines) => lines.Any(l => l.Outcome == CheckOutcome.Fail);
}
