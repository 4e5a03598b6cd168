using NguyenLuongBang.Emulation.Domain.Common;
using NguyenLuongBang.Emulation.Domain.Nominations;

namespace NguyenLuongBang.Emulation.UnitTests.Nominations;

public class NominationTests
{
    private static readonly Actor Reviewer = new("reviewer-1", "Vũ Thị Lan");
    private static readonly Actor Chairman = new("chairman-1", "Đoàn Văn Cát");
    private static readonly DateTimeOffset Now = new(2027, 11, 20, 9, 0, 0, TimeSpan.FromHours(7));

    private static Nomination NewNomination() =>
        new(ReviewRound.Interim, NomineeKind.Individual, "Lê Thị Mai", Gender.Female, "Hiệu trưởng", 7,
            AwardForm.CommuneCertificate, "Dẫn đầu phong trào học tập số.", null, Reviewer, Now);

    /// <summary>Moves a fresh nomination to the given status along the legal path.</summary>
    private static Nomination In(NominationStatus status)
    {
        var nomination = NewNomination();
        if (status == NominationStatus.Draft)
        {
            return nomination;
        }

        nomination.Post(7, Reviewer, Now);
        if (status == NominationStatus.Posted)
        {
            return nomination;
        }

        nomination.SendToCouncil(Reviewer, Now.AddDays(8), []);
        if (status == NominationStatus.InCouncil)
        {
            return nomination;
        }

        var passed = status is NominationStatus.CouncilPassed or NominationStatus.Approved;
        nomination.RecordCouncilResult(passed, "5 đồng ý", Reviewer, Now.AddDays(9));
        if (status == NominationStatus.Approved)
        {
            nomination.Approve(Chairman, Now.AddDays(10), null);
        }
        else if (status == NominationStatus.Rejected)
        {
            nomination.Reject(Chairman, Now.AddDays(10), "Chưa đủ tiêu chuẩn");
        }

        return nomination;
    }

    [Fact]
    public void New_nomination_is_a_draft_with_history()
    {
        var nomination = NewNomination();

        Assert.Equal(NominationStatus.Draft, nomination.Status);
        Assert.Equal(ReviewRound.Interim, nomination.Round);
        Assert.Single(nomination.History);
    }

    [Fact]
    public void Individual_without_gender_is_refused() =>
        Assert.Throws<DomainException>(() => new Nomination(ReviewRound.Annual(2026), NomineeKind.Individual, "A", null, null, 1,
            AwardForm.CommuneCertificate, "x", null, Reviewer, Now));

    [Fact]
    public void Collective_without_unit_is_refused() =>
        Assert.Throws<DomainException>(() => new Nomination(ReviewRound.Annual(2026), NomineeKind.Collective, "Tổ một cửa", null, null, null,
            AwardForm.CommuneCertificate, "x", null, Reviewer, Now));

    [Fact]
    public void Post_Draft_BecomesPosted_UntilWindowEnds()
    {
        var nomination = NewNomination();

        nomination.Post(7, Reviewer, Now);

        Assert.Equal(NominationStatus.Posted, nomination.Status);
        Assert.Equal(Now.AddDays(7), nomination.PostedUntil);
    }

    [Fact]
    public void Post_WithNoDays_Throws() => Assert.Throws<DomainException>(() => NewNomination().Post(0, Reviewer, Now));

    [Fact]
    public void SendToCouncil_Posted_BecomesInCouncil() =>
        Assert.Equal(NominationStatus.InCouncil, In(NominationStatus.InCouncil).Status);

    [Theory]
    [InlineData(true, NominationStatus.CouncilPassed)]
    [InlineData(false, NominationStatus.CouncilRejected)]
    public void RecordCouncilResult_InCouncil_MovesByResult(bool passed, NominationStatus expected)
    {
        var nomination = In(NominationStatus.InCouncil);

        nomination.RecordCouncilResult(passed, "4 đồng ý, 1 không đồng ý", Reviewer, Now);

        Assert.Equal(expected, nomination.Status);
        Assert.Equal("4 đồng ý, 1 không đồng ý", nomination.CouncilSummary);
    }

    [Fact]
    public void ReturnFromCouncil_InCouncil_GoesBackToPosted()
    {
        var nomination = In(NominationStatus.InCouncil);

        nomination.ReturnFromCouncil(Reviewer, Now, "Phiên họp không đủ số thành viên");

        Assert.Equal(NominationStatus.Posted, nomination.Status);
    }

    [Fact]
    public void Approve_CouncilPassed_BecomesApproved()
    {
        var nomination = In(NominationStatus.CouncilPassed);

        nomination.Approve(Chairman, Now, "Đồng ý");

        Assert.Equal(NominationStatus.Approved, nomination.Status);
        Assert.Equal(Chairman.Name, nomination.History.Last().ActorName);
    }

    [Theory]
    [InlineData(NominationStatus.CouncilPassed)]
    [InlineData(NominationStatus.CouncilRejected)]
    public void Reject_AfterCouncil_BecomesRejected(NominationStatus status)
    {
        var nomination = In(status);

        nomination.Reject(Chairman, Now, "Trùng thành tích đã khen");

        Assert.Equal(NominationStatus.Rejected, nomination.Status);
    }

    [Fact]
    public void Reject_WithoutReason_Throws() =>
        Assert.Throws<DomainException>(() => In(NominationStatus.CouncilPassed).Reject(Chairman, Now, ""));

    [Theory]
    [InlineData(NominationStatus.Draft)]
    [InlineData(NominationStatus.Posted)]
    [InlineData(NominationStatus.InCouncil)]
    [InlineData(NominationStatus.CouncilRejected)]
    [InlineData(NominationStatus.Approved)]
    [InlineData(NominationStatus.Rejected)]
    public void Approve_WithoutCouncilPass_Throws(NominationStatus status)
    {
        var nomination = In(status);

        Assert.Throws<DomainException>(() => nomination.Approve(Chairman, Now, null));
        Assert.Equal(status, nomination.Status);
    }

    [Theory]
    [InlineData(NominationStatus.Draft)]
    [InlineData(NominationStatus.Posted)]
    [InlineData(NominationStatus.InCouncil)]
    [InlineData(NominationStatus.Approved)]
    [InlineData(NominationStatus.Rejected)]
    public void Reject_BeforeCouncilOrAfterDecision_Throws(NominationStatus status) =>
        Assert.Throws<DomainException>(() => In(status).Reject(Chairman, Now, "Lý do"));

    [Theory]
    [InlineData(NominationStatus.Posted)]
    [InlineData(NominationStatus.InCouncil)]
    [InlineData(NominationStatus.Approved)]
    public void Post_WhenNotDraft_Throws(NominationStatus status) =>
        Assert.Throws<DomainException>(() => In(status).Post(7, Reviewer, Now));

    [Theory]
    [InlineData(NominationStatus.Draft)]
    [InlineData(NominationStatus.InCouncil)]
    [InlineData(NominationStatus.CouncilPassed)]
    public void SendToCouncil_WhenNotPosted_Throws(NominationStatus status) =>
        Assert.Throws<DomainException>(() => In(status).SendToCouncil(Reviewer, Now, []));

    [Theory]
    [InlineData(NominationStatus.Draft)]
    [InlineData(NominationStatus.Posted)]
    [InlineData(NominationStatus.CouncilPassed)]
    public void RecordCouncilResult_WhenNotInCouncil_Throws(NominationStatus status) =>
        Assert.Throws<DomainException>(() => In(status).RecordCouncilResult(true, "x", Reviewer, Now));

    [Theory]
    [InlineData(NominationStatus.Draft)]
    [InlineData(NominationStatus.CouncilPassed)]
    public void ReturnFromCouncil_WhenNotInCouncil_Throws(NominationStatus status) =>
        Assert.Throws<DomainException>(() => In(status).ReturnFromCouncil(Reviewer, Now, "x"));

    [Fact]
    public void Revise_Draft_ChangesAchievement()
    {
        var nomination = NewNomination();

        nomination.Revise("Thành tích mới", AwardForm.CityCertificateProposal, "Phó Hiệu trưởng", Reviewer, Now);

        Assert.Equal("Thành tích mới", nomination.Achievement);
        Assert.Equal(AwardForm.CityCertificateProposal, nomination.AwardForm);
    }

    [Fact]
    public void Revise_AfterPosting_Throws() =>
        Assert.Throws<DomainException>(() => In(NominationStatus.Posted).Revise("x", AwardForm.CommuneCertificate, null, Reviewer, Now));
}
