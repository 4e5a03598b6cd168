using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using NguyenLuongBang.Emulation.IntegrationTests.Infrastructure;
using NguyenLuongBang.Emulation.BrowserTests.Pages;
using static Microsoft.Playwright.Assertions;

namespace NguyenLuongBang.Emulation.BrowserTests.Journeys;

/// <summary>
/// Issue 34, the unit's form on a phone and at a desk: nothing typed is lost by another action of the
/// page, leaving with unsaved text asks first, one wrong value keeps the rest and is marked where it
/// is, the tabs say which areas are complete, and submitting shows what will be sent and leaves a
/// receipt with a PDF.
/// </summary>
public class TypedDraftJourneyTests(BrowserPortal portal) : IClassFixture<BrowserPortal>
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

    [Theory]
    [InlineData(360)]
    [InlineData(1280)]
    public async Task Adding_a_proposal_uploading_and_removing_a_file_keep_the_typed_text_and_leaving_asks_first(int width)
    {
        var page = await portal.NewPageAsync(width, 740);
        await new LoginPage(page).SignInAsync(await portal.App.UnitLikeAsync("htx@nlb.example"));
        var form = new ReportFormPage(page);
        await form.OpenAsync(2026);

        // A proposal added after typing in an area: the text is still there, and saved.
        await form.FillNarrativeAsync(4, "Số hóa 1.250 hồ sơ trong năm.");
        await Expect(page.Locator("[data-area-tab='4']")).ToHaveAttributeAsync("data-complete", "true");
        await page.Locator("#c-name").FillAsync("Lê Văn Tâm");
        await page.Locator("#c-gender").SelectOptionAsync("Male");
        await page.Locator("#c-achievement").FillAsync("Đưa sản phẩm lên sàn thương mại điện tử.");
        // Enter in the proposal's last box adds it, as "Thêm đề nghị" does (not only a save of the draft).
        await page.Locator("#c-position").FillAsync("Tổ trưởng tổ sản xuất");
        await page.Locator("#c-position").PressAsync("Enter");
        await Expect(page.GetByText("Đã thêm đề nghị khen thưởng.")).ToBeVisibleAsync();
        await Expect(form.Narrative(4)).ToHaveValueAsync("Số hóa 1.250 hồ sơ trong năm.");
        await Expect(page.Locator("#khen-thuong")).ToContainTextAsync("Lê Văn Tâm");

        // A file uploaded after typing in another area.
        await form.FillNarrativeAsync(5, "Ký số 95% văn bản đi.");
        await page.Locator("#file").SetInputFilesAsync(new FilePayload { Name = "bien-ban.pdf", MimeType = "application/pdf", Buffer = Pdf });
        await page.GetByRole(AriaRole.Button, new() { Name = "Tải lên" }).ClickAsync();
        await Expect(page.GetByText("Đã tải lên tệp minh chứng \"bien-ban.pdf\".")).ToBeVisibleAsync();
        await Expect(form.Narrative(5)).ToHaveValueAsync("Ký số 95% văn bản đi.");

        // The file removed after typing in a third.
        await form.FillNarrativeAsync(6, "Hỗ trợ 300 người kích hoạt VNeID.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Gỡ tệp bien-ban.pdf" }).ClickAsync();
        await Expect(page.GetByText("Đã gỡ tệp minh chứng khỏi báo cáo.")).ToBeVisibleAsync();
        await Expect(form.Narrative(6)).ToHaveValueAsync("Hỗ trợ 300 người kích hoạt VNeID.");
        await Expect(form.Narrative(4)).ToHaveValueAsync("Số hóa 1.250 hồ sơ trong năm.");
        await Expect(page.Locator("#toc-progress")).ToContainTextAsync("Đã điền 3/8");

        // Typing, then leaving by a link: the browser asks; staying keeps the text.
        await form.FillNarrativeAsync(7, "Có 12 cơ sở bán hàng trực tuyến.");
        var asked = new TaskCompletionSource<string>();
        page.Dialog += async (_, dialog) =>
        {
            asked.TrySetResult(dialog.Type);
            await dialog.DismissAsync();
        };
        await page.GetByRole(AriaRole.Link, new() { Name = "Xem bản đọc" }).ClickAsync();
        Assert.Equal("beforeunload", await asked.Task.WaitAsync(TimeSpan.FromSeconds(15)));
        await Expect(page).ToHaveURLAsync(new Regex("/Reports/Edit/"));
        await Expect(form.Narrative(7)).ToHaveValueAsync("Có 12 cơ sở bán hàng trực tuyến.");
    }

    [Theory]
    [InlineData(360)]
    [InlineData(1280)]
    public async Task One_wrong_value_keeps_the_rest_then_submitting_shows_what_is_sent_and_leaves_a_receipt_and_a_pdf(int width)
    {
        var page = await portal.NewPageAsync(width, 740);
        await new LoginPage(page).SignInAsync(await portal.App.UnitLikeAsync("tieuhoc@nlb.example"));
        var form = new ReportFormPage(page);
        await form.OpenAsync(2026);
        for (var area = 1; area <= 7; area++)
        {
            await form.FillNarrativeAsync(area, $"Kết quả thực hiện nội dung {area} năm 2026.");
        }

        var sessions = page.Locator("#noi-dung-1 input[id^='value-']").First;
        var sessionsId = await sessions.GetAttributeAsync("id");
        await sessions.FillAsync("45,5");
        await form.SaveAsync();

        // Saved but that box: it keeps "45,5", is marked with its message, and the summary links to it.
        await Expect(form.Error).ToContainTextAsync("Đã lưu các phần hợp lệ");
        await Expect(sessions).ToHaveValueAsync("45,5");
        await Expect(sessions).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(page.Locator($"#{sessionsId}-error")).ToContainTextAsync("số nguyên");
        await form.Error.GetByRole(AriaRole.Link).First.ClickAsync();
        await Expect(sessions).ToBeFocusedAsync();
        await page.GotoAsync(page.Url.Split('#')[0]);
        await Expect(form.Narrative(7)).ToHaveValueAsync("Kết quả thực hiện nội dung 7 năm 2026.");

        // Submitting: first the look back, which names the area still empty, then the receipt.
        await sessions.FillAsync("45");
        await form.SubmitButton.ClickAsync();
        await Expect(form.Review).ToBeVisibleAsync();
        await Expect(form.Review).ToContainTextAsync("chưa điền");
        await form.Review.GetByRole(AriaRole.Button, new() { Name = "Quay lại sửa" }).ClickAsync();
        await Expect(form.Review).ToBeHiddenAsync();
        await form.MarkNoActivityAsync(8, "Đơn vị không quản lý hệ thống thông tin riêng.");
        await form.SubmitButton.ClickAsync();
        await Expect(form.Review).ToContainTextAsync("không có hoạt động (có lý do)");
        await Expect(form.Review).Not.ToContainTextAsync("chưa điền");
        await form.Review.GetByRole(AriaRole.Button, new() { Name = "Đồng ý, nộp ngay" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/Reports/Details/"));
        await Expect(page.Locator("#bien-nhan")).ToContainTextAsync("Số biên nhận: BN-2026-");
        var link = page.GetByRole(AriaRole.Link, new() { Name = "Tải bản PDF để lưu hoặc in" });
        var pdf = await page.APIRequest.GetAsync(await link.GetAttributeAsync("href") ?? string.Empty);
        Assert.Equal(200, pdf.Status);
        Assert.Equal("application/pdf", pdf.Headers["content-type"]);
        Assert.StartsWith("%PDF", Encoding.ASCII.GetString((await pdf.BodyAsync())[..4]), StringComparison.Ordinal);
    }
}
