using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NguyenLuongBang.Emulation.Domain.Communes;
using NguyenLuongBang.Emulation.IntegrationTests.Communes;
using NguyenLuongBang.Emulation.IntegrationTests.Infrastructure;
using NguyenLuongBang.Emulation.Web.Data;
using Xunit.Abstractions;

namespace NguyenLuongBang.Emulation.IntegrationTests.Security;

/// <summary>
/// The authorization matrix's second axis: every action that takes a record's id, called by each
/// role of commune B with the ids of commune A's records (the demo's, created before B's, so the
/// smallest ids of every table are A's), answers not found or forbidden, says nothing of A, and
/// writes nothing in A. The endpoints are read from the app, so a new action cannot escape.
/// </summary>
public sealed partial class CrossCommuneMatrixTests(CommuneIsolationTests.TwoCommunes portal, ITestOutputHelper output) : IClassFixture<CommuneIsolationTests.TwoCommunes>
{
    private static readonly Dictionary<string, string> CallersOfB = new()
    {
        ["U"] = CommuneIsolationTests.StaffB,
        ["R"] = CommuneIsolationTests.ReviewerB,
        ["M"] = CommuneIsolationTests.CouncilB,
        ["C"] = CommuneIsolationTests.ChairmanB,
        ["D"] = CommuneIsolationTests.AdminB,
    };

    /// <summary>
    /// Not a record of a commune: error pages take a status code, verification codes are global by
    /// design (the page opens the issuing commune's record for anyone), the city's pages take a
    /// commune's number and are the city's (CityViewTests), and a create form's optional id is unused.
    /// </summary>
    private static bool TakesARecordOfTheCommune(string template) =>
        Id().IsMatch(template) && !template.StartsWith("Error/", StringComparison.Ordinal) && !template.StartsWith("Xac-thuc", StringComparison.Ordinal)
        && !template.StartsWith("Thanh-pho", StringComparison.Ordinal) && !template.Contains("/Create/", StringComparison.Ordinal);

    [Fact]
    public async Task Every_action_on_a_record_answers_another_communes_roles_not_found_or_forbidden_and_writes_nothing()
    {
        await portal.EnsureAsync();
        List<string> usersOfA;
        (int Count, long Last) auditOfA;
        using (var inA = portal.Services.CreateScope())
        {
            inA.ServiceProvider.GetRequiredService<CommuneScope>().Use(Commune.FirstId);
            var db = inA.ServiceProvider.GetRequiredService<AppDbContext>();
            usersOfA = await db.Users.OrderBy(u => u.Email).Select(u => u.Id).Take(3).ToListAsync();
            auditOfA = (await db.AuditEntries.CountAsync(), await db.AuditEntries.MaxAsync(e => e.Id));
        }

        var endpoints = AuthorizationMatrixTests.Endpoints(portal.Services).Where(e => TakesARecordOfTheCommune(e.Template)).ToList();
        Assert.True(endpoints.Count > 60, $"only {endpoints.Count} actions take a record");
        var wrong = new List<string>();
        var calls = 0;
        foreach (var (who, email) in CallersOfB)
        {
            var client = portal.CreatePortalClient();
            await client.SignInAsync(email);
            var token = await client.AntiforgeryTokenAsync("/");
            foreach (var (method, template, _) in endpoints)
            {
                var ids = template.StartsWith("Admin/Users/", StringComparison.Ordinal) || template.StartsWith("Admin/Certificates/", StringComparison.Ordinal) ? usersOfA : ["1", "2", "3"];
                foreach (var id in ids)
                {
                    var url = "/" + Parameter().Replace(template, m => m.Groups[1].Value switch
                    {
                        "round" => "2025",
                        "year" => "2025",
                        _ => id,
                    });
                    using var request = new HttpRequestMessage(new HttpMethod(method), url);
                    if (method == "POST")
                    {
                        request.Content = new FormUrlEncodedContent([new("__RequestVerificationToken", token)]);
                    }

                    using var response = await client.SendAsync(request);
                    calls++;
                    var toSignIn = response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location?.OriginalString.Contains("/Account/Login", StringComparison.Ordinal) == true;
                    if (response.StatusCode is not (HttpStatusCode.NotFound or HttpStatusCode.Forbidden) && !toSignIn)
                    {
                        wrong.Add($"{method} {url} as {who} of B: {(int)response.StatusCode} {response.Headers.Location}");
                    }
                    else if ((await response.Content.ReadAsStringAsync()).Contains("Lương Bằng", StringComparison.Ordinal))
                    {
                        wrong.Add($"{method} {url} as {who} of B: the answer names commune A");
                    }
                }
            }
        }

        output.WriteLine($"{endpoints.Count} actions, {calls} calls");
        output.WriteLine(string.Join(Environment.NewLine, wrong));
        Assert.Empty(wrong);
        using var after = portal.Services.CreateScope();
        after.ServiceProvider.GetRequiredService<CommuneScope>().Use(Commune.FirstId);
        var dbAfter = after.ServiceProvider.GetRequiredService<AppDbContext>();
        Assert.Equal(auditOfA, (await dbAfter.AuditEntries.CountAsync(), await dbAfter.AuditEntries.MaxAsync(e => e.Id)));
    }

    [GeneratedRegex(@"\{\*?([a-zA-Z]+)[^}]*\}")]
    private static partial Regex Parameter();

    [GeneratedRegex(@"\{(id|[a-zA-Z]+Id)\b[^}]*\}")]
    private static partial Regex Id();
}
