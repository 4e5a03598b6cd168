using NguyenLuongBang.Emulation.Domain.Common;
using NguyenLuongBang.Emulation.Domain.Nominations;
using NguyenLuongBang.Emulation.Domain.Reports;

namespace NguyenLuongBang.Emulation.UnitTests.Nominations;

public class EligibilityTests
{
    private static readonly Actor Reviewer = new("reviewer-1", "Vũ Thị Lan");
    private static readonly DateTimeOffset Now = new(2027, 12, 1, 9, 0, 0, TimeSpan.FromHours(7));

    private static EligibilityFacts Facts(Dictionary<int, (ReportStatus, bool)>? reports = null, bool awarded = false, bool discipline = false, int ofUnit = 1,
        NomineeKind kind = NomineeKind.Individual, Gender? gender = Gender.Male) =>
        new(ReviewRound.Interim, kind, gender, true,
            reports ?? new Dictionary<int, (ReportStatus, bool)> { [2025] = (ReportStatus.Accepted, false), [2026] = (ReportStatus.Accepted, false), [2027] = (ReportStatus.Accepted, false) },
            awarded, discipline, ofUnit, 3);

    [Fact]
    public void All_reports_accepted_on_time_and_nothing_recorded_passes()
    {
        var lines = Eligibility.Check(Facts());

        Assert.False(Eligibility.Blocks(lines));
        Assert.Equal(3, lines.Count(l => l.Rule.StartsWith("Báo cáo năm", StringComparison.Ordinal) && l.Outcome == CheckOutcome.Pass));
    }

    [Fact]
    public void A_late_report_is_a_warning_not_a_block()
    {
        var lines = Eligibility.Check(Facts(new() { [2025] = (ReportStatus.Accepted, true), [2026] = (ReportStatus.Accepted, false), [2027] = (ReportStatus.Accepted, false) }));

        Assert.Contains(lines, l => l.Rule == "Báo cáo năm 2025" && l.Outcome == CheckOutcome.Warning);
        Assert.False(Eligibility.Blocks(lines));
    }

    [Fact]
    public void A_missing_or_unaccepted_report_blocks()
    {
        var lines = Eligibility.Check(Facts(new() { [2025] = (ReportStatus.Accepted, false), [2026] = (ReportStatus.Returned, false) }));

        Assert.Contains(lines, l => l.Rule == "Báo cáo năm 2026" && l.Outcome == CheckOutcome.Fail);
        Assert.Contains(lines, l => l.Rule == "Báo cáo năm 2027" && l.Reason == "Đơn vị chưa nộp báo cáo.");
        Assert.True(Eligibility.Blocks(lines));
    }

    [Fact]
    public void Already_awarded_in_the_round_blocks() => Assert.True(Eligibility.Blocks(Eligibility.Check(Facts(awarded: true))));

    [Fact]
    public void Discipline_blocks() => Assert.True(Eligibility.Blocks(Eligibility.Check(Facts(discipline: true))));

    [Fact]
    public void Over_the_quota_is_a_warning() =>
        Assert.Contains(Eligibility.Check(Facts(ofUnit: 4)), l => l.Rule == "Số lượng đề nghị" && l.Outcome == CheckOutcome.Warning);

    [Fact]
    public void Women_priority_is_shown_for_women_and_collectives_only()
    {
        Assert.Contains(Eligibility.Check(Facts(gender: Gender.Female)), l => l.Rule == "Ưu tiên nữ");
        Assert.Contains(Eligibility.Check(Facts(kind: NomineeKind.Collective, gender: null)), l => l.Rule == "Ưu tiên nữ");
        Assert.DoesNotContain(Eligibility.Check(Facts()), l => l.Rule == "Ưu tiên nữ");
    }

    [Theory]
    [InlineData("Nguyễn Văn Đạt", "nguyen van dat")]
    [InlineData("  TRẦN   Thị Hoa ", "tran thi hoa")]
    public void Fold_ignores_marks_case_and_spacing(string text, string expected) => Assert.Equal(expected, Names.Fold(text));

    private static Nomination Posted()
    {
        var nomination = new Nomination(ReviewRound.Interim, NomineeKind.Individual, "Lê Thị Mai", Gender.Female, null, 7, AwardForm.CommuneCertificate, "Thành tích", null, Reviewer, Now);
        nomination.Post(7, Reviewer, Now);
        return nomination;
    }

    [Fact]
    public void SendToCouncil_WithFailingLine_Throws_UnlessOverriddenWithReason()
    {
        var nomination = Posted();
        var failing = Eligibility.Check(Facts(discipline: true));

        Assert.Throws<DomainException>(() => nomination.SendToCouncil(Reviewer, Now.AddDays(8), failing));
        Assert.Throws<DomainException>(() => nomination.Override(" ", Reviewer, Now));

        nomination.Override("Khiếu nại đã được giải quyết, chờ văn bản kết luận.", Reviewer, Now);
        nomination.SendToCouncil(Reviewer, Now.AddDays(8), failing);

        Assert.Equal(NominationStatus.InCouncil, nomination.Status);
    }

    [Fact]
    public void RecordDiscipline_needs_a_note_and_is_refused_once_in_council()
    {
        var nomination = Posted();

        Assert.Throws<DomainException>(() => nomination.RecordDiscipline(true, null, Reviewer, Now));
        nomination.RecordDiscipline(true, "Đang bị xem xét kỷ luật.", Reviewer, Now);
        Assert.True(nomination.UnderDiscipline);

        nomination.RecordDiscipline(false, null, Reviewer, Now);
        nomination.SendToCouncil(Reviewer, Now.AddDays(8), []);
        Assert.Throws<DomainException>(() => nomination.RecordDiscipline(true, "x", Reviewer, Now));
    }

    [Fact]
    public void SearchName_is_folded() =>
        Assert.Equal("le thi mai", Posted().SearchName);
}
