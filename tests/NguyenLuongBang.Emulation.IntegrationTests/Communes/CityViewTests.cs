using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NguyenLuongBang.Emulation.Domain.Common;
using NguyenLuongBang.Emulation.Domain.Communes;
using NguyenLuongBang.Emulation.Domain.Documents;
using NguyenLuongBang.Emulation.IntegrationTests.Infrastructure;
using NguyenLuongBang.Emulation.Web.Data.Seeding;
using NguyenLuongBang.Emulation.Web.Data;
using NguyenLuongBang.Emulation.Web.Infrastructure;
using UglyToad.PdfPig;

namespace NguyenLuongBang.Emulation.IntegrationTests.Communes;

/// <summary>
/// The city's Ban Thi đua - Khen thưởng: one account of the city reads every commune (who has
/// reported, the issued consolidated reports as stored, the Bằng khen proposals with their dossiers)
/// and records the city's decision, which lands in the proposing commune. Runs on SQLite and PostgreSQL.
/// </summary>
public sealed partial class CityViewTests : IClassFixture<CityPortal>
{
    private static readonly string CityEmail = DemoData.CityAccount.Email;
    private const string AdminB = CityPortal.AdminB;
    private const string ProposalA = CityPortal.ProposalA;
    private const string ProposalB = CityPortal.ProposalB;

    private readonly CityPortal _portal;

    public CityViewTests(CityPortal portal) => _portal = portal;

    private async Task<HttpClient> SignedInAsync(string email)
    {
        await _portal.EnsureAsync();
        var client = _portal.CreatePortalClient();
        var signIn = await client.SignInAsync(email);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        return client;
    }

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    /// <summary>The cells of the row a commune has in the city's table.</summary>
    private static string[] RowOf(string html, string commune)
    {
        var row = Regex.Match(html, $"<th scope=\"row\"[^>]*>{Regex.Escape(commune)}</th>(.*?)</tr>", RegexOptions.Singleline);
        Assert.True(row.Success, $"No row for {commune}");
        return Cells().Matches(row.Groups[1].Value).Select(m => Regex.Replace(m.Groups[1].Value, "<[^>]+>", string.Empty).Trim()).ToArray();
    }

    [Fact]
    public async Task The_city_lands_on_every_communes_reporting_figures_counted_from_their_own_rows()
    {
        var city = await SignedInAsync(CityEmail);

        var home = await city.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
        Assert.EndsWith("/Thanh-pho", home.Headers.Location!.OriginalString, StringComparison.Ordinal);
        var html = await city.GetStringAsync("/Thanh-pho?year=2026");

        int units, submitted, onTime;
        using (var inA = _portal.InCommune(Commune.FirstId))
        {
            var db = inA.ServiceProvider.GetRequiredService<AppDbContext>();
            units = await db.Units.CountAsync(u => u.IsActive);
            var reports = await db.AnnualReports.Where(r => r.Year == 2026).Select(r => new { r.FirstSubmittedAt, r.SubmittedLate }).ToListAsync();
            submitted = reports.Count(r => r.FirstSubmittedAt != null);
            onTime = reports.Count(r => r.FirstSubmittedAt != null && !r.SubmittedLate);
        }

        Assert.True(submitted > 0, "the demo has submitted reports for 2026");
        var a = RowOf(html, "xã Nguyễn Lương Bằng");
        Assert.Equal(Id(units), a[0]);
        Assert.Equal(Id(submitted), a[1]);
        Assert.StartsWith($"{onTime} ({(int)Math.Round(100.0 * onTime / units, MidpointRounding.AwayFromZero)}%)", a[3], StringComparison.Ordinal);
        var b = RowOf(html, "phường An Hải");
        Assert.Equal(["2", "0", "0"], b[..3]);
        Assert.Equal("Chưa ban hành", b[4]);
        Assert.DoesNotContain(">thành phố Hải Phòng</th>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_city_downloads_a_communes_issued_consolidated_report_exactly_as_stored()
    {
        var city = await SignedInAsync(CityEmail);
        var html = await city.GetStringAsync("/Thanh-pho?year=2025");
        var link = $"/Thanh-pho/Bao-cao/{Commune.FirstId}/2025.pdf";
        Assert.Contains(link, html, StringComparison.Ordinal);

        var bytes = await city.GetByteArrayAsync(link);

        string stored;
        using (var inA = _portal.InCommune(Commune.FirstId))
        {
            var db = inA.ServiceProvider.GetRequiredService<AppDbContext>();
            var documentId = await db.ConsolidatedReports.Where(r => r.RoundYear == 2025 && r.RoundKind == RoundKind.Annual).Select(r => r.DocumentId).SingleAsync();
            stored = await db.IssuedDocuments.Where(d => d.Id == documentId).SelectMany(d => d.Files)
                .Where(f => f.Format == IssuedFileFormat.Pdf).Select(f => f.StoredFile!.Sha256).SingleAsync();
        }

        Assert.Equal(stored, Web.Documents.DocumentIssuer.Sha256(bytes));
        Assert.Equal(HttpStatusCode.NotFound, (await city.GetAsync($"/Thanh-pho/Bao-cao/{Id(_portal.CommuneB)}/2025.pdf")).StatusCode);
    }

    /// <summary>The city adds up each indicator by its rule over every commune's accepted reports: here a flow, summed over the units that reported it.</summary>
    [Fact]
    public async Task The_city_adds_up_each_indicator_by_its_rule_across_communes()
    {
        var city = await SignedInAsync(CityEmail);
        var html = await city.GetStringAsync("/Thanh-pho/Chi-tieu?year=2025");

        string code, name, measure;
        decimal sum;
        int units;
        using (var inA = _portal.InCommune(Commune.FirstId))
        {
            var db = inA.ServiceProvider.GetRequiredService<AppDbContext>();
            var values = await (
                    from r in db.AnnualReports
                    where r.Year == 2025 && r.Status == Domain.Reports.ReportStatus.Accepted
                    join s in db.Set<Domain.Reports.ReportAreaSection>() on r.Id equals s.AnnualReportId
                    join v in db.Set<Domain.Reports.IndicatorValue>() on s.Id equals v.ReportAreaSectionId
                    join i in db.Indicators on v.IndicatorId equals i.Id
                    where v.Value != null && i.Aggregation == Domain.Campaigns.IndicatorAggregation.Flow
                    select new { i.Code, i.Name, i.MeasureUnit, r.UnitId, Value = v.Value!.Value })
                .ToListAsync();
            var flow = values.GroupBy(v => v.Code).OrderByDescending(g => g.Count()).First();
            (code, name, measure, sum, units) = (flow.Key, flow.First().Name, flow.First().MeasureUnit, flow.Sum(v => v.Value), flow.Select(v => v.UnitId).Distinct().Count());
        }

        var row = Regex.Match(html, $"<td>{Regex.Escape(code)}</td>\\s*<th scope=\"row\"[^>]*>{Regex.Escape(name)}</th>(.*?)</tr>", RegexOptions.Singleline);
        Assert.True(row.Success, $"No row for {code}");
        var cells = Cells().Matches(row.Groups[1].Value).Select(m => m.Groups[1].Value.Trim()).ToArray();
        // The figure with its unit of measure, as every page shows it (issue 34).
        Assert.Equal($"{Web.Infrastructure.VietnameseNumber.Format(sum)} {measure}", cells[0]);
        Assert.Equal(Id(units), cells[1]);
        Assert.Equal("1", cells[2]);
    }

    [Fact]
    public async Task The_citys_indicators_follow_a_report_reopened_in_a_commune_at_once()
    {
        var city = await SignedInAsync(CityEmail);
        async Task<string> TableAsync() =>
            Regex.Match(await city.GetStringAsync("/Thanh-pho/Chi-tieu?year=2025"), "<table.*?</table>", RegexOptions.Singleline).Value;
        var before = await TableAsync();
        Assert.NotEmpty(before);
        Assert.Equal(before, await TableAsync());

        using (var inA = _portal.InCommune(Commune.FirstId))
        {
            var db = inA.ServiceProvider.GetRequiredService<AppDbContext>();
            var accepted = await db.AnnualReports.Where(r => r.Year == 2025 && r.Status == Domain.Reports.ReportStatus.Accepted).OrderBy(r => r.Id).FirstAsync();
            accepted.Reopen(new Actor("test-reviewer", "Chuyên viên"), _portal.Clock.GetUtcNow(), "Bổ sung số liệu.");
            await db.SaveChangesAsync();
        }

        // One unit fewer in the sums: the next page shows it, not the copy kept in memory.
        Assert.NotEqual(before, await TableAsync());
    }

    [Fact]
    public async Task The_city_view_reads_a_fixed_number_of_queries_whatever_the_number_of_communes()
    {
        var city = await SignedInAsync(CityEmail);
        async Task<int> CountAsync()
        {
            await city.GetStringAsync("/Thanh-pho?year=2026");
            _portal.Commands.Reset();
            await city.GetStringAsync("/Thanh-pho?year=2026");
            return _portal.Commands.Count;
        }

        var withTwo = await CountAsync();
        using (var scope = _portal.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            db.Communes.Add(new Commune("kien-an", "Kiến An", CommuneKind.Phuong));
            await db.SaveChangesAsync();
            scope.ServiceProvider.GetRequiredService<CommuneDirectory>().Refresh();
        }

        var withThree = await CountAsync();
        Assert.Contains("phường Kiến An", await city.GetStringAsync("/Thanh-pho?year=2026"), StringComparison.Ordinal);
        Assert.Equal(withTwo, withThree);
        Assert.True(withTwo <= 6, $"{withTwo} queries");
    }

    [Fact]
    public async Task The_city_records_its_decision_which_lands_in_the_proposing_communes_honour_board_and_audit_chain()
    {
        var city = await SignedInAsync(CityEmail);
        var list = await city.GetStringAsync("/Thanh-pho/Bang-khen");
        Assert.Contains(ProposalA, list, StringComparison.Ordinal);
        Assert.Contains(ProposalB, list, StringComparison.Ordinal);
        var action = $"/Thanh-pho/Bang-khen/{Commune.FirstId}/{Id(_portal.ProposalAId)}";
        var date = _portal.SentOn.AddDays(2).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

        // No number: refused in Vietnamese, with what was typed, and nothing written.
        var refused = await city.PostFormAsync("/Thanh-pho/Bang-khen", action, new Dictionary<string, string> { ["awarded"] = "true", ["number"] = "", ["decidedOn"] = date });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var page = await refused.Content.ReadAsStringAsync();
        Assert.Contains("Số quyết định của thành phố", page, StringComparison.Ordinal);
        Assert.Contains($"value=\"{date}\"", page, StringComparison.Ordinal);

        var done = await city.PostFormAsync("/Thanh-pho/Bang-khen", action, new Dictionary<string, string> { ["awarded"] = "true", ["number"] = "2468/QĐ-UBND", ["decidedOn"] = date });
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
        var again = await city.PostFormAsync("/Thanh-pho/Bang-khen", action, new Dictionary<string, string> { ["awarded"] = "true", ["number"] = "2468/QĐ-UBND", ["decidedOn"] = date });
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);

        // A different decision afterwards (another tab): refused, said on the city's own page, nothing changed.
        var other = await city.PostFormAsync("/Thanh-pho/Bang-khen", action, new Dictionary<string, string> { ["awarded"] = "false", ["number"] = "1/QĐ-UBND", ["decidedOn"] = date });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, other.StatusCode);
        var otherPage = await other.Content.ReadAsStringAsync();
        Assert.Contains("Đã ghi nhận quyết định của thành phố cho đề nghị này.", otherPage, StringComparison.Ordinal);
        Assert.Contains("UBND thành phố Hải Phòng", otherPage, StringComparison.Ordinal);
        Assert.DoesNotContain("UBND xã Nguyễn Lương Bằng", otherPage, StringComparison.Ordinal);

        // The same number with another date is not "the same decision again": refused, not silently ignored.
        var redated = await city.PostFormAsync("/Thanh-pho/Bang-khen", action, new Dictionary<string, string>
        {
            ["awarded"] = "true", ["number"] = "2468/QĐ-UBND", ["decidedOn"] = _portal.SentOn.AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, redated.StatusCode);

        using (var inA = _portal.InCommune(Commune.FirstId))
        {
            var db = inA.ServiceProvider.GetRequiredService<AppDbContext>();
            var nomination = await db.Nominations.SingleAsync(n => n.Id == _portal.ProposalAId);
            Assert.True(nomination.City?.Awarded);
            Assert.Equal("2468/QĐ-UBND", nomination.City?.DecisionNumber);
            var audited = await db.AuditEntries.Where(e => e.Action == "Ghi nhận quyết định khen thưởng của thành phố" && e.EntityId == Id(_portal.ProposalAId)).ToListAsync();
            Assert.Equal(DemoData.CityAccount.FullName, Assert.Single(audited).UserName);
        }

        using (var inB = _portal.InCommune(_portal.CommuneB))
        {
            Assert.Null((await inB.ServiceProvider.GetRequiredService<AppDbContext>().Nominations.SingleAsync(n => n.Id == _portal.ProposalBId)).City?.Awarded);
        }

        var visitor = _portal.CreatePortalClient();
        Assert.Contains(ProposalA, await visitor.GetStringAsync("/nguyen-luong-bang/Vinh-danh"), StringComparison.Ordinal);
        Assert.DoesNotContain(ProposalA, await visitor.GetStringAsync("/an-hai/Vinh-danh"), StringComparison.Ordinal);
        Assert.Contains("2468/QĐ-UBND", await city.GetStringAsync("/Thanh-pho/Bang-khen"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_city_reads_each_proposals_dossier_in_its_communes_name()
    {
        var city = await SignedInAsync(CityEmail);

        using var pdfA = PdfDocument.Open(await city.GetByteArrayAsync($"/Thanh-pho/Bang-khen/{Commune.FirstId}/{Id(_portal.ProposalAId)}.pdf"));
        var textA = string.Join(" ", pdfA.GetPage(1).GetWords().Select(w => w.Text));
        using var pdfB = PdfDocument.Open(await city.GetByteArrayAsync($"/Thanh-pho/Bang-khen/{Id(_portal.CommuneB)}/{Id(_portal.ProposalBId)}.pdf"));
        var textB = string.Join(" ", pdfB.GetPage(1).GetWords().Select(w => w.Text));

        Assert.Contains("NGUYỄN LƯƠNG BẰNG", textA, StringComparison.Ordinal);
        Assert.Contains("PHƯỜNG AN HẢI", textB, StringComparison.Ordinal);
        Assert.DoesNotContain("LƯƠNG BẰNG", textB, StringComparison.Ordinal);
    }

    /// <summary>Ids of one commune under another's number, the city's own row, or unknown: all not found, and nothing said about whether they exist.</summary>
    [Fact]
    public async Task A_proposal_is_found_only_under_its_own_commune()
    {
        var city = await SignedInAsync(CityEmail);
        foreach (var url in new[]
                 {
                     $"/Thanh-pho/Bang-khen/{Commune.FirstId}/{Id(_portal.ProposalBId)}.pdf",
                     $"/Thanh-pho/Bang-khen/{Id(_portal.CityId)}/{Id(_portal.ProposalAId)}.pdf",
                     $"/Thanh-pho/Bang-khen/987654/{Id(_portal.ProposalAId)}.pdf",
                     $"/Thanh-pho/Bao-cao/{Id(_portal.CityId)}/2025.pdf",
                 })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await city.GetAsync(url)).StatusCode);
        }

        var crossed = await city.PostFormAsync("/Thanh-pho/Bang-khen", $"/Thanh-pho/Bang-khen/{Commune.FirstId}/{Id(_portal.ProposalBId)}",
            new Dictionary<string, string> { ["awarded"] = "false", ["number"] = "1/QĐ", ["decidedOn"] = _portal.SentOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) });
        Assert.Equal(HttpStatusCode.NotFound, crossed.StatusCode);
        using var inB = _portal.InCommune(_portal.CommuneB);
        Assert.Null((await inB.ServiceProvider.GetRequiredService<AppDbContext>().Nominations.SingleAsync(n => n.Id == _portal.ProposalBId)).City?.Awarded);
    }

    [Fact]
    public async Task Only_the_city_opens_the_city_pages_and_the_city_opens_no_communes_pages()
    {
        await _portal.EnsureAsync();
        foreach (var email in new[] { "quantri@nlb.example", "chuyenvien@nlb.example", "chutich@nlb.example", "tieuhoc@nlb.example", AdminB })
        {
            var commune = await SignedInAsync(email);
            Assert.Equal(HttpStatusCode.Forbidden, (await commune.GetAsync("/Thanh-pho")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await commune.GetAsync("/Thanh-pho/Bang-khen")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await commune.GetAsync($"/Thanh-pho/Bao-cao/{Commune.FirstId}/2025.pdf")).StatusCode);
            var post = await commune.PostFormAsync("/", $"/Thanh-pho/Bang-khen/{Id(_portal.CommuneB)}/{Id(_portal.ProposalBId)}",
                new Dictionary<string, string> { ["awarded"] = "true", ["number"] = "9/QĐ", ["decidedOn"] = _portal.SentOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) });
            Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
        }

        var anonymous = _portal.CreatePortalClient();
        Assert.Contains("/Account/Login", (await anonymous.GetAsync("/Thanh-pho")).Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.DoesNotContain("/thanh-pho/Phong-trao", await anonymous.GetStringAsync("/"), StringComparison.OrdinalIgnoreCase);

        var city = await SignedInAsync(CityEmail);
        foreach (var page in new[] { "/Review/Index", "/Dashboard", "/Admin/Users", "/Awards/2026", "/Consolidation/2025/Pdf" })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await city.GetAsync(page)).StatusCode);
        }
    }

    /// <summary>
    /// The public check reads a document in its issuing commune's own scope: asked from another
    /// commune's session, the page is the issuing commune's, and the session stays in its own commune.
    /// </summary>
    [Fact]
    public async Task A_document_checked_from_another_communes_session_is_shown_as_its_issuing_communes()
    {
        var adminB = await SignedInAsync(AdminB);
        (string Code, string Number) certificate;
        using (var inA = _portal.InCommune(Commune.FirstId))
        {
            certificate = await inA.ServiceProvider.GetRequiredService<AppDbContext>().IssuedDocuments
                .Where(d => d.Kind == IssuedDocumentKind.Certificate && d.VerificationCode != null)
                .Select(d => new ValueTuple<string, string>(d.VerificationCode!, d.Number)).FirstAsync();
        }

        var page = WebUtility.HtmlDecode(await adminB.GetStringAsync($"/Xac-thuc/{certificate.Code}"));
        Assert.Contains($"Giấy khen số {certificate.Number}", page, StringComparison.Ordinal);
        Assert.Contains("Thi đua chuyển đổi số xã Nguyễn Lương Bằng</title>", page, StringComparison.Ordinal);
        Assert.Contains("Ủy ban nhân dân xã Nguyễn Lương Bằng", page, StringComparison.Ordinal);
        Assert.DoesNotContain("An Hải", page, StringComparison.Ordinal);

        var own = WebUtility.HtmlDecode(await adminB.GetStringAsync("/Admin/Users"));
        Assert.Contains("phường An Hải", own, StringComparison.Ordinal);
        Assert.Contains(AdminB, own, StringComparison.Ordinal);
    }

    [GeneratedRegex("<td[^>]*>(.*?)</td>", RegexOptions.Singleline)]
    private static partial Regex Cells();
}
