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

        nomination.Revise("Thành tích mới", AwardForm.CityCertificate, "Phó Hiệu trưởng", Reviewer, Now);

        Assert.Equal("Thành tích mới", nomination.Achievement);
        Assert.Equal(AwardForm.CityCertificate, nomination.AwardForm);
    }

    [Fact]
    public void Revise_AfterPosting_Throws() =>
        Assert.Throws<DomainException>(() => In(NominationStatus.Posted).Revise("x", AwardForm.CommuneCertificate, null, Reviewer, Now));

    [Fact]
    public void Open_objection_blocks_the_council_until_resolved()
    {
        var nomination = In(NominationStatus.Posted);
        nomination.RecordObjection("Ông Trần Văn Bình, thôn Đông", "Thành tích kê khai chưa đúng.", new DateOnly(2027, 11, 22), Reviewer, Now.AddDays(2));

        var refused = Assert.Throws<DomainException>(() => nomination.SendToCouncil(Reviewer, Now.AddDays(8), []));
        Assert.Contains("phản ánh", refused.Message);

        nomination.ResolveObjection(0, "Đã xác minh: thành tích đúng.", Reviewer, Now.AddDays(3));
        Assert.Throws<DomainException>(() => nomination.ResolveObjection(0, "Lần nữa", Reviewer, Now.AddDays(3)));
        nomination.SendToCouncil(Reviewer, Now.AddDays(8), []);
        Assert.Equal(NominationStatus.InCouncil, nomination.Status);
        Assert.Equal("Vũ Thị Lan", nomination.Objections.Single().ResolvedByName);
    }

    [Theory]
    [InlineData(NominationStatus.Draft)]
    [InlineData(NominationStatus.Approved)]
    public void Objection_outside_posting_is_refused(NominationStatus status) =>
        Assert.Throws<DomainException>(() => In(status).RecordObjection("A", "B", new DateOnly(2027, 11, 22), Reviewer, Now));

    [Fact]
    public void Only_an_approved_city_proposal_is_forwarded_and_only_once()
    {
        Assert.Throws<DomainException>(() => In(NominationStatus.Approved).ForwardToCity("02/TTr-UBND", new DateOnly(2027, 12, 1), Chairman, Now));

        var proposal = new Nomination(ReviewRound.Interim, NomineeKind.Collective, "Trường Tiểu học", null, null, 7,
            AwardForm.CityCertificate, "Chuyển đổi số toàn diện.", null, Reviewer, Now);
        Assert.Throws<DomainException>(() => proposal.ForwardToCity("02/TTr-UBND", new DateOnly(2027, 12, 1), Chairman, Now));
        proposal.Post(7, Reviewer, Now);
        proposal.SendToCouncil(Reviewer, Now.AddDays(8), []);
        proposal.RecordCouncilResult(true, "5 đồng ý", Reviewer, Now.AddDays(9));
        proposal.Approve(Chairman, Now.AddDays(10), null);
        var incomplete = Assert.Throws<DomainException>(() => proposal.ForwardToCity("02/TTr-UBND", new DateOnly(2027, 12, 1), Chairman, Now.AddDays(11)));
        Assert.Contains("chưa đầy đủ", incomplete.Message);
        Assert.Null(proposal.City);
        Complete(proposal);

        proposal.ForwardToCity("02/TTr-UBND", new DateOnly(2027, 12, 1), Chairman, Now.AddDays(11));
        Assert.Equal("02/TTr-UBND", proposal.City?.SubmissionNumber);
        Assert.Throws<DomainException>(() => proposal.ForwardToCity("03/TTr-UBND", new DateOnly(2027, 12, 2), Chairman, Now.AddDays(12)));
    }

    private static void Complete(Nomination proposal)
    {
        proposal.WriteDossier("Trường có 32 cán bộ, giáo viên.", "Số hóa toàn bộ hồ sơ học sinh.", "Giấy khen của Chủ tịch UBND xã năm 2025.", "Nguyễn Văn Hiệu", "Hiệu trưởng", Reviewer, Now.AddDays(10));
        proposal.CompleteDossier(Reviewer, Now.AddDays(10));
    }

    private static Nomination ApprovedCityProposal()
    {
        var proposal = new Nomination(ReviewRound.Interim, NomineeKind.Collective, "Trường Tiểu học", null, null, 7,
            AwardForm.CityCertificate, "Chuyển đổi số toàn diện.", null, Reviewer, Now);
        proposal.Post(7, Reviewer, Now);
        proposal.SendToCouncil(Reviewer, Now.AddDays(8), []);
        proposal.RecordCouncilResult(true, "5 đồng ý", Reviewer, Now.AddDays(9));
        proposal.Approve(Chairman, Now.AddDays(10), null);
        return proposal;
    }

    [Fact]
    public void The_dossier_is_complete_only_with_every_part_written_certified_and_completed()
    {
        var proposal = ApprovedCityProposal();
        Assert.False(proposal.DossierComplete);
        Assert.Equal(3, proposal.DossierParts().Count(p => p.Done));

        proposal.WriteDossier("Đặc điểm.", "Thành tích.", null, null, null, Reviewer, Now.AddDays(10));
        Assert.False(proposal.Dossier!.HasAllParts);
        Assert.Throws<DomainException>(() => proposal.CompleteDossier(Reviewer, Now.AddDays(10)));

        proposal.WriteDossier("Đặc điểm.", "Thành tích.", "Chưa có.", "Nguyễn Văn Hiệu", "Hiệu trưởng", Reviewer, Now.AddDays(10));
        Assert.Equal(5, proposal.DossierParts().Count(p => p.Done));
        proposal.CompleteDossier(Reviewer, Now.AddDays(10));
        Assert.True(proposal.DossierComplete);

        // A change after completion undoes it until it is completed again.
        proposal.WriteDossier("Đặc điểm (sửa).", "Thành tích.", "Chưa có.", "Nguyễn Văn Hiệu", "Hiệu trưởng", Reviewer, Now.AddDays(11));
        Assert.False(proposal.DossierComplete);
        Assert.Null(proposal.Dossier.CompletedAt);
    }

    [Fact]
    public void A_dossier_belongs_to_a_city_proposal_and_freezes_once_sent()
    {
        Assert.Throws<DomainException>(() => NewNomination().WriteDossier("A", "B", "C", "D", null, Reviewer, Now));

        var proposal = ApprovedCityProposal();
        Complete(proposal);
        proposal.ForwardToCity("02/TTr-UBND", new DateOnly(2027, 12, 1), Chairman, Now.AddDays(11));
        var frozen = Assert.Throws<DomainException>(() => proposal.WriteDossier("A", "B", "C", "D", null, Reviewer, Now.AddDays(12)));
        Assert.Contains("02/TTr-UBND", frozen.Message);
    }

    [Fact]
    public void The_city_decision_is_recorded_once_after_the_proposal_went_up()
    {
        var proposal = ApprovedCityProposal();
        Assert.Throws<DomainException>(() => proposal.RecordCityDecision(true, "15/QĐ-UBND", new DateOnly(2027, 12, 20), Reviewer, Now.AddDays(30)));
        Complete(proposal);
        proposal.ForwardToCity("02/TTr-UBND", new DateOnly(2027, 12, 1), Chairman, Now.AddDays(11));

        Assert.Throws<DomainException>(() => proposal.RecordCityDecision(true, "15/QĐ-UBND", new DateOnly(2027, 11, 30), Reviewer, Now.AddDays(30)));
        Assert.Throws<DomainException>(() => proposal.RecordCityDecision(true, "  ", new DateOnly(2027, 12, 20), Reviewer, Now.AddDays(30)));
        proposal.RecordCityDecision(true, "15/QĐ-UBND", new DateOnly(2027, 12, 20), Reviewer, Now.AddDays(30));
        Assert.True(proposal.City?.Awarded);
        Assert.Equal("15/QĐ-UBND", proposal.City?.DecisionNumber);
        Assert.Throws<DomainException>(() => proposal.RecordCityDecision(false, "16/QĐ-UBND", new DateOnly(2027, 12, 21), Reviewer, Now.AddDays(31)));
    }

    [Fact]
    public void The_city_decision_as_recorded_is_held_and_another_is_not()
    {
        var proposal = ApprovedCityProposal();
        Complete(proposal);
        proposal.ForwardToCity("02/TTr-UBND", new DateOnly(2027, 12, 1), Chairman, Now.AddDays(11));
        Assert.True(proposal.City!.CanRecordDecision);
        Assert.False(proposal.City.Holds(true, "15/QĐ-UBND", new DateOnly(2027, 12, 20)));

        proposal.RecordCityDecision(true, " 15/QĐ-UBND ", new DateOnly(2027, 12, 20), Reviewer, Now.AddDays(30));
        Assert.False(proposal.City.CanRecordDecision);
        Assert.True(proposal.City.Holds(true, "15/QĐ-UBND ", new DateOnly(2027, 12, 20)));
        Assert.False(proposal.City.Holds(false, "15/QĐ-UBND", new DateOnly(2027, 12, 20)));
        Assert.False(proposal.City.Holds(true, "15/QĐ-UBND", new DateOnly(2027, 12, 21)));
        Assert.Contains(proposal.History, h => h.Comment == "Thành phố tặng Bằng khen (Quyết định số 15/QĐ-UBND ngày 20/12/2027)");
    }

    [Fact]
    public void The_achievement_report_fills_its_own_three_lines_of_the_checklist()
    {
        Assert.All(AchievementReport.Checklist(null), p => Assert.False(p.Done));

        var proposal = ApprovedCityProposal();
        proposal.WriteDossier("Đặc điểm.", "Thành tích.", "Chưa có.", null, null, Reviewer, Now.AddDays(10));
        Assert.Equal([true, false, false], AchievementReport.Checklist(proposal.Dossier).Select(p => p.Done));
        Assert.False(proposal.Dossier!.CanComplete);

        proposal.WriteDossier("Đặc điểm.", "Thành tích.", "Chưa có.", "Nguyễn Văn Hiệu", null, Reviewer, Now.AddDays(10));
        Assert.True(proposal.Dossier.CanComplete);
        proposal.CompleteDossier(Reviewer, Now.AddDays(10));
        Assert.True(proposal.Dossier.IsComplete);
        Assert.Equal(AchievementReport.Checklist(proposal.Dossier), proposal.DossierParts().TakeLast(3));
    }

    [Fact]
    public void SendToCouncil_DuringThePosting_Throws_AndWorksOnceItHasEnded()
    {
        var nomination = NewNomination();
        nomination.Post(7, Reviewer, Now);

        var refused = Assert.Throws<DomainException>(() => nomination.SendToCouncil(Reviewer, Now.AddDays(6), []));
        Assert.Contains("đang công khai đến 09:00 ngày 27/11/2027", refused.Message);
        Assert.False(nomination.PostingEnded(Now.AddDays(7).AddMinutes(-1)));

        nomination.SendToCouncil(Reviewer, Now.AddDays(7), []);
        Assert.Equal(NominationStatus.InCouncil, nomination.Status);
    }

    [Theory]
    [InlineData(NominationStatus.Draft)]
    [InlineData(NominationStatus.Approved)]
    public void ResolveObjection_OutsidePostingAndCouncil_Throws(NominationStatus status) =>
        Assert.Throws<DomainException>(() => In(status).ResolveObjection(1, "Đã xác minh.", Reviewer, Now.AddDays(30)));

    [Fact]
    public void RecordObjection_ReceivedInTheFuture_Throws()
    {
        var nomination = NewNomination();
        nomination.Post(7, Reviewer, Now);

        Assert.Throws<DomainException>(() => nomination.RecordObjection("Ông A", "Không đúng.", new DateOnly(2027, 11, 21), Reviewer, Now));
        Assert.Empty(nomination.Objections);
    }
}
