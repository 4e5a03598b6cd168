using Microsoft.EntityFrameworkCore;
using NguyenLuongBang.Emulation.BrowserTests.Pages;
using NguyenLuongBang.Emulation.IntegrationTests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace NguyenLuongBang.Emulation.BrowserTests.Journeys;

/// <summary>
/// Issue 34, on a phone and at a desk: the reviewer chases the units that have not started and
/// reminds them from the list; she sees what to check on a report before accepting it, and accepts
/// it with a note.
/// </summary>
public class ChasingAndChecksJourneyTests(BrowserPortal portal) : IClassFixture<BrowserPortal>
{
    [Theory]
    [InlineData(360)]
    [InlineData(1280)]
    public async Task Reviewer_filters_the_units_not_started_ticks_them_all_and_reminds_them(int width)
    {
        var email = await portal.App.UnitLikeAsync("vanphong@nlb.example");
        var (userId, unitName) = await portal.App.WithDatabaseAsync(db => db.Users.Where(u => u.Email == email)
            .Join(db.Units, u => u.UnitId, x => x.Id, (u, x) => new { u.Id, x.Name }).Select(x => ValueTuple.Create(x.Id, x.Name)).SingleAsync());
        var page = await portal.NewPageAsync(width, width == 360 ? 740 : 800);
        await new LoginPage(page).SignInAsync("chuyenvien@nlb.example");
        var list = new ReviewListPage(page);
        await list.OpenAsync(2026);

        await list.ChooseStageAsync("Chưa bắt đầu");
        Assert.Contains("stage=NotStarted", page.Url, StringComparison.Ordinal);
        await Expect(page.GetByText(unitName)).ToBeVisibleAsync();
        await list.SelectAllAsync();
        await Expect(list.Ticked(unitName)).ToBeCheckedAsync();
        await list.RemindAsync();

        await Expect(page.GetByText("Đã nhắc", new() { Exact = false }).First).ToBeVisibleAsync();
        Assert.Contains("stage=NotStarted", page.Url, StringComparison.Ordinal);
        Assert.True(await portal.App.WithDatabaseAsync(db => db.Notifications.AnyAsync(n => n.UserId == userId && n.DedupeKey!.StartsWith("report-reminder-2026-"))));
        Assert.True(await portal.App.WithDatabaseAsync(db => db.OutboxMessages.AnyAsync(m => m.To == email)));
    }

    [Theory]
    [InlineData(360)]
    [InlineData(1280)]
    public async Task Reviewer_sees_the_points_to_check_and_accepts_with_a_note(int width)
    {
        var (id, _) = await portal.App.SubmitVillageReportAsync();
        var page = await portal.NewPageAsync(width, width == 360 ? 740 : 800);
        await new LoginPage(page).SignInAsync("chuyenvien@nlb.example");
        var details = new ReportDetailsPage(page);
        await details.OpenAsync(id);

        await Expect(details.Checks.GetByRole(Microsoft.Playwright.AriaRole.Heading)).ToContainTextAsync("Cần kiểm tra trước khi tiếp nhận");
        await Expect(details.Checks).ToContainTextAsync("Số tổ công nghệ số cộng đồng đang hoạt động: 83 — thường 1–2 đối với thôn");
        await Expect(details.Checks).ToContainTextAsync("phần kết quả ghi “3 buổi”");

        // Accepting without a note is refused at the note, in Vietnamese; the report still waits.
        await details.AcceptAsync();
        await Expect(page.Locator("#accept-note-error")).ToContainTextAsync("vui lòng nhập ghi chú khi tiếp nhận");

        const string note = "Đã gọi điện cho trưởng thôn: thôn có 2 tổ công nghệ số; 28 buổi gồm cả các buổi họp thôn.";
        await details.AcceptWithNoteAsync(note);
        await Expect(page.GetByText("Đã tiếp nhận báo cáo, kèm ghi chú về", new() { Exact = false })).ToBeVisibleAsync();
        await Expect(details.Status).ToHaveTextAsync("Đã tiếp nhận");
        await Expect(page.GetByText("Ghi chú khi tiếp nhận: " + note, new() { Exact = false })).ToBeVisibleAsync();
    }
}
