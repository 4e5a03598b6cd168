using NguyenLuongBang.Emulation.Domain.Common;
using NguyenLuongBang.Emulation.Domain.Council;

namespace NguyenLuongBang.Emulation.UnitTests.Council;

public class CouncilSessionTests
{
    private static readonly Actor Reviewer = new("reviewer-1", "Vũ Thị Lan");
    private static readonly DateTimeOffset Now = new(2027, 12, 1, 14, 0, 0, TimeSpan.FromHours(7));
    private static readonly Fraction TwoThirds = new(2, 3);
    private static readonly Fraction SeventyPercent = new(70, 100);
    private static readonly Actor Chair = new("m1", "Đoàn Văn Cát");
    private static readonly Actor Secretary = new("m2", "Vũ Thị Lan");

    private static CouncilSession Session(int members, int present, params int[] nominations) =>
        new(new DateOnly(2027, 12, 1), "Hội trường UBND xã", members,
            Enumerable.Range(1, present).Select(i => $"m{i}"), nominations.Length == 0 ? [1] : nominations,
            TwoThirds, SeventyPercent, Chair, Secretary, Reviewer, Now);

    private static void Vote(CouncilSession session, int nomination, int agree, int disagree = 0, int recused = 0)
    {
        var member = 1;
        foreach (var (choice, count) in new[] { (VoteChoice.Agree, agree), (VoteChoice.Disagree, disagree), (VoteChoice.Recused, recused) })
        {
            for (var i = 0; i < count; i++)
            {
                session.CastVote($"m{member++}", nomination, choice, Now);
            }
        }
    }

    [Fact]
    public void New_session_is_open_and_copies_the_rules()
    {
        var session = Session(9, 7);

        Assert.Equal(CouncilSessionStatus.Open, session.Status);
        Assert.Equal(TwoThirds, session.Quorum);
        Assert.Equal(SeventyPercent, session.PassThreshold);
    }

    [Fact]
    public void A_session_set_for_a_later_day_takes_no_vote_and_does_not_close_before_it()
    {
        var session = new CouncilSession(new DateOnly(2027, 12, 3), "Hội trường UBND xã", 3, ["m1", "m2", "m3"], [1], TwoThirds, SeventyPercent, Chair, Secretary, Reviewer, Now);

        var vote = Assert.Throws<DomainException>(() => session.CastVote("m1", 1, VoteChoice.Agree, Now));
        Assert.Contains("chưa diễn ra", vote.Message, StringComparison.Ordinal);
        Assert.Throws<DomainException>(() => session.Close(Now.AddDays(1), "01/BB-HĐTĐKT", Reviewer));

        // On its day (Vietnam time: 00:30 on the 3rd is still the 2nd in UTC) it goes ahead.
        var onTheDay = new DateTimeOffset(2027, 12, 2, 17, 30, 0, TimeSpan.Zero);
        foreach (var member in new[] { "m1", "m2", "m3" })
        {
            session.CastVote(member, 1, VoteChoice.Agree, onTheDay);
        }

        Assert.Single(session.Close(onTheDay, "01/BB-HĐTĐKT", Reviewer));
    }

    [Fact]
    public void CastVote_Twice_Throws()
    {
        var session = Session(3, 3);
        session.CastVote("m1", 1, VoteChoice.Agree, Now);

        Assert.Throws<DomainException>(() => session.CastVote("m1", 1, VoteChoice.Disagree, Now));
        Assert.Single(session.Votes);
    }

    [Fact]
    public void CastVote_ByMemberNotPresent_Throws() =>
        Assert.Throws<DomainException>(() => Session(9, 6).CastVote("m7", 1, VoteChoice.Agree, Now));

    [Fact]
    public void CastVote_OnNomineeNotOnAgenda_Throws() =>
        Assert.Throws<DomainException>(() => Session(3, 3).CastVote("m1", 42, VoteChoice.Agree, Now));

    [Fact]
    public void CastVote_AfterClose_Throws()
    {
        var session = Session(3, 3);
        Vote(session, 1, agree: 2);
        session.CastVote("m3", 1, VoteChoice.Agree, Now);
        session.Close(Now, "01/BB-HĐTĐKT", Reviewer);

        Assert.Throws<DomainException>(() => session.CastVote("m3", 1, VoteChoice.Disagree, Now));
    }

    [Fact]
    public void Close_WithExactlyTwoThirdsPresent_HasQuorum()
    {
        var session = Session(9, 6);
        Vote(session, 1, agree: 6);

        var result = Assert.Single(session.Close(Now, "01/BB-HĐTĐKT", Reviewer));

        Assert.Equal(CouncilSessionStatus.Closed, session.Status);
        Assert.NotNull(result.Passed);
    }

    [Fact]
    public void Open_BelowTwoThirdsPresent_Throws_ASessionThatCouldNotDecideIsNeverOpened() =>
        Assert.Throws<DomainException>(() => Session(9, 5));

    [Fact]
    public void CorrectAttendance_BeforeTheFirstVote_ChangesWhoIsPresent_AndKeepsAHistoryRow()
    {
        var session = Session(9, 7);

        session.CorrectAttendance(["m1", "m2", "m3", "m4", "m5", "m6"], Reviewer, Now);

        Assert.Equal(6, session.Present.Count);
        Assert.False(session.IsPresent("m7"));
        Assert.Contains("6/9", session.History.Last().Comment, StringComparison.Ordinal);
    }

    [Fact]
    public void CorrectAttendance_AfterAVote_OrBelowQuorum_OrWithoutTheChair_Throws()
    {
        var session = Session(9, 7);
        Assert.Throws<DomainException>(() => session.CorrectAttendance(["m1", "m2", "m3", "m4", "m5"], Reviewer, Now));
        Assert.Throws<DomainException>(() => session.CorrectAttendance(["m2", "m3", "m4", "m5", "m6", "m7"], Reviewer, Now));
        session.CastVote("m3", 1, VoteChoice.Agree, Now);

        Assert.Throws<DomainException>(() => session.CorrectAttendance(["m1", "m2", "m3", "m4", "m5", "m6"], Reviewer, Now));
        Assert.Equal(7, session.Present.Count);
    }

    [Fact]
    public void Adjourn_WithAReason_EndsTheSessionWithoutDeciding_AndHandsBackTheAgenda()
    {
        var session = Session(3, 3, 1, 2);

        Assert.Throws<DomainException>(() => session.Adjourn(" ", Reviewer, Now));
        var agenda = session.Adjourn("Chủ tịch bận công tác đột xuất.", Reviewer, Now);

        Assert.Equal([1, 2], agenda);
        Assert.Equal(CouncilSessionStatus.Adjourned, session.Status);
        Assert.Throws<DomainException>(() => session.Close(Now, "01/BB-HĐTĐKT", Reviewer));
        Assert.Throws<DomainException>(() => session.CastVote("m1", 1, VoteChoice.Agree, Now));
        Assert.Equal([CouncilSessionStatus.Open, CouncilSessionStatus.Adjourned], session.History.Select(h => h.To));
    }

    [Fact]
    public void Close_WithExactlySeventyPercentOfAllMembersAgreeing_Passes()
    {
        var session = Session(10, 8);
        Vote(session, 1, agree: 7, disagree: 1);

        var result = Assert.Single(session.Close(Now, "01/BB-HĐTĐKT", Reviewer));

        Assert.True(result.Passed);
        Assert.Equal(7, result.AgreeCount);
    }

    [Fact]
    public void Close_BelowSeventyPercentOfAllMembers_Fails_EvenIfAllPresentAgree()
    {
        // 6 of 9 present (quorum) and all agree, but 6/9 = 66.7% of all members < 70%.
        var session = Session(9, 6);
        Vote(session, 1, agree: 6);

        Assert.False(Assert.Single(session.Close(Now, "01/BB-HĐTĐKT", Reviewer)).Passed);
    }

    [Fact]
    public void Close_RecusedMembers_AreLeftOutOfTheCount()
    {
        // 10 members, 2 recuse: 6 of the 8 counted is 75% ≥ 70%. Without leaving them out: 60%.
        var session = Session(10, 9);
        Vote(session, 1, agree: 6, disagree: 1, recused: 2);

        var result = Assert.Single(session.Close(Now, "01/BB-HĐTĐKT", Reviewer));

        Assert.True(result.Passed);
        Assert.Equal(2, result.RecusedCount);
        Assert.Equal("6 đồng ý, 1 không đồng ý, 2 không tham gia biểu quyết", result.Summary);
    }

    [Fact]
    public void Close_DecidesEachNomineeSeparately()
    {
        var session = Session(3, 3, 1, 2);
        Vote(session, 1, agree: 3);
        Vote(session, 2, agree: 1, disagree: 2);

        var results = session.Close(Now, "01/BB-HĐTĐKT", Reviewer);

        Assert.True(results.Single(r => r.NominationId == 1).Passed);
        Assert.False(results.Single(r => r.NominationId == 2).Passed);
    }

    [Fact]
    public void Close_Twice_Throws()
    {
        var session = Session(3, 3);
        Vote(session, 1, agree: 3);
        session.Close(Now, "01/BB-HĐTĐKT", Reviewer);

        Assert.Throws<DomainException>(() => session.Close(Now, "01/BB-HĐTĐKT", Reviewer));
    }

    [Fact]
    public void More_present_than_members_is_refused() =>
        Assert.Throws<DomainException>(() => Session(3, 4));

    [Fact]
    public void Session_without_nominees_is_refused() =>
        Assert.Throws<DomainException>(() => new CouncilSession(new DateOnly(2027, 12, 1), "Hội trường", 3, ["m1", "m2"], [], TwoThirds, SeventyPercent, Chair, Secretary, Reviewer, Now));

    [Fact]
    public void Session_records_its_chair_and_secretary()
    {
        var session = Session(9, 7);

        Assert.Equal(("m1", "Đoàn Văn Cát"), (session.ChairUserId, session.ChairName));
        Assert.Equal(("m2", "Vũ Thị Lan"), (session.SecretaryUserId, session.SecretaryName));
    }

    [Theory]
    [InlineData("m9", "m2")]
    [InlineData("m1", "m9")]
    [InlineData("m1", "m1")]
    public void Chair_and_secretary_must_be_two_members_present(string chair, string secretary) =>
        Assert.Throws<DomainException>(() => new CouncilSession(new DateOnly(2027, 12, 1), "Hội trường", 9, ["m1", "m2", "m3"], [1], TwoThirds, SeventyPercent,
            new Actor(chair, "A"), new Actor(secretary, "B"), Reviewer, Now));
}
