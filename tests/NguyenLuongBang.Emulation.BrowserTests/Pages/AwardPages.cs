using Microsoft.Playwright;

namespace NguyenLuongBang.Emulation.BrowserTests.Pages;

/// <summary>The reviewer's nominations of a round: take over proposals, publish, open a council session.</summary>
public sealed class NominationsPage(IPage page)
{
    public Task OpenAsync(string round) => page.GotoAsync($"/Nominations/{round}");

    public Task TakeOverAsync(string nomineeName) =>
        page.GetByRole(AriaRole.Row).Filter(new() { HasText = nomineeName }).GetByRole(AriaRole.Button, new() { Name = "Đưa vào danh sách" }).ClickAsync();

    public Task PublishAsync(string nomineeName) =>
        page.Locator("article").Filter(new() { HasText = nomineeName }).GetByRole(AriaRole.Button, new() { Name = "Công khai" }).ClickAsync();

    public async Task OpenCouncilSessionAsync(DateOnly heldOn)
    {
        await page.GetByRole(AriaRole.Link, new() { Name = "Mở phiên họp Hội đồng với các đề nghị đang công khai" }).ClickAsync();
        await page.GetByLabel("Ngày họp").FillAsync(heldOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await page.GetByRole(AriaRole.Button, new() { Name = "Mở phiên họp" }).ClickAsync();
        await page.WaitForURLAsync(url => System.Text.RegularExpressions.Regex.IsMatch(url, "/Council/\\d+$"));
    }
}

/// <summary>A council session: members vote per nominee; the reviewer closes it.</summary>
public sealed class CouncilSessionPage(IPage page)
{
    public Task OpenAsync(string url) => page.GotoAsync(url);

    /// <summary>The nominee's card: name, unit, achievement, checks, posting outcome, and the member's vote.</summary>
    public ILocator Nominee(string nomineeName) => page.Locator("article").Filter(new() { HasText = nomineeName });

    public Task VoteAsync(string nomineeName, string choice) =>
        Nominee(nomineeName).GetByRole(AriaRole.Button, new() { Name = choice, Exact = true }).ClickAsync();

    public Task CloseAsync() => page.GetByRole(AriaRole.Button, new() { Name = "Kết thúc phiên họp và tính kết quả" }).ClickAsync();
}

/// <summary>The chairman's approvals and the round's award dossier (decision, certificates).</summary>
public sealed class AwardsPage(IPage page)
{
    public async Task ApproveAsync(string nomineeName, string comment)
    {
        await page.GotoAsync("/Approvals");
        var card = page.Locator("article").Filter(new() { HasText = nomineeName });
        await card.GetByLabel("Ý kiến (bắt buộc khi không phê duyệt)").FillAsync(comment);
        await card.GetByRole(AriaRole.Button, new() { Name = "Phê duyệt", Exact = true }).ClickAsync();
    }

    public Task OpenAsync(string round) => page.GotoAsync($"/Awards/{round}");

    /// <param name="signsAs">What the page says the signed-in person signs as (office and name, from their account).</param>
    public async Task SignDecisionAsync(string signsAs)
    {
        await Assertions.Expect(page.Locator("#signs-as")).ToContainTextAsync(signsAs);
        await page.GetByRole(AriaRole.Button, new() { Name = "Ký và ban hành quyết định" }).ClickAsync();
    }

    public Task<IDownload> DownloadAsync(string linkName) =>
        page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = linkName }).First.ClickAsync());
}
