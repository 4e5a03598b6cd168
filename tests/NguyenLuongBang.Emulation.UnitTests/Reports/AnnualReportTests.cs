using NguyenLuongBang.Emulation.Domain.Common;
using NguyenLuongBang.Emulation.Domain.Nominations;
using NguyenLuongBang.Emulation.Domain.Reports;
using NguyenLuongBang.Emulation.UnitTests.Builders;

namespace NguyenLuongBang.Emulation.UnitTests.Reports;

public class AnnualReportTests
{
    private static readonly Actor Staff = ReportBuilder.Staff;
    private static readonly Actor Reviewer = ReportBuilder.Reviewer;
    private static readonly DateTimeOffset Deadline = ReportBuilder.Deadline2026;
    private static readonly ReportWindow Window = ReportBuilder.Window2026;
    private static readonly DateTimeOffset Now = ReportBuilder.BeforeDeadline;

    [Fact]
    public void New_report_is_a_draft_with_one_section_per_area_and_a_history_line()
    {
        var report = new ReportBuilder().Build();

        Assert.Equal(ReportStatus.Draft, report.Status);
        Assert.Equal(8, report.Sections.Count);
        Assert.Equal(Enumerable.Range(1, 8), report.Sections.Select(s => s.AreaNumber));
        var line = Assert.Single(report.History);
        Assert.Null(line.From);
        Assert.Equal(ReportStatus.Draft, line.To);
    }

    [Theory]
    [InlineData(2024)]
    [InlineData(2031)]
    public void New_report_outside_the_period_is_refused(int year) =>
        Assert.Throws<DomainException>(() => new AnnualReport(1, year, ReportBuilder.Areas, Staff, Now));

    [Fact]
    public void A_years_report_starts_when_the_year_begins_in_Vietnam_not_before()
    {
        // 31/12/2026 23:59 in Hải Phòng is 16:59 UTC: 2027 has not begun; a minute later it has.
        var lastMinute = new DateTimeOffset(2026, 12, 31, 16, 59, 0, TimeSpan.Zero);
        var refused = Assert.Throws<DomainException>(() => new AnnualReport(1, 2027, ReportBuilder.Areas, Staff, lastMinute));
        Assert.Contains("01/01", refused.Message, StringComparison.Ordinal);

        var started = new AnnualReport(1, 2027, ReportBuilder.Areas, Staff, lastMinute.AddMinutes(1));
        Assert.Equal(2027, started.Year);
        Assert.False(AnnualReport.HasBegun(2030, lastMinute.AddMinutes(1)));
    }

    [Fact]
    public void Submit_Complete_Draft_BecomesSubmitted_OnTime()
    {
        var report = new ReportBuilder().Complete().Build();

        report.Submit(Staff, Now, Window);

        Assert.Equal(ReportStatus.Submitted, report.Status);
        Assert.False(report.SubmittedLate);
        Assert.Equal(Now, report.FirstSubmittedAt);
        Assert.Equal(ReportStatus.Submitted, report.History.Last().To);
        Assert.Equal(Staff.Name, report.History.Last().ActorName);
    }

    [Fact]
    public void Submit_Incomplete_Throws_WithEveryMissingArea()
    {
        var report = new ReportBuilder().Build();
        report.UpdateSection(101, "Đã tuyên truyền.", false, null, new ReportEdit(Staff, Now, Window));
        report.UpdateSection(102, null, true, null, new ReportEdit(Staff, Now, Window));

        var error = Assert.Throws<ReportIncompleteException>(() => report.Submit(Staff, Now, Window));

        Assert.Equal(7, error.Missing.Count);
        Assert.Contains(error.Missing, m => m.StartsWith("Nội dung (2): cần ghi lý do", StringComparison.Ordinal));
        Assert.Contains(error.Missing, m => m.StartsWith("Nội dung (8)", StringComparison.Ordinal));
        Assert.Equal(ReportStatus.Draft, report.Status);
    }

    [Fact]
    public void Submit_AtLastSecondOfDeadlineDay_IsOnTime()
    {
        var report = new ReportBuilder().Complete().Build();

        report.Submit(Staff, new DateTimeOffset(2026, 12, 15, 16, 59, 59, TimeSpan.Zero), DayWindow(new DateOnly(2026, 12, 15)));

        Assert.False(report.SubmittedLate);
    }

    [Fact]
    public void Submit_AfterDeadline_IsMarkedLate()
    {
        var report = new ReportBuilder().Complete().Build();

        // 00:00 on 16/12 in Vietnam is 17:00 UTC on 15/12.
        report.Submit(Staff, new DateTimeOffset(2026, 12, 15, 17, 0, 0, TimeSpan.Zero), DayWindow(new DateOnly(2026, 12, 15)));

        Assert.True(report.SubmittedLate);
        Assert.Equal(ReportStatus.Submitted, report.Status);
        Assert.Equal("Nộp sau hạn", report.History.Last().Comment);
    }

    [Theory]
    [InlineData(ReportStatus.Submitted)]
    [InlineData(ReportStatus.Accepted)]
    public void Submit_WhenNotEditable_Throws(ReportStatus status)
    {
        var report = new ReportBuilder().In(status).Build();

        Assert.Throws<DomainException>(() => report.Submit(Staff, Now, Window));
        Assert.Equal(status, report.Status);
    }

    [Fact]
    public void Return_Submitted_WithAreaComment_BecomesReturned_AndOnlyThatAreaIsCommented()
    {
        var report = new ReportBuilder().In(ReportStatus.Submitted).Build();

        report.Return(Reviewer, Now.AddDays(1), null, new Dictionary<int, string> { [105] = "Bổ sung tỷ lệ hồ sơ trực tuyến." });

        Assert.Equal(ReportStatus.Returned, report.Status);
        Assert.Equal("Bổ sung tỷ lệ hồ sơ trực tuyến.", report.Section(105).ReviewerComment);
        Assert.All(report.Sections.Where(s => s.ContentAreaId != 105), s => Assert.Null(s.ReviewerComment));
        Assert.Equal(Reviewer.Name, report.History.Last().ActorName);
    }

    [Fact]
    public void Return_WithoutAnyComment_Throws()
    {
        var report = new ReportBuilder().In(ReportStatus.Submitted).Build();

        Assert.Throws<DomainException>(() => report.Return(Reviewer, Now, "  ", new Dictionary<int, string> { [101] = "" }));
        Assert.Equal(ReportStatus.Submitted, report.Status);
    }

    [Fact]
    public void Return_CommentOnUnknownArea_Throws()
    {
        var report = new ReportBuilder().In(ReportStatus.Submitted).Build();

        Assert.Throws<DomainException>(() => report.Return(Reviewer, Now, null, new Dictionary<int, string> { [999] = "?" }));
    }

    [Theory]
    [InlineData(ReportStatus.Draft)]
    [InlineData(ReportStatus.Returned)]
    [InlineData(ReportStatus.Accepted)]
    [InlineData(ReportStatus.Reopened)]
    public void Return_WhenNotSubmitted_Throws(ReportStatus status)
    {
        var report = new ReportBuilder().In(status).Build();

        Assert.Throws<DomainException>(() => report.Return(Reviewer, Now, "Bổ sung", null));
    }

    [Fact]
    public void Resubmit_AfterReturn_BecomesSubmitted_AndKeepsOnTimeFlagOfFirstSubmission()
    {
        var report = new ReportBuilder().In(ReportStatus.Returned).Build();
        report.UpdateSection(105, "Đã bổ sung số liệu.", false, null, new ReportEdit(Staff, Deadline.AddDays(2), Window));

        report.Submit(Staff, Deadline.AddDays(2), Window);

        Assert.Equal(ReportStatus.Submitted, report.Status);
        Assert.False(report.SubmittedLate);
        Assert.Equal(Deadline.AddDays(2), report.LastSubmittedAt);
    }

    [Fact]
    public void Accept_Submitted_BecomesAccepted_AndClearsComments()
    {
        var report = new ReportBuilder().In(ReportStatus.Returned).Build();
        report.Submit(Staff, Now.AddDays(2), Window);

        report.Accept(Reviewer, Now.AddDays(3));

        Assert.Equal(ReportStatus.Accepted, report.Status);
        Assert.Equal(Now.AddDays(3), report.AcceptedAt);
        Assert.Null(report.ReturnComment);
    }

    [Theory]
    [InlineData(ReportStatus.Draft)]
    [InlineData(ReportStatus.Returned)]
    [InlineData(ReportStatus.Accepted)]
    [InlineData(ReportStatus.Reopened)]
    public void Accept_WhenNotSubmitted_Throws(ReportStatus status)
    {
        var report = new ReportBuilder().In(status).Build();

        Assert.Throws<DomainException>(() => report.Accept(Reviewer, Now));
        Assert.Equal(status, report.Status);
    }

    [Fact]
    public void Accept_WithPointsToCheck_AndNoNote_Throws_AndStaysSubmitted()
    {
        var report = new ReportBuilder().In(ReportStatus.Submitted).Build();

        var refused = Assert.Throws<DomainException>(() => report.Accept(Reviewer, Now, "   ", pointsToCheck: 2));

        Assert.Contains("2 điểm cần kiểm tra", refused.Message, StringComparison.Ordinal);
        Assert.Equal(ReportStatus.Submitted, report.Status);
    }

    [Fact]
    public void Accept_WithPointsToCheck_AndANote_KeepsTheNoteInTheHistory()
    {
        var report = new ReportBuilder().In(ReportStatus.Submitted).Build();

        report.Accept(Reviewer, Now, " Đã gọi điện xác minh: thôn có 2 tổ. ", pointsToCheck: 1);

        Assert.Equal(ReportStatus.Accepted, report.Status);
        Assert.Equal("Ghi chú khi tiếp nhận: Đã gọi điện xác minh: thôn có 2 tổ.", report.History.Last().Comment);
    }

    [Fact]
    public void Accept_WithATooLongNote_Throws() =>
        Assert.Throws<DomainException>(() => new ReportBuilder().In(ReportStatus.Submitted).Build()
            .Accept(Reviewer, Now, new string('x', AnnualReport.MaxAcceptNoteLength + 1)));

    [Fact]
    public void Reopen_Accepted_WithReason_BecomesReopened_AndEditable()
    {
        var report = new ReportBuilder().In(ReportStatus.Accepted).Build();

        report.Reopen(Reviewer, Now.AddDays(5), "Đơn vị xin bổ sung minh chứng.");

        Assert.Equal(ReportStatus.Reopened, report.Status);
        Assert.True(report.IsEditable);
        Assert.Null(report.AcceptedAt);
        Assert.Equal("Đơn vị xin bổ sung minh chứng.", report.History.Last().Comment);
    }

    [Fact]
    public void Reopen_WithoutReason_Throws()
    {
        var report = new ReportBuilder().In(ReportStatus.Accepted).Build();

        Assert.Throws<DomainException>(() => report.Reopen(Reviewer, Now, " "));
        Assert.Equal(ReportStatus.Accepted, report.Status);
    }

    [Theory]
    [InlineData(ReportStatus.Draft)]
    [InlineData(ReportStatus.Submitted)]
    [InlineData(ReportStatus.Returned)]
    [InlineData(ReportStatus.Reopened)]
    public void Reopen_WhenNotAccepted_Throws(ReportStatus status)
    {
        var report = new ReportBuilder().In(status).Build();

        Assert.Throws<DomainException>(() => report.Reopen(Reviewer, Now, "Lý do"));
    }

    [Fact]
    public void Submit_Reopened_BecomesSubmitted()
    {
        var report = new ReportBuilder().In(ReportStatus.Reopened).Build();

        report.Submit(Staff, Now.AddDays(3), Window);

        Assert.Equal(ReportStatus.Submitted, report.Status);
    }

    [Theory]
    [InlineData(ReportStatus.Submitted)]
    [InlineData(ReportStatus.Accepted)]
    public void Editing_WhenNotEditable_Throws(ReportStatus status)
    {
        var report = new ReportBuilder().In(status).Build();

        Assert.Throws<DomainException>(() => report.UpdateSection(101, "Sửa", false, null, new ReportEdit(Staff, Now, Window)));
        Assert.Throws<DomainException>(() => report.UpdateGeneral("a", "b", new ReportEdit(Staff, Now, Window)));
        Assert.Throws<DomainException>(() => report.SetIndicatorValue(101, 1, 5, null, new ReportEdit(Staff, Now, Window)));
        Assert.Throws<DomainException>(() => report.ProposeCommendation(NomineeKind.Collective, "Tổ một cửa", null, null, "Tốt", new ReportEdit(Staff, Now, Window)));
        Assert.Throws<DomainException>(() => report.Attach(1, null, 100, 1000, new ReportEdit(Staff, Now, Window)));
        Assert.Equal("Kết quả nội dung 1.", report.Section(101).Narrative);
    }

    [Fact]
    public void Every_save_changes_the_concurrency_stamp()
    {
        var report = new ReportBuilder().Build();
        var before = report.ConcurrencyStamp;

        report.UpdateSection(101, "Mới", false, null, new ReportEdit(Staff, Now, Window));

        Assert.NotEqual(before, report.ConcurrencyStamp);
        Assert.Equal(Staff.Name, report.UpdatedByName);
    }

    [Fact]
    public void SetIndicatorValue_ThenClear_RemovesTheValue()
    {
        var report = new ReportBuilder().Build();

        report.SetIndicatorValue(101, 9, 12, "Theo sổ theo dõi", new ReportEdit(Staff, Now, Window));
        Assert.Equal(12, Assert.Single(report.Section(101).IndicatorValues).Value);

        report.SetIndicatorValue(101, 9, null, null, new ReportEdit(Staff, Now, Window));
        Assert.Empty(report.Section(101).IndicatorValues);
    }

    [Fact]
    public void Narrative_over_the_limit_is_refused()
    {
        var report = new ReportBuilder().Build();

        Assert.Throws<DomainException>(() => report.UpdateSection(101, new string('a', ReportAreaSection.NarrativeMaxLength + 1), false, null, new ReportEdit(Staff, Now, Window)));
    }

    [Fact]
    public void Attach_BeyondTotalLimit_Throws()
    {
        var report = new ReportBuilder().Build();
        report.Attach(1, 101, 600, 1000, new ReportEdit(Staff, Now, Window));

        Assert.Throws<DomainException>(() => report.Attach(2, null, 500, 1000, new ReportEdit(Staff, Now, Window)));
        Assert.Single(report.Attachments);
    }

    [Fact]
    public void ProposeCommendation_Individual_WithoutGender_Throws() =>
        Assert.Throws<DomainException>(() => new ReportBuilder().Build().ProposeCommendation(NomineeKind.Individual, "Lê Văn A", null, null, "Tốt", new ReportEdit(Staff, Now, Window)));

    [Fact]
    public void ProposeCommendation_Household_IsRefused() =>
        Assert.Throws<DomainException>(() => new ReportBuilder().Build().ProposeCommendation(NomineeKind.Household, "Hộ ông A", null, null, "Tốt", new ReportEdit(Staff, Now, Window)));

    [Fact]
    public void Submit_AfterLock_Throws_WithTheReason()
    {
        var report = new ReportBuilder().Complete().Build();

        var error = Assert.Throws<DomainException>(() => report.Submit(Staff, Window.LockAt.AddSeconds(1), Window));

        Assert.Contains("Báo cáo đã khóa", error.Message);
        Assert.Equal(ReportStatus.Draft, report.Status);
    }

    [Fact]
    public void Submit_AfterLock_WithReviewerException_IsAcceptedAndLate()
    {
        var report = new ReportBuilder().Complete().Build();
        var now = Window.LockAt.AddDays(1);
        var window = Window with { ExceptionUntil = now.AddDays(3), ExceptionReason = "Đơn vị mới thành lập" };

        report.Submit(Staff, now, window);

        Assert.Equal(ReportStatus.Submitted, report.Status);
        Assert.True(report.SubmittedLate);
    }

    [Fact]
    public void Lock_exception_that_has_expired_no_longer_opens_the_report()
    {
        var window = Window with { ExceptionUntil = Window.LockAt.AddDays(2) };

        Assert.False(window.IsLocked(Window.LockAt.AddDays(1)));
        Assert.True(window.IsLocked(Window.LockAt.AddDays(3)));
        Assert.Null(window.LockReason(Window.LockAt));
    }

    [Fact]
    public void Submit_FreezesANumberedVersion_AndTheDiffShowsOnlyChangedAreas()
    {
        var report = new ReportBuilder().In(ReportStatus.Returned).Build();
        report.UpdateSection(105, "Tỷ lệ hồ sơ trực tuyến toàn trình đạt 92%.", false, null, new ReportEdit(Staff, Now.AddDays(2), Window));
        report.SetIndicatorValue(103, 7, 4, null, new ReportEdit(Staff, Now.AddDays(2), Window));

        report.Submit(Staff, Now.AddDays(2), Window);

        Assert.Equal([1, 2], report.Versions.Select(v => v.Number));
        var changes = ReportVersion.Compare(report.Versions.First().Snapshot(), report.Versions.Last().Snapshot());
        Assert.Equal([103, 105], changes.Select(c => c.ContentAreaId));
        Assert.True(changes.Single(c => c.ContentAreaId == 105).TextChanged);
        var valueChange = changes.Single(c => c.ContentAreaId == 103);
        Assert.False(valueChange.TextChanged);
        Assert.Equal([7], valueChange.ChangedIndicatorIds);
        Assert.Equal("Kết quả nội dung 5.", changes.Single(c => c.ContentAreaId == 105).Before!.Narrative);
    }

    [Fact]
    public void Compare_with_no_previous_version_lists_every_area()
    {
        var report = new ReportBuilder().In(ReportStatus.Submitted).Build();

        Assert.Equal(8, ReportVersion.Compare(null, report.Versions.Single().Snapshot()).Count);
    }

    private static ReportWindow DayWindow(DateOnly day) => new(VietnamTime.EndOfDay(day), VietnamTime.EndOfDay(day.AddDays(15)));
}

public class AnnualReportLockTests
{
    private static readonly Actor Staff = ReportBuilder.Staff;
    private static readonly ReportWindow Window = ReportBuilder.Window2026;
    private static readonly DateTimeOffset AfterLock = Window.LockAt.AddMinutes(1);

    public static TheoryData<string> Verbs => new() { "section", "indicator", "general", "propose", "withdraw", "attach", "detach" };

    private static void Do(AnnualReport report, string verb, ReportEdit edit)
    {
        switch (verb)
        {
            case "section": report.UpdateSection(101, "Sửa sau khi khóa.", false, null, edit); break;
            case "indicator": report.SetIndicatorValue(101, 1, 5, null, edit); break;
            case "general": report.UpdateGeneral("Khó khăn", "Kiến nghị", edit); break;
            case "propose": report.ProposeCommendation(NomineeKind.Collective, "Tổ một cửa", null, null, "Tốt", edit); break;
            case "withdraw": report.WithdrawCommendation(report.ProposedCommendations.First().Id, edit); break;
            case "attach": report.Attach(9, null, 100, 1000, edit); break;
            default: report.Detach(report.Attachments.First().Id, edit); break;
        }
    }

    private static AnnualReport WithParts()
    {
        var report = new ReportBuilder().Build();
        var before = new ReportEdit(Staff, ReportBuilder.BeforeDeadline, Window);
        report.ProposeCommendation(NomineeKind.Collective, "Tổ một cửa", null, null, "Tốt", before);
        report.Attach(1, null, 100, 1000, before);
        return report;
    }

    [Theory]
    [MemberData(nameof(Verbs))]
    public void Every_edit_verb_is_refused_after_the_lock(string verb)
    {
        var report = WithParts();
        var stamp = report.ConcurrencyStamp;

        var refused = Assert.Throws<DomainException>(() => Do(report, verb, new ReportEdit(Staff, AfterLock, Window)));

        Assert.Contains("Báo cáo đã khóa", refused.Message);
        Assert.Equal(stamp, report.ConcurrencyStamp);
        Assert.Single(report.ProposedCommendations);
        Assert.Single(report.Attachments);
    }

    [Theory]
    [MemberData(nameof(Verbs))]
    public void Every_edit_verb_works_after_the_lock_with_an_exception_for_the_unit(string verb)
    {
        var report = WithParts();
        var excepted = Window with { ExceptionUntil = AfterLock.AddDays(3), ExceptionReason = "Bổ sung minh chứng." };

        Do(report, verb, new ReportEdit(Staff, AfterLock, excepted));

        Assert.Equal(AfterLock, report.UpdatedAt);
    }
}
