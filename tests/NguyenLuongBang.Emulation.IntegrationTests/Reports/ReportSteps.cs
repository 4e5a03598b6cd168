using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using NguyenLuongBang.Emulation.IntegrationTests.Infrastructure;

namespace NguyenLuongBang.Emulation.IntegrationTests.Reports;

/// <summary>A unit's and a reviewer's steps through the report pages, as a browser takes them.</summary>
internal static partial class ReportSteps
{
    public static async Task<int> StartAsync(this HttpClient client, int year)
    {
        var page = await client.GetAsync($"/Reports/Year/{year}");
        if (page.StatusCode == HttpStatusCode.Redirect)
        {
            return IdFrom(page.Headers.Location!.OriginalString);
        }

        var started = await client.PostFormAsync($"/Reports/Year/{year}", $"/Reports/Start?year={year}", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        return IdFrom(started.Headers.Location!.OriginalString);
    }

    public static async Task<HtmlForm> EditFormAsync(this HttpClient client, int id)
    {
        var html = await client.GetStringAsync($"/Reports/Edit/{id}");
        return HtmlForm.Parse(html, "report-form");
    }

    /// <summary>Index in the posted form of each area, by its number 1-8.</summary>
    public static int AreaIndex(this HtmlForm form, PortalFactory factory, int areaNumber)
    {
        var areaId = factory.WithDatabaseAsync(db => db.ContentAreas.Where(a => a.Number == areaNumber).Select(a => a.Id).SingleAsync()).GetAwaiter().GetResult();
        var field = form.Fields.Single(f => f.Key.EndsWith(".ContentAreaId", StringComparison.Ordinal) && f.Value == areaId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return int.Parse(AreaIndexPattern().Match(field.Key).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    public static HtmlForm Narrative(this HtmlForm form, PortalFactory factory, int areaNumber, string text) =>
        form.Set($"Areas[{form.AreaIndex(factory, areaNumber)}].Narrative", text);

    public static HtmlForm FillAll(this HtmlForm form, PortalFactory factory, string prefix = "Kết quả")
    {
        for (var number = 1; number <= 8; number++)
        {
            form.Narrative(factory, number, $"{prefix} nội dung {number}.");
        }

        return form;
    }

    public static Task<HttpResponseMessage> SaveAsync(this HtmlForm form, HttpClient client) => form.PostAsync(client, "intent", "save");

    public static Task<HttpResponseMessage> SubmitAsync(this HtmlForm form, HttpClient client) => form.PostAsync(client, "intent", "submit");

    public static int IdFrom(string location) => int.Parse(TrailingId().Match(location).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^Areas\[(\d+)\]")]
    private static partial Regex AreaIndexPattern();

    [GeneratedRegex(@"/(\d+)(?:[?#].*)?$")]
    private static partial Regex TrailingId();
}
