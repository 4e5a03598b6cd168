using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using NguyenLuongBang.Emulation.BrowserTests.Pages;
using NguyenLuongBang.Emulation.Domain.Notifications;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace NguyenLuongBang.Emulation.BrowserTests.Journeys;

/// <summary>
/// axe-core on every page each demo role reaches, found by crawling the links from the home page
/// (not a hand list, so a new page cannot be forgotten), at a desktop and a phone width: no serious
/// or critical violation and no sideways scrolling of the whole page.
/// </summary>
public partial class AccessibilityTests(BrowserPortal portal, ITestOutputHelper output) : IClassFixture<BrowserPortal>
{
    /// <summary>Page kinds per role before the crawl gives up: hitting it fails the test rather than dropping pages silently.</summary>
    private const int PageKindCap = 80;

    /// <summary>Tabs crawling at once in the role's session.</summary>
    private const int Workers = 3;

    private static readonly string Axe = Path.Combine(AppContext.BaseDirectory, "axe.min.js");

    private static readonly ViewportSize[] Widths = [new() { Width = 1280, Height = 800 }, new() { Width = 360, Height = 740 }];

    /// <summary>Links that download a file rather than show a page (the response's content type is checked too).</summary>
    private static readonly string[] FileExtensions = [".pdf", ".docx", ".xlsx", ".csv", ".zip", ".png", ".jpg", ".jpeg", ".txt"];

    private static readonly HashSet<string> FileSegments = new(StringComparer.OrdinalIgnoreCase) { "Tep", "File", "Download", "Export", "Template", "Pdf", "Word", "Excel" };

    /// <summary>Pages each role must reach: a crawl that breaks early cannot pass by finding nothing.</summary>
    public static TheoryData<string, string[]> Roles => new()
    {
        { "", ["/Account/Login", "/Phong-trao", "/Cong-khai", "/Vinh-danh", "/Van-ban", "/Xac-thuc"] },
        { "vanphong@nlb.example", ["/", "/Reports/Year/{n}", "/Registration/{n}", "/LaunchPlan", "/Notifications", "/Van-ban", "/Account/ChangePassword"] },
        { "tieuhoc@nlb.example", ["/", "/Reports/Year/{n}", "/Registration/{n}", "/LaunchPlan", "/Notifications", "/Van-ban"] },
        { "chuyenvien@nlb.example", ["/", "/Review", "/Reports/Details/{n}", "/Reports/Changes/{n}", "/Consolidation/{n}", "/Nominations/{n}", "/Practices", "/Van-ban", "/LaunchPlan/Overview", "/Notifications", "/Council", "/Dashboard", "/Awards/{n}", "/Awards/{n}/Dossier/{n}"] },
        { "chutich@nlb.example", ["/", "/Dashboard", "/Approvals", "/Awards/{n}", "/Awards/{n}/Dossier/{n}", "/LaunchPlan/Overview", "/Notifications", "/Van-ban"] },
        { "hoidong1@nlb.example", ["/", "/Council", "/Council/{n}", "/Notifications", "/Van-ban"] },
        { "quantri@nlb.example", ["/", "/Admin/Users", "/Admin/Units", "/Admin/Indicators", "/Admin/Settings", "/Admin/Register", "/Admin/Signing", "/Admin/Audit", "/Admin/Outbox", "/Admin/Users/Import", "/Notifications"] },
    };

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task Every_page_a_role_reaches_has_no_serious_violation_and_no_sideways_scroll(string email, string[] mustReach)
    {
        var watch = Stopwatch.StartNew();
        var first = await portal.NewPageAsync(bypassCsp: true);
        var origin = new Uri(portal.BaseUrl);
        if (email.Length > 0)
        {
            await UnreadNotificationAsync(email);
            await new LoginPage(first).SignInAsync(email);
        }

        // A few tabs of the one signed-in session: a page load and an axe run mostly wait, so they overlap.
        var idle = new Stack<IPage>([first]);
        for (var i = 1; i < Workers; i++)
        {
            idle.Push(await first.Context.NewPageAsync());
        }

        var findings = new List<string>();
        var visited = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var skipped = new SortedSet<string>(StringComparer.OrdinalIgnoreCase);
        var queue = new Queue<Uri>([new Uri(origin, "/")]);
        var queued = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { KindOf(new Uri(origin, "/")) };
        // Results are taken in the order the pages were opened, so the crawl follows the same links as
        // one tab would (which /Reports/Details/{n} is the sample of its kind does not depend on timing).
        var running = new Queue<(Task<Visit> Visit, IPage Tab)>();
        var capped = false;
        while (queue.Count > 0 || running.Count > 0)
        {
            while (!capped && queue.Count > 0 && idle.Count > 0)
            {
                if (visited.Count + running.Count >= PageKindCap)
                {
                    findings.Add($"the crawl hit its cap of {PageKindCap} page kinds; still queued: {queue.Peek().PathAndQuery} and {queue.Count - 1} more");
                    capped = true;
                    break;
                }

                var tab = idle.Pop();
                running.Enqueue((VisitAsync(tab, queue.Dequeue(), origin), tab));
            }

            if (running.Count == 0)
            {
                break;
            }

            var (next, used) = running.Dequeue();
            var visit = await next;
            idle.Push(used);
            if (visit.Landed is null)
            {
                skipped.Add($"{visit.Url.PathAndQuery} ({visit.ContentType ?? "download"})");
                continue;
            }

            // A redirect (e.g. to the sign-in page) lands on another kind: that is the page checked, once.
            var kind = KindOf(visit.Landed);
            visited.Add(KindOf(visit.Url));
            if (kind != KindOf(visit.Url) && !visited.Add(kind))
            {
                continue;
            }

            findings.AddRange(visit.Findings);
            foreach (var link in visit.Links.Where(l => queued.Add(KindOf(l))))
            {
                queue.Enqueue(link);
            }
        }

        var paths = visited.Select(k => k.Split('?')[0]).ToHashSet(StringComparer.OrdinalIgnoreCase);
        findings.AddRange(mustReach.Where(p => !paths.Contains(p)).Select(p => $"the crawl never reached {p}"));
        output.WriteLine($"{(email.Length > 0 ? email : "anonymous")}: {visited.Count} page kinds in {watch.Elapsed.TotalSeconds:0} s");
        output.WriteLine("visited: " + string.Join(", ", visited.Order(StringComparer.OrdinalIgnoreCase)));
        output.WriteLine("skipped (not HTML): " + string.Join(", ", skipped));
        await first.Context.CloseAsync();

        Assert.True(findings.Count == 0, $"{findings.Count} findings for {(email.Length > 0 ? email : "an anonymous visitor")}:\n" + string.Join("\n", findings));
    }

    /// <summary>One page checked at both widths: what axe and the width check found, and where it links.</summary>
    private sealed record Visit(Uri Url, Uri? Landed, string? ContentType, IReadOnlyList<string> Findings, IReadOnlyList<Uri> Links);

    /// <summary>Opens a page at the desktop width, checks it there and at the phone width; a download gives no landing page.</summary>
    private static async Task<Visit> VisitAsync(IPage page, Uri url, Uri origin)
    {
        await page.SetViewportSizeAsync(Widths[0].Width, Widths[0].Height);
        var response = await OpenAsync(page, url);
        var contentType = response is null ? null : await response.HeaderValueAsync("content-type");
        if (response is null || contentType is null || !contentType.StartsWith("text/html", StringComparison.OrdinalIgnoreCase))
        {
            return new Visit(url, null, contentType, [], []);
        }

        var landed = new Uri(page.Url);
        var findings = new List<string>();
        if (response.Status >= 400)
        {
            findings.Add($"{landed.PathAndQuery}: HTTP {response.Status} from a link the role is shown");
        }

        foreach (var width in Widths)
        {
            if (width != Widths[0])
            {
                // Charts follow the new width on the next animation frames (as they do when a phone turns).
                await page.SetViewportSizeAsync(width.Width, width.Height);
                await page.EvaluateAsync("() => new Promise(done => { requestAnimationFrame(() => requestAnimationFrame(done)); setTimeout(done, 1000); })");
            }

            findings.AddRange((await ViolationsAsync(page)).Select(v => $"{landed.PathAndQuery} @{width.Width}px: {v}"));
            if (await SidewaysScrollAsync(page) is { } overflow)
            {
                findings.Add($"{landed.PathAndQuery} @{width.Width}px: the page scrolls sideways ({overflow})");
            }
        }

        return new Visit(url, landed, contentType, findings, await LinksAsync(page, origin));
    }

    /// <summary>Notifications show more while unread: each signed-in role gets one it has not read yet.</summary>
    private Task<int> UnreadNotificationAsync(string email) =>
        portal.App.WithDatabaseAsync(async db =>
        {
            var userId = await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
            db.Notifications.Add(new Notification(userId, "Có văn bản hướng dẫn mới về báo cáo thi đua chuyển đổi số năm 2026; đề nghị đơn vị nghiên cứu và thực hiện.", "/Van-ban", null, portal.App.Clock.GetUtcNow()));
            return await db.SaveChangesAsync();
        });

    /// <summary>Opens a page; a link that turns out to be a download gives null.</summary>
    private static async Task<IResponse?> OpenAsync(IPage page, Uri url)
    {
        try
        {
            return await page.GotoAsync(url.ToString(), new PageGotoOptions { WaitUntil = WaitUntilState.DOMContentLoaded });
        }
        catch (PlaywrightException e) when (e.Message.Contains("Download is starting", StringComparison.Ordinal))
        {
            return null;
        }
    }

    /// <summary>Same-origin GET links of the page, without fragments, logout, downloads and file endpoints.</summary>
    private static async Task<IReadOnlyList<Uri>> LinksAsync(IPage page, Uri origin)
    {
        var hrefs = await page.EvaluateAsync<string[]>("() => Array.from(document.querySelectorAll('a[href]')).filter(a => !a.getAttribute('href').startsWith('#') && !a.hasAttribute('download')).map(a => a.href)");
        var links = new List<Uri>();
        foreach (var href in hrefs)
        {
            if (!Uri.TryCreate(href, UriKind.Absolute, out var link) || link.Scheme != origin.Scheme || link.Authority != origin.Authority)
            {
                continue;
            }

            var path = link.AbsolutePath;
            var last = path.Split('/', StringSplitOptions.RemoveEmptyEntries).LastOrDefault() ?? string.Empty;
            if (path.Contains("/Account/Logout", StringComparison.OrdinalIgnoreCase)
                || FileExtensions.Any(e => path.EndsWith(e, StringComparison.OrdinalIgnoreCase))
                || FileSegments.Contains(last))
            {
                continue;
            }

            links.Add(new UriBuilder(link) { Fragment = string.Empty }.Uri);
        }

        return links;
    }

    /// <summary>Query keys that only choose which rows one page shows (a document category, a unit type's map): one kind whatever the value.</summary>
    private static readonly HashSet<string> RowFilters = new(StringComparer.OrdinalIgnoreCase) { "category", "map" };

    /// <summary>The page's kind: numbers and identifiers in the path and numeric query values become placeholders.</summary>
    private static string KindOf(Uri url)
    {
        var segments = url.AbsolutePath.Split('/').Select(s => Guid.TryParse(s, out _) ? "{id}" : Digits().Replace(s, "{n}"));
        var query = url.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split('=', 2))
            .Select(p => p[0] + "=" + (p.Length < 2 || p[1].Length == 0 ? string.Empty
                : long.TryParse(p[1], out _) ? "{n}"
                : p[0].Equals("ReturnUrl", StringComparison.OrdinalIgnoreCase) ? "{url}"
                : RowFilters.Contains(p[0]) ? "{filter}"
                : Uri.UnescapeDataString(p[1])))
            .Order(StringComparer.Ordinal);
        var kind = string.Join('/', segments);
        return query.Any() ? kind + "?" + string.Join('&', query) : kind;
    }

    [GeneratedRegex("[0-9]+")]
    private static partial Regex Digits();

    /// <summary>When the whole page is wider than the window: the width and the innermost elements that reach that far.</summary>
    private static async Task<string?> SidewaysScrollAsync(IPage page) =>
        await page.EvaluateAsync<string?>("""
            () => {
                const width = document.documentElement.scrollWidth, shown = window.innerWidth;
                if (width <= shown) return null;
                const name = e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (typeof e.className === 'string' && e.className.trim() ? '.' + e.className.trim().split(/\s+/).join('.') : '');
                const far = Array.from(document.body.querySelectorAll('*')).filter(e => Math.ceil(e.getBoundingClientRect().right) >= width - 1);
                // Not what a scroll container clips (an absolutely positioned element may escape its clip).
                const clipped = e => {
                    if (['absolute', 'fixed'].includes(getComputedStyle(e).position)) return false;
                    for (let a = e.parentElement; a && a !== document.body; a = a.parentElement) {
                        if (getComputedStyle(a).overflowX !== 'visible') return a.getBoundingClientRect().right < width - 1;
                    }
                    return false;
                };
                const innermost = far.filter(e => !clipped(e) && !far.some(o => o !== e && e.contains(o) && !clipped(o)));
                return 'scrollWidth ' + width + ' > ' + shown + ': ' + innermost.slice(0, 4).map(e => name(e) + ' to ' + Math.round(e.getBoundingClientRect().right) + 'px').join(' ; ');
            }
            """);

    private static async Task<IReadOnlyList<string>> ViolationsAsync(IPage page)
    {
        if (!await page.EvaluateAsync<bool>("() => typeof axe !== 'undefined'"))
        {
            await page.AddScriptTagAsync(new PageAddScriptTagOptions { Path = Axe });
        }

        var result = await page.EvaluateAsync<JsonElement>("async () => (await axe.run(document, { resultTypes: ['violations'], rules: { 'label-content-name-mismatch': { enabled: true } } })).violations.map(v => ({ id: v.id, impact: v.impact, nodes: v.nodes.length, help: v.help + ' @ ' + v.nodes.slice(0, 4).map(n => n.target.join(' ') + ' ' + (n.any[0] ? n.any[0].message : '')).join(' ; ') }))");
        return result.EnumerateArray()
            .Where(v => v.GetProperty("impact").GetString() is "serious" or "critical")
            .Select(v => $"{v.GetProperty("id").GetString()} ({v.GetProperty("impact").GetString()}, {v.GetProperty("nodes").GetInt32()}): {v.GetProperty("help").GetString()}")
            .ToList();
    }

    /// <summary>The unit's journey with the keyboard alone: sign in, open the report, type, save.</summary>
    [Fact]
    public async Task Unit_journey_works_with_the_keyboard_alone()
    {
        var page = await portal.NewPageAsync();
        await page.GotoAsync("/Account/Login");
        await page.Keyboard.TypeAsync("htx@nlb.example");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync(LoginPage.DemoPassword);
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.GetByText("Xin chào, Phạm Văn Nam")).ToBeVisibleAsync();

        await TabUntilAsync(page, "Báo cáo của đơn vị");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(u => u.Contains("/Reports/", StringComparison.Ordinal), new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        var start = page.GetByRole(AriaRole.Button, new() { Name = "Bắt đầu báo cáo năm 2026" });
        if (await start.CountAsync() > 0)
        {
            await TabUntilAsync(page, "Bắt đầu báo cáo năm 2026");
            await page.Keyboard.PressAsync("Enter");
        }

        await page.WaitForURLAsync(u => u.Contains("/Reports/Edit/", StringComparison.Ordinal), new() { WaitUntil = WaitUntilState.DOMContentLoaded });
        await TabUntilAsync(page, "Các hoạt động đã triển khai và kết quả");
        await page.Keyboard.PressAsync("Control+A");
        await page.Keyboard.TypeAsync("Nhập bằng bàn phím.");
        await TabUntilAsync(page, "Lưu nháp");
        await page.Keyboard.PressAsync("Enter");

        await Expect(page.GetByText("Đã lưu nháp báo cáo.")).ToBeVisibleAsync();
        await Expect(page.Locator("#narrative-1")).ToHaveValueAsync("Nhập bằng bàn phím.");
    }

    /// <summary>Presses Tab until the focused element's accessible text contains <paramref name="name"/>.</summary>
    private static async Task TabUntilAsync(IPage page, string name)
    {
        for (var i = 0; i < 80; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            var focused = await page.EvaluateAsync<string>("() => { const e = document.activeElement; if (!e) return ''; const label = e.labels && e.labels.length ? e.labels[0].innerText : ''; return (e.innerText || '') + '|' + label + '|' + (e.getAttribute('aria-label') || ''); }");
            if (focused.Contains(name, StringComparison.Ordinal))
            {
                return;
            }
        }

        throw new InvalidOperationException($"Could not reach \"{name}\" with the Tab key");
    }
}
