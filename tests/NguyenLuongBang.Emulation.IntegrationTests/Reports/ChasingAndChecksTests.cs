using System.Net;
using Microsoft.EntityFrameworkCore;
using NguyenLuongBang.Emulation.Domain.Reports;
using NguyenLuongBang.Emulation.IntegrationTests.Infrastructure;

namespace NguyenLuongBang.Emulation.IntegrationTests.Reports;

/// <summary>Issue 34: the review list's stages with their counts and why a list is empty, reminders from the list, and the checks before accepting.</summary>
public sealed class ChasingAndChecksTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private async Task<HttpClient> ReviewerAsync()
    {
        var reviewer = factory.CreatePortalClient();
        await reviewer.SignInAsync("chuyenvien@nlb.example");
        return reviewer;
    }

    [Fact]
    public async Task The_stage_chips_count_the_units_at_each_stage_and_each_lists_those_units()
    {
        var reviewer = await ReviewerAsync();
        var units = await factory.WithDatabaseAsync(db => (
                from u in db.Units
                where u.IsActive
                join r in db.AnnualReports.Where(r => r.Year == 2026) on u.Id equals r.UnitId into reports
                from r in reports.DefaultIfEmpty()
                select new { u.Name, Status = r == null ? (ReportStatus?)null : r.Status, Late = r != null && r.SubmittedLate })
            .ToListAsync());
        var notStarted = units.Where(u => u.Status is null).Select(u => u.Name).ToList();
        var inProgress = units.Where(u => u.Status is ReportStatus.Draft or ReportStatus.Returned or ReportStatus.Reopened).Select(u => u.Name).ToList();
        Assert.NotEmpty(notStarted);
        Assert.NotEmpty(inProgress);

        var all = await reviewer.GetStringAsync("/Review?year=2026");
        Assert.Contains($"Tất cả ({units.Count})", all, StringComparison.Ordinal);
        Assert.Contains($"Chưa bắt đầu ({notStarted.Count})", all, StringComparison.Ordinal);
        Assert.Contains($"Đang soạn, trả lại ({inProgress.Count})", all, StringComparison.Ordinal);
        Assert.Contains($"Chờ xem xét ({units.Count(u => u.Status == ReportStatus.Submitted)})", all, StringComparison.Ordinal);
        Assert.Contains($"Đã tiếp nhận ({units.Count(u => u.Status == ReportStatus.Accepted)})", all, StringComparison.Ordinal);
        Assert.Contains("href=\"/Review?year=2026&amp;stage=NotStarted\"", all, StringComparison.Ordinal);

        // "Chưa bắt đầu" lists the units themselves (they have no report), and only them.
        var list = await reviewer.GetStringAsync("/Review?year=2026&stage=NotStarted");
        Assert.All(notStarted, name => Assert.Contains(name, list, StringComparison.Ordinal));
        Assert.All(inProgress, name => Assert.DoesNotContain($">{name}<", list, StringComparison.Ordinal));
        Assert.Contains($"{notStarted.Count} đơn vị · 0 chờ xem xét", list, StringComparison.Ordinal);
        Assert.Contains("aria-current=\"page\">Chưa bắt đầu", list, StringComparison.Ordinal);

        var drafts = await reviewer.GetStringAsync("/Review?year=2026&stage=InProgress");
        Assert.All(inProgress, name => Assert.Contains(name, drafts, StringComparison.Ordinal));
        Assert.Contains($"{inProgress.Count} đơn vị", drafts, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Late_says_what_it_means_and_before_the_deadline_why_no_unit_is_late()
    {
        var reviewer = await ReviewerAsync();

        // Today is 26/11/2026, before the deadline of 15/12/2026.
        var late2026 = await reviewer.GetStringAsync("/Review?year=2026&stage=Late");
        Assert.Contains("Nộp muộn (0)", late2026, StringComparison.Ordinal);
        Assert.Contains("Chưa đến hạn nộp (15/12/2026): chưa có đơn vị nào nộp muộn.", late2026, StringComparison.Ordinal);
        Assert.Contains("Nộp muộn: nộp lần đầu sau hạn nộp (15/12/2026), hoặc đã quá hạn mà chưa nộp.", late2026, StringComparison.Ordinal);
        Assert.DoesNotContain("<table", late2026, StringComparison.Ordinal);

        // 2025 is past: the units that first submitted after its deadline (every fifth in the demo), and units with no report at all.
        var expected = await factory.WithDatabaseAsync(db => db.Units.CountAsync(u => u.IsActive
            && (db.AnnualReports.Any(r => r.UnitId == u.Id && r.Year == 2025 && r.SubmittedLate)
                || !db.AnnualReports.Any(r => r.UnitId == u.Id && r.Year == 2025 && r.FirstSubmittedAt != null))));
        Assert.True(expected > 0);
        var late2025 = await reviewer.GetStringAsync("/Review?year=2025&stage=Late");
        Assert.Contains($"Nộp muộn ({expected})", late2025, StringComparison.Ordinal);
        Assert.Contains($"{expected} đơn vị ·", late2025, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_empty_list_says_why_in_a_sentence()
    {
        var reviewer = await ReviewerAsync();

        // Every 2025 report of the demo was accepted: none waits.
        var waiting = await reviewer.GetStringAsync("/Review?year=2025&stage=AwaitingReview");
        Assert.Contains("Không có báo cáo nào đang chờ xem xét: các báo cáo đã nộp đều đã được xử lý.", waiting, StringComparison.Ordinal);
        Assert.DoesNotContain("<table", waiting, StringComparison.Ordinal);

        var future = await reviewer.GetStringAsync("/Review?year=2028&stage=Accepted");
        Assert.Contains("Chưa có báo cáo năm 2028 nào được tiếp nhận.", future, StringComparison.Ordinal);

        var notYet = await reviewer.GetStringAsync("/Review?year=2028&stage=NotStarted");
        Assert.DoesNotContain("Năm 2028 chưa bắt đầu", notYet, StringComparison.Ordinal); // the units are listed…
        Assert.DoesNotContain("Nhắc các đơn vị đã chọn", notYet, StringComparison.Ordinal); // …but cannot be reminded before their year
        Assert.DoesNotContain("name=\"unitIds\"", notYet, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_reviewer_reminds_the_units_ticked_once_a_day_and_is_told_who_was_skipped()
    {
        var email = await factory.UnitLikeAsync("vanphong@nlb.example");
        var (fresh, submitted, noAccount) = await factory.WithDatabaseAsync(async db => (
            await db.Users.Where(u => u.Email == email).Select(u => new { u.Id, UnitId = u.UnitId!.Value }).SingleAsync(),
            await db.AnnualReports.Where(r => r.Year == 2026 && r.Status == ReportStatus.Submitted).Select(r => r.UnitId).FirstAsync(),
            await db.Units.Where(u => u.Name == "Thôn Tây").Select(u => u.Id).SingleAsync()));
        var reviewer = await ReviewerAsync();
        var list = await reviewer.GetStringAsync("/Review?year=2026&stage=NotStarted");
        Assert.Contains($"name=\"unitIds\" value=\"{fresh.UnitId}\"", list, StringComparison.Ordinal);
        Assert.Contains("Chọn tất cả", list, StringComparison.Ordinal);

        static List<KeyValuePair<string, string>> Ticked(params int[] ids) =>
            [new("year", "2026"), new("stage", "NotStarted"), .. ids.Select(id => new KeyValuePair<string, string>("unitIds", id.ToString(System.Globalization.CultureInfo.InvariantCulture)))];

        var nothing = await reviewer.PostFormAsync("/Review?year=2026&stage=NotStarted", "/Review/Remind", Ticked());
        Assert.Equal(HttpStatusCode.Redirect, nothing.StatusCode);
        Assert.Contains("Vui lòng đánh dấu ít nhất một đơn vị cần nhắc.", await reviewer.GetStringAsync(nothing.Headers.Location!.OriginalString), StringComparison.Ordinal);

        var sent = await reviewer.PostFormAsync("/Review?year=2026&stage=NotStarted", "/Review/Remind", Ticked(fresh.UnitId, submitted, noAccount));
        Assert.Equal("/Review?year=2026&stage=NotStarted", sent.Headers.Location!.OriginalString);
        var told = await reviewer.GetStringAsync(sent.Headers.Location!.OriginalString);
        Assert.Contains("Đã nhắc 1 đơn vị nộp báo cáo năm 2026 (thông báo trên cổng và thư điện tử).", told, StringComparison.Ordinal);
        Assert.Contains("1 đơn vị chưa có tài khoản trên cổng", told, StringComparison.Ordinal);
        Assert.Contains("1 đơn vị đã nộp báo cáo nên không cần nhắc.", told, StringComparison.Ordinal);

        var bell = await factory.WithDatabaseAsync(db => db.Notifications.Where(n => n.UserId == fresh.Id && n.DedupeKey == "report-reminder-2026-2026-11-26").Select(n => n.Text).SingleAsync());
        Assert.Contains("chưa lập báo cáo kết quả thi đua năm 2026 (hạn nộp 15/12/2026)", bell, StringComparison.Ordinal);
        Assert.True(await factory.WithDatabaseAsync(db => db.OutboxMessages.AnyAsync(m => m.To == email && m.Body.Contains("năm 2026"))));
        var audit = await factory.WithDatabaseAsync(db => db.AuditEntries.Where(a => a.Action == "Nhắc đơn vị nộp báo cáo").Select(a => a.Details).ToListAsync());
        Assert.Contains(audit, d => d!.StartsWith("Năm 2026: 1 đơn vị (", StringComparison.Ordinal));

        // Again the same day: not reminded twice, and told so.
        var again = await reviewer.PostFormAsync("/Review?year=2026&stage=NotStarted", "/Review/Remind", Ticked(fresh.UnitId));
        Assert.Contains("1 đơn vị đã được nhắc hôm nay nên không nhắc lại", await reviewer.GetStringAsync(again.Headers.Location!.OriginalString), StringComparison.Ordinal);
        Assert.Equal(1, await factory.WithDatabaseAsync(db => db.Notifications.CountAsync(n => n.UserId == fresh.Id && n.DedupeKey!.StartsWith("report-reminder-"))));

        // Only a reviewer reminds.
        var unit = factory.CreatePortalClient();
        await unit.SignInAsync(email);
        var refused = await unit.PostFormAsync("/Reports/Year/2026", "/Review/Remind", Ticked(fresh.UnitId));
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }

    [Fact]
    public async Task A_report_with_points_to_check_is_accepted_only_with_a_note_which_its_history_keeps()
    {
        var (id, _) = await factory.SubmitVillageReportAsync();
        var reviewer = await ReviewerAsync();

        var page = await reviewer.GetStringAsync($"/Reports/Details/{id}");
        Assert.Contains("Cần kiểm tra trước khi tiếp nhận", page, StringComparison.Ordinal);
        Assert.Contains("Số tổ công nghệ số cộng đồng đang hoạt động: 83 — thường 1–2 đối với thôn", page, StringComparison.Ordinal);
        Assert.Contains("phần kết quả ghi “3 buổi” nhưng chỉ tiêu", page, StringComparison.Ordinal);
        Assert.Contains("là 28 buổi", page, StringComparison.Ordinal);
        Assert.Contains("Ghi chú khi tiếp nhận (bắt buộc)", page, StringComparison.Ordinal);

        var bare = await reviewer.PostFormAsync($"/Reports/Details/{id}", $"/Review/Accept/{id}", new Dictionary<string, string> { ["note"] = "" });
        Assert.Equal(HttpStatusCode.Redirect, bare.StatusCode);
        var refused = await reviewer.GetStringAsync(bare.Headers.Location!.OriginalString);
        Assert.Contains("điểm cần kiểm tra: vui lòng nhập ghi chú khi tiếp nhận", refused, StringComparison.Ordinal);
        Assert.Contains("is-invalid", refused, StringComparison.Ordinal);
        Assert.Equal(ReportStatus.Submitted, await factory.WithDatabaseAsync(db => db.AnnualReports.Where(r => r.Id == id).Select(r => r.Status).SingleAsync()));

        // A note too long is refused too, and what was typed is offered back.
        var typed = "Đã gọi điện cho trưởng thôn. " + new string('x', 1000);
        var tooLong = await reviewer.PostFormAsync($"/Reports/Details/{id}", $"/Review/Accept/{id}", new Dictionary<string, string> { ["note"] = typed });
        var kept = await reviewer.GetStringAsync(tooLong.Headers.Location!.OriginalString);
        Assert.Contains("Ghi chú khi tiếp nhận dài quá 1000 ký tự.", kept, StringComparison.Ordinal);
        Assert.Contains(typed, kept, StringComparison.Ordinal);

        var note = "Đã gọi điện xác minh: thôn có 2 tổ công nghệ số và tổ chức 28 buổi (kể cả họp thôn).";
        var accepted = await reviewer.PostFormAsync($"/Reports/Details/{id}", $"/Review/Accept/{id}", new Dictionary<string, string> { ["note"] = note });
        var done = await reviewer.GetStringAsync(accepted.Headers.Location!.OriginalString);
        Assert.Contains("Đã tiếp nhận báo cáo, kèm ghi chú về", done, StringComparison.Ordinal);
        Assert.Contains("Ghi chú khi tiếp nhận: " + note, done, StringComparison.Ordinal);
        Assert.Equal(ReportStatus.Accepted, await factory.WithDatabaseAsync(db => db.AnnualReports.Where(r => r.Id == id).Select(r => r.Status).SingleAsync()));
        var audit = await factory.WithDatabaseAsync(db => db.AuditEntries.Where(a => a.Action == "Tiếp nhận báo cáo" && a.EntityId == id.ToString(System.Globalization.CultureInfo.InvariantCulture)).Select(a => a.Details).SingleAsync());
        Assert.Contains(note, audit, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_demos_reports_raise_no_point_to_check()
    {
        // The demo's figures keep to the usual ranges and its texts state its figures: a reviewer is not asked for a note on them.
        var reviewer = await ReviewerAsync();
        var waiting = await factory.WithDatabaseAsync(db => (
                from r in db.AnnualReports
                join u in db.Units on r.UnitId equals u.Id
                where r.Status == ReportStatus.Submitted && !u.Name.StartsWith("Thôn Kiểm tra")
                select r.Id)
            .ToListAsync());
        Assert.NotEmpty(waiting);
        foreach (var id in waiting)
        {
            Assert.DoesNotContain("Cần kiểm tra trước khi tiếp nhận", await reviewer.GetStringAsync($"/Reports/Details/{id}"), StringComparison.Ordinal);
        }
    }
}
