using System.Net;
using Microsoft.EntityFrameworkCore;
using NguyenLuongBang.Emulation.IntegrationTests.Infrastructure;

namespace NguyenLuongBang.Emulation.IntegrationTests.Reports;

/// <summary>A unit never reaches another unit's report, files or commendations, by any route that takes an id.</summary>
public class ReportSecurityTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private async Task<(int ReportId, int AttachmentId)> OtherUnitsReportAsync()
    {
        // The cooperative's 2026 report, with one evidence file.
        var owner = factory.CreatePortalClient();
        await owner.SignInAsync("htx@nlb.example");
        var id = await owner.StartAsync(2026);
        var existing = await factory.WithDatabaseAsync(db => db.AnnualReports.Where(r => r.Id == id).SelectMany(r => r.Attachments).Select(a => a.Id).FirstOrDefaultAsync());
        if (existing != 0)
        {
            return (id, existing);
        }

        var token = await owner.AntiforgeryTokenAsync($"/Reports/Edit/{id}");
        using var upload = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(EvidenceSamples.Pdf), "file", "ke-hoach.pdf" },
        };
        Assert.Equal(HttpStatusCode.Redirect, (await owner.PostAsync($"/Reports/{id}/Upload", upload)).StatusCode);
        var attachment = await factory.WithDatabaseAsync(db => db.AnnualReports.Where(r => r.Id == id).SelectMany(r => r.Attachments).Select(a => a.Id).SingleAsync());
        return (id, attachment);
    }

    public static TheoryData<string, string> ForeignRoutes() => new()
    {
        { "GET", "/Reports/Edit/{0}" },
        { "GET", "/Reports/Details/{0}" },
        { "GET", "/Reports/Changes/{0}?version=1" },
        { "GET", "/Reports/{0}/File?attachmentId={1}" },
        { "POST", "/Reports/Edit/{0}" },
        { "POST", "/Reports/{0}/Upload" },
        { "POST", "/Reports/{0}/RemoveFile?attachmentId={1}" },
        { "POST", "/Reports/{0}/Propose" },
        { "POST", "/Reports/{0}/Withdraw?proposalId=1" },
    };

    [Theory]
    [MemberData(nameof(ForeignRoutes))]
    public async Task Another_units_report_is_refused_on_every_route(string method, string route)
    {
        var (reportId, attachmentId) = await OtherUnitsReportAsync();
        var intruder = factory.CreatePortalClient();
        await intruder.SignInAsync("tieuhoc@nlb.example");
        var url = string.Format(System.Globalization.CultureInfo.InvariantCulture, route, reportId, attachmentId);

        HttpResponseMessage response;
        if (method == "GET")
        {
            response = await intruder.GetAsync(url);
        }
        else
        {
            var token = await intruder.AntiforgeryTokenAsync("/");
            using var body = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["NomineeName"] = "X", ["Achievement"] = "Y" });
            response = await intruder.PostAsync(url, body);
        }

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(1, await factory.WithDatabaseAsync(db => db.AnnualReports.Where(r => r.Id == reportId).SelectMany(r => r.Attachments).CountAsync()));
    }

    [Theory]
    [InlineData("chuyenvien@nlb.example", "/Reports/Details/{0}", HttpStatusCode.OK)]
    [InlineData("chutich@nlb.example", "/Reports/Details/{0}", HttpStatusCode.OK)]
    [InlineData("chuyenvien@nlb.example", "/Reports/{0}/File?attachmentId={1}", HttpStatusCode.OK)]
    [InlineData("chuyenvien@nlb.example", "/Reports/Edit/{0}", HttpStatusCode.Forbidden)]
    [InlineData("hoidong1@nlb.example", "/Reports/Details/{0}", HttpStatusCode.Forbidden)]
    [InlineData("quantri@nlb.example", "/Reports/Details/{0}", HttpStatusCode.Forbidden)]
    [InlineData("htx@nlb.example", "/Reports/{0}/File?attachmentId={1}", HttpStatusCode.OK)]
    public async Task Readers_by_role(string email, string route, HttpStatusCode expected)
    {
        var (reportId, attachmentId) = await OtherUnitsReportAsync();
        var client = factory.CreatePortalClient();
        await client.SignInAsync(email);

        var response = await client.GetAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, route, reportId, attachmentId));

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task Missing_report_is_404()
    {
        var client = factory.CreatePortalClient();
        await client.SignInAsync("tieuhoc@nlb.example");

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/Reports/Details/999999")).StatusCode);
    }

    [Fact]
    public async Task Reviewer_decisions_are_refused_to_unit_staff()
    {
        var (reportId, _) = await OtherUnitsReportAsync();
        var unit = factory.CreatePortalClient();
        await unit.SignInAsync("htx@nlb.example");

        var response = await unit.PostFormAsync("/", $"/Review/Accept/{reportId}", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
