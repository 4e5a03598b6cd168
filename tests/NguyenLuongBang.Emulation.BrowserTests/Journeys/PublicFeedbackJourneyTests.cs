using Microsoft.Playwright;
using NguyenLuongBang.Emulation.BrowserTests.Pages;
using static Microsoft.Playwright.Assertions;

namespace NguyenLuongBang.Emulation.BrowserTests.Journeys;

/// <summary>The public side: a visitor on a phone reads the movement, sends feedback on a posted nominee; the reviewer resolves it.</summary>
public class PublicFeedbackJourneyTests(BrowserPortal portal) : IClassFixture<BrowserPortal>
{
    [Fact]
    public async Task A_visitor_sends_feedback_from_a_phone_and_the_reviewer_resolves_it()
    {
        // The demo itself keeps a nominee under posting: a visitor finds her from the front door.
        var phone = await portal.NewPageAsync(360, 740);
        await phone.GotoAsync("/Phong-trao");
        await Expect(phone.GetByRole(AriaRole.Heading, new() { Name = "Tám nội dung thi đua" })).ToBeVisibleAsync();
        await BrowserPortal.ScreenshotAsync(phone, "20-public-movement-phone");
        await phone.GetByRole(AriaRole.Link, new() { Name = "đang công khai", Exact = true }).ClickAsync();
        await Expect(phone.GetByRole(AriaRole.Heading, new() { Name = "Bùi Thị Thu" })).ToBeVisibleAsync();
        await BrowserPortal.ScreenshotAsync(phone, "21-public-posting-phone");
        await phone.GetByRole(AriaRole.Link, new() { Name = "Gửi ý kiến về Bùi Thị Thu" }).ClickAsync();

        // Sent without a contact: refused in Vietnamese, what was typed is still there.
        await phone.GetByLabel("Họ và tên").FillAsync("Phạm Văn Dân");
        await phone.GetByLabel("Nội dung ý kiến").FillAsync("Số người dân có sổ sức khỏe điện tử là 1.900, không phải 2.150.");
        await phone.GetByRole(AriaRole.Button, new() { Name = "Gửi ý kiến" }).ClickAsync();
        await Expect(phone.GetByText("Vui lòng nhập số điện thoại hoặc thư điện tử").First).ToBeVisibleAsync();
        await Expect(phone.GetByLabel("Nội dung ý kiến")).ToHaveValueAsync("Số người dân có sổ sức khỏe điện tử là 1.900, không phải 2.150.");
        await phone.GetByLabel("Số điện thoại hoặc thư điện tử").FillAsync("0912 000 111");
        var overflow = await phone.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"The feedback page scrolls sideways by {overflow}px");
        await phone.GetByRole(AriaRole.Button, new() { Name = "Gửi ý kiến" }).ClickAsync();
        var reference = await phone.Locator("#reference").InnerTextAsync();
        Assert.Matches("^PA-[0-9A-Z]{4}-[0-9A-Z]{4}$", reference);
        await BrowserPortal.ScreenshotAsync(phone, "22-public-feedback-received-phone");

        // The reviewer finds it by its reference among the nominee's objections and resolves it.
        var desk = await portal.NewPageAsync();
        await new LoginPage(desk).SignInAsync("chuyenvien@nlb.example");
        await desk.GotoAsync("/Nominations/2026");
        var objection = desk.Locator("li", new() { HasText = reference });
        await Expect(objection).ToContainTextAsync("Phạm Văn Dân");
        await Expect(objection).ToContainTextAsync("0912 000 111");
        await objection.GetByLabel("Kết quả giải quyết").FillAsync("Đã xác minh với Trạm Y tế: 2.150 người là đúng, đã trả lời ông Dân.");
        await objection.GetByRole(AriaRole.Button, new() { Name = "Ghi kết quả" }).ClickAsync();
        await Expect(desk.Locator("li", new() { HasText = reference })).ToContainTextAsync("Đã giải quyết: Đã xác minh với Trạm Y tế");

        // Public pages show neither the sender nor the contact.
        await phone.GotoAsync("/Cong-khai");
        await Expect(phone.GetByText("Phạm Văn Dân")).ToHaveCountAsync(0);
        await phone.GotoAsync("/Van-ban");
        await Expect(phone.GetByText("Kế hoạch phát động Phong trào thi đua chuyển đổi số")).ToBeVisibleAsync();
        await BrowserPortal.ScreenshotAsync(phone, "23-public-library-phone");

        // Phòng VH-XH's side of Section III: the movement page as shared, who has a launch plan, a Bằng khen dossier in preparation.
        await desk.GotoAsync("/Phong-trao");
        await BrowserPortal.ScreenshotAsync(desk, "24-public-movement");
        await desk.GotoAsync("/LaunchPlan/Overview");
        await Expect(desk.GetByRole(AriaRole.Heading, new() { Name = "Kế hoạch phát động của các đơn vị" })).ToBeVisibleAsync();
        await BrowserPortal.ScreenshotAsync(desk, "25-launch-plans");
        await desk.GotoAsync("/Awards/2026");
        await desk.GetByRole(AriaRole.Link, new() { Name = "Hồ sơ của Trung tâm Phục vụ hành chính công xã" }).ClickAsync();
        await Expect(desk.GetByRole(AriaRole.Heading, new() { Name = "Danh mục hồ sơ (1/6)" })).ToBeVisibleAsync();
        await Expect(desk.GetByLabel("Họ và tên")).ToHaveValueAsync("Phạm Minh Đức");
        await BrowserPortal.ScreenshotAsync(desk, "26-city-dossier");
        await phone.Context.CloseAsync();
        await desk.Context.CloseAsync();
    }
}
