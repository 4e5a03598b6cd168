using NguyenLuongBang.Emulation.Domain.Common;
using NguyenLuongBang.Emulation.Domain.Nominations;

namespace NguyenLuongBang.Emulation.UnitTests.Nominations;

public class PostingWarningTests
{
    private static readonly Actor Reviewer = new("reviewer-1", "Vũ Thị Lan");
    private static readonly DateTimeOffset Now = new(2027, 11, 20, 9, 0, 0, TimeSpan.FromHours(7));
    private static readonly EligibilityLine Failing = new("Kỷ luật, điều tra, khiếu nại", CheckOutcome.Fail, "Đang bị kỷ luật.");
    private static readonly EligibilityLine Passing = new("Báo cáo năm 2027", CheckOutcome.Pass, "Đã tiếp nhận.");

    private static Nomination NewNomination() =>
        new(ReviewRound.Interim, NomineeKind.Individual, "Lê Thị Mai", Gender.Female, "Hiệu trưởng", 7,
            AwardForm.CommuneCertificate, "Dẫn đầu phong trào học tập số.", null, Reviewer, Now);

    [Fact]
    public void Post_WithAFailingCheckAndNoConfirmation_Throws_NamingTheCheck()
    {
        var nomination = NewNomination();
        var refused = Assert.Throws<DomainException>(() => nomination.Post(7, Reviewer, Now, [Passing, Failing], confirmedDespiteFailing: false));
        Assert.Contains("Kỷ luật, điều tra, khiếu nại", refused.Message, StringComparison.Ordinal);
        Assert.Equal(NominationStatus.Draft, nomination.Status);
    }

    [Fact]
    public void Post_WithAFailingCheckConfirmed_IsPosted_AndTheHistorySaysSo()
    {
        var nomination = NewNomination();
        nomination.Post(7, Reviewer, Now, [Failing], confirmedDespiteFailing: true);
        Assert.Equal(NominationStatus.Posted, nomination.Status);
        Assert.Contains("vẫn công khai dù không đạt", nomination.History.Last().Comment, StringComparison.Ordinal);
    }

    [Fact]
    public void Post_WithEveryCheckPassing_NeedsNoConfirmation()
    {
        var nomination = NewNomination();
        nomination.Post(7, Reviewer, Now, [Passing], confirmedDespiteFailing: false);
        Assert.Equal(NominationStatus.Posted, nomination.Status);
    }
}
