using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using NguyenLuongBang.Emulation.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace NguyenLuongBang.Emulation.IntegrationTests.Security;

/// <summary>
/// Every controller action the app exposes (read from the endpoint data source, so a new action
/// cannot escape) against anonymous and each role: who gets past authorization, who is refused.
/// </summary>
public sealed partial class AuthorizationMatrixTests(PortalFactory factory, ITestOutputHelper output) : IClassFixture<PortalFactory>
{
    /// <summary>Who: A anonymous, U unit staff, R reviewer, M council member, C chairman (also a council member), D administrator, T the city's Ban Thi đua - Khen thưởng, L a leader of the Ban (also T), K the city's administrator.</summary>
    private static readonly string[] Callers = ["A", "U", "R", "M", "C", "D", "T", "L", "K"];

    internal static readonly Dictionary<string, string> Accounts = new()
    {
        ["U"] = "vanphong@nlb.example",
        ["R"] = "chuyenvien@nlb.example",
        ["M"] = "hoidong1@nlb.example",
        ["C"] = "chutich@nlb.example",
        ["D"] = "quantri@nlb.example",
        ["T"] = Web.Data.Seeding.DemoData.CityAccount.Email,
        ["L"] = Web.Data.Seeding.DemoData.CityHeadAccount.Email,
        ["K"] = Web.Data.Seeding.DemoData.CityAdminAccount.Email,
    };

    public static IReadOnlyList<(string Method, string Template, string Url)> Endpoints(IServiceProvider services)
    {
        var list = new List<(string, string, string)>();
        foreach (var endpoint in services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            if (endpoint.Metadata.GetMetadata<ControllerActionDescriptor>() is not { } action)
            {
                continue;
            }

            var methods = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"];
            var template = action.AttributeRouteInfo?.Template ?? $"{action.ControllerName}/{action.ActionName}" + (action.Parameters.Any(p => p.Name == "id") ? "/{id}" : string.Empty);
            var url = "/" + Parameter().Replace(template, m => m.Groups[1].Value switch
            {
                "round" => "2025",
                "year" => "2026",
                "statusCode" or "code" => "404",
                _ => "1",
            });
            foreach (var method in methods)
            {
                list.Add((method, template, url));
            }
        }

        return list.Distinct().OrderBy(e => e.Item2, StringComparer.Ordinal).ThenBy(e => e.Item1, StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// Who gets past authorization, per action. Resource checks (a unit's own report) come after and
    /// are tested separately with forged ids; a POST that passes answers 400 here for want of an
    /// antiforgery token, which is what proves it passed.
    /// </summary>
    internal static readonly Dictionary<string, string> Expected = new()
    {
        ["GET Account/ChangePassword"] = "URMCDTLK",
        ["POST Account/ChangePassword"] = "URMCDTLK",
        ["GET Account/KeepAlive"] = "URMCDTLK",
        ["GET Account/Login"] = "AURMCDTLK",
        ["POST Account/Login"] = "AURMCDTLK",
        ["GET Account/ForgotPassword"] = "AURMCDTLK",
        ["POST Account/ForgotPassword"] = "AURMCDTLK",
        ["GET Account/ResetPassword"] = "AURMCDTLK",
        ["POST Account/ResetPassword"] = "AURMCDTLK",
        ["POST Account/Logout"] = "URMCDTLK",
        ["GET Admin/Audit"] = "D",
        ["GET Admin/Audit/Export"] = "D",
        ["GET Admin/Certificates"] = "DK",
        ["GET Admin/Certificates/{accountId}"] = "D", // the city administrator too: an account id of a commune is not in the city (404)
        ["POST Admin/Certificates/{accountId}/Bind"] = "DK",
        ["POST Admin/Certificates/{accountId}/Key"] = "DK",
        ["POST Admin/Certificates/{accountId}/Key/Remove"] = "DK",
        ["POST Admin/Certificates/{accountId}/Remove/{id:int}"] = "DK",
        ["GET Admin/Indicators"] = "D",
        ["GET Admin/Indicators/Create/{id:int?}"] = "D",
        ["POST Admin/Indicators/Create/{id:int?}"] = "D",
        ["GET Admin/Indicators/Edit/{id:int?}"] = "D",
        ["POST Admin/Indicators/Edit/{id:int?}"] = "D",
        ["POST Admin/Indicators/Retire/{id:int?}"] = "D",
        ["POST Admin/Indicators/Reinstate/{id:int?}"] = "D",
        ["GET Admin/Outbox"] = "D",
        ["GET Admin/Register"] = "D",
        ["GET Admin/Register/Next"] = "D",
        ["GET Admin/Register/Files/{fileId:int}"] = "D",
        ["POST Admin/Register/Next"] = "D",
        ["GET Admin/Register/Paper"] = "D",
        ["POST Admin/Register/Paper"] = "D",
        ["POST Admin/Register/SignedCopy/{id:int}"] = "D",
        ["GET Admin/Signing"] = "DK",
        ["POST Admin/Signing/Install"] = "DK",
        ["POST Admin/Signing/Seal"] = "DK",
        ["POST Admin/Signing/Remove"] = "DK",
        ["GET Admin/Settings"] = "D",
        ["GET Admin/Settings/BlankAlignment.pdf"] = "D",
        ["POST Admin/Settings/Save"] = "D",
        ["GET Admin/Units"] = "D",
        ["GET Admin/Units/Create/{id:int?}"] = "D",
        ["POST Admin/Units/Create/{id:int?}"] = "D",
        ["GET Admin/Units/Edit/{id:int?}"] = "D",
        ["POST Admin/Units/Edit/{id:int?}"] = "D",
        ["POST Admin/Units/Deactivate/{id:int?}"] = "D",
        ["POST Admin/Units/Activate/{id:int?}"] = "D",
        ["GET Admin/Users"] = "D",
        ["GET Admin/Users/Create"] = "D",
        ["POST Admin/Users/Create"] = "D",
        ["GET Admin/Users/Edit/{id}"] = "D",
        ["POST Admin/Users/Edit/{id}"] = "D",
        ["GET Admin/Users/Import"] = "D",
        ["POST Admin/Users/Import/Confirm"] = "D",
        ["POST Admin/Users/Import/Preview"] = "D",
        ["GET Admin/Users/Import/Template"] = "D",
        ["POST Admin/Users/{id}/Khoa"] = "D",
        ["POST Admin/Users/{id}/Dat-lai-mat-khau"] = "D",
        ["POST Admin/Users/EndSessions/{id}"] = "D",
        ["POST Admin/Users/{id}/Mo-khoa"] = "D",
        ["GET Approvals"] = "C",
        ["POST Approvals/{id:int}/Approve"] = "C",
        ["POST Approvals/{id:int}/Reject"] = "C",
        ["GET Awards/History"] = "RC",
        ["GET Awards/{round:round}"] = "RC",
        ["POST Awards/{round:round}/CityProposal"] = "C",
        ["POST Awards/{round:round}/Decision"] = "C",
        ["GET Awards/{round:round}/Dossier/{id:int}"] = "RC",
        ["POST Awards/{round:round}/Dossier/{id:int}"] = "R",
        ["GET Awards/{round:round}/Dossier/{id:int}.docx"] = "RC",
        ["GET Awards/{round:round}/Dossier/{id:int}.pdf"] = "RC",
        ["POST Awards/{round:round}/Dossier/{id:int}/CityDecision"] = "R",
        ["POST Awards/{round:round}/Dossier/{id:int}/Complete"] = "R",
        ["GET Awards/{round:round}/Decision/Preview.pdf"] = "C",
        ["GET Awards/{round:round}/Decision/{id:int}.docx"] = "RC",
        ["GET Awards/{round:round}/Decision/{id:int}.pdf"] = "RC",
        ["GET Awards/{round:round}/Decision/{id:int}/Blanks.pdf"] = "RC",
        ["GET Awards/{round:round}/Decision/{id:int}/Certificates.pdf"] = "RC",
        ["POST Awards/{round:round}/Decision/{id:int}/Correct"] = "C",
        ["POST Awards/{round:round}/Proposal"] = "R",
        ["GET Awards/{round:round}/Proposal.pdf"] = "RC",
        ["GET Awards/{round:round}/Proposal/{id:int}.pdf"] = "RC",
        ["GET Awards/{round:round}/Proposal/{id:int}.docx"] = "RC",
        ["GET Consolidation/{round:round}"] = "RC",
        ["POST Consolidation/{round:round}"] = "R",
        ["GET Consolidation/{round:round}/Excel"] = "RC",
        ["POST Consolidation/{round:round}/Ky"] = "C",
        ["GET Consolidation/{round:round}/Pdf"] = "RC",
        ["POST Consolidation/{round:round}/Tra-lai"] = "C",
        ["POST Consolidation/{round:round}/Trinh-ky"] = "R",
        ["GET Consolidation/{round:round}/Word"] = "RC",
        ["GET Council"] = "RMC",
        ["GET Council/New"] = "R",
        ["POST Council/New"] = "R",
        ["GET Council/{id:int}"] = "RMC",
        ["POST Council/{id:int}/Close"] = "R",
        ["POST Council/{id:int}/Adjourn"] = "R",
        ["POST Council/{id:int}/Attendance"] = "R",
        ["GET Council/{id:int}/Minutes.pdf"] = "RMC",
        ["GET Council/{id:int}/Minutes.docx"] = "RMC",
        ["POST Council/{id:int}/Vote"] = "MC",
        ["POST Council/{id:int}/Minutes/Sign"] = "MC",
        ["GET Dashboard/Indicator/{id:int}"] = "RC",
        ["GET Dashboard/Index"] = "RC",
        ["GET Error/{code:int}"] = "AURMCDTLK",
        ["GET Home/Index"] = "URMCDTLK",
        ["GET LaunchPlan/File"] = "RC",
        ["GET LaunchPlan/Index"] = "U",
        ["GET LaunchPlan/Overview"] = "RC",
        ["POST LaunchPlan/Remind"] = "R",
        ["POST LaunchPlan/Index"] = "U",
        ["GET Nominations/{round:round}"] = "R",
        ["POST Nominations/{round:round}/FromProposal/{proposalId:int}"] = "R",
        ["GET Nominations/{round:round}/New"] = "R",
        ["POST Nominations/{round:round}/New"] = "R",
        ["POST Nominations/{round:round}/{id:int}/Discipline"] = "R",
        ["POST Nominations/{round:round}/{id:int}/Objections"] = "R",
        ["POST Nominations/{round:round}/{id:int}/Objections/{objectionId:int}/Resolve"] = "R",
        ["POST Nominations/{round:round}/{id:int}/Override"] = "R",
        ["POST Nominations/{round:round}/{id:int}/Post"] = "R",
        ["GET Notifications/Index"] = "URMCDTLK",
        ["POST Notifications/Open/{id}"] = "URMCDTLK",
        ["POST Notifications/ReadAll"] = "URMCDTLK",
        ["GET Practices"] = "R",
        ["POST Practices"] = "R",
        ["POST Practices/{id:int}/Publish"] = "R",
        ["POST Practices/{id:int}/Thu-hoi"] = "R",
        ["GET Registration/{year:int}"] = "U",
        ["POST Registration/{year:int}"] = "U",
        ["GET Reports/Changes/{id}"] = "URC",
        ["GET Reports/Details/{id}"] = "URC",
        ["GET Reports/Edit/{id}"] = "U",
        ["POST Reports/Edit/{id}"] = "URMCDTLK",
        ["POST Reports/Start"] = "U",
        ["GET Reports/Year/{year:int}"] = "U",
        ["GET Reports/{id:int}/File"] = "URC",
        ["GET Reports/{id:int}/Pdf"] = "URC",
        ["POST Reports/{id:int}/Propose"] = "URMCDTLK",
        ["POST Reports/{id:int}/RemoveFile"] = "URMCDTLK",
        ["POST Reports/{id:int}/Upload"] = "URMCDTLK",
        ["POST Reports/{id:int}/Withdraw"] = "URMCDTLK",
        ["POST Review/Accept/{id}"] = "R",
        ["GET Review/Index"] = "R",
        ["GET Review/Registrations"] = "R",
        ["GET Review/Registrations/{id:int}"] = "RC",
        ["POST Review/Registrations/{id:int}/Confirm"] = "R",
        ["POST Review/Registrations/{id:int}/Return"] = "R",
        ["POST Review/Reopen/{id}"] = "R",
        ["POST Review/Remind"] = "R",
        ["POST Review/Return/{id}"] = "R",
        ["POST Review/Unlock/{id}"] = "R",
        ["GET Thanh-pho"] = "TL",
        ["GET Thanh-pho/Bang-khen"] = "TL",
        ["GET Thanh-pho/Chi-tieu"] = "TL",
        ["GET Thanh-pho/Chi-tieu/Excel"] = "TL",
        ["GET Thanh-pho/Chi-tieu/{commune:int}"] = "TL",
        ["GET Thanh-pho/Xa-phuong"] = "K",
        ["POST Thanh-pho/Xa-phuong"] = "K",
        ["POST Thanh-pho/Bang-khen/{commune:int}/{id:int}"] = "TL",
        ["GET Thanh-pho/Bang-khen/{commune:int}/{id:int}.pdf"] = "TL",
        ["GET Thanh-pho/Bao-cao/{commune:int}/{year:int}.pdf"] = "TL",
        ["GET Thanh-pho/Bao-cao-tong-hop"] = "TL",
        ["GET Thanh-pho/Tai-khoan"] = "K",
        ["POST Thanh-pho/Tai-khoan"] = "K",
        ["POST Thanh-pho/Tai-khoan/{id}/Khoa"] = "K",
        ["POST Thanh-pho/Tai-khoan/{id}/Mo-khoa"] = "K",
        ["POST Thanh-pho/Tai-khoan/{id}/Dat-lai-mat-khau"] = "K",
        ["POST Thanh-pho/Tai-khoan/Cai-dat"] = "K",
        ["GET Thanh-pho/Bao-cao-tong-hop/{year:int}"] = "TL",
        ["POST Thanh-pho/Bao-cao-tong-hop/{year:int}"] = "TL",
        ["POST Thanh-pho/Bao-cao-tong-hop/{year:int}/Trinh-ky"] = "TL",
        ["POST Thanh-pho/Bao-cao-tong-hop/{year:int}/Tra-lai"] = "L",
        ["POST Thanh-pho/Bao-cao-tong-hop/{year:int}/Ky"] = "L",
        ["GET Thanh-pho/Bao-cao-tong-hop/{year:int}.pdf"] = "TL",
        ["GET Thanh-pho/Bao-cao-tong-hop/{year:int}.docx"] = "TL",
        ["GET Cong-khai"] = "AURMCDTLK",
        ["GET Cong-khai/{id:int}/Y-kien"] = "AURMCDTLK",
        ["POST Cong-khai/{id:int}/Y-kien"] = "AURMCDTLK",
        ["GET Cong-khai/Tra-cuu"] = "AURMCDTLK",
        ["POST Cong-khai/Tra-cuu"] = "AURMCDTLK",
        ["GET Phong-trao"] = "AURMCDTLK",
        ["GET Van-ban"] = "AURMCDTLK",
        ["POST Van-ban"] = "R",
        ["GET Van-ban/{id:int}/Tep"] = "AURMCDTLK",
        ["GET Van-ban-da-ky"] = "RMC",
        ["GET Van-ban-da-ky/{id:int}.pdf"] = "RMC",
        ["POST Van-ban/{id:int}/Thu-hoi"] = "R",
        ["GET Vinh-danh"] = "AURMCDTLK",
        ["GET Xac-thuc"] = "AURMCDTLK",
        ["GET Xac-thuc/{code}"] = "AURMCDTLK",
        ["POST Xac-thuc/{code?}"] = "AURMCDTLK",
    };

    [Fact]
    public async Task Every_action_answers_each_role_as_the_matrix_says()
    {
        var clients = new Dictionary<string, HttpClient> { ["A"] = factory.CreatePortalClient() };
        foreach (var (who, email) in Accounts)
        {
            clients[who] = factory.CreatePortalClient();
            await clients[who].SignInAsync(email);
        }

        var endpoints = Endpoints(factory.Services);
        var keys = endpoints.Select(e => $"{e.Method} {e.Template}").ToHashSet();
        Assert.Empty(keys.Except(Expected.Keys));   // a new action must be added to the matrix
        Assert.Empty(Expected.Keys.Except(keys));   // and a removed one taken out

        var wrong = new List<string>();
        foreach (var (method, template, url) in endpoints)
        {
            var allowed = new List<string>();
            foreach (var who in Callers)
            {
                using var request = new HttpRequestMessage(new HttpMethod(method), url);
                if (method == "POST")
                {
                    request.Content = new FormUrlEncodedContent([]);
                }

                using var response = await clients[who].SendAsync(request);
                if ((int)response.StatusCode >= 500)
                {
                    wrong.Add($"{method} {url} as {who}: {(int)response.StatusCode}");
                }

                var toSignIn = response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location?.OriginalString.Contains("/Account/Login", StringComparison.Ordinal) == true;
                // The city's accounts work in the city's own row: a commune's record asked for on a
                // commune's page is not there for them (404, as for another commune's account).
                var notInItsCommune = who is "T" or "L" or "K" && response.StatusCode == HttpStatusCode.NotFound
                    && !template.StartsWith("Thanh-pho", StringComparison.Ordinal) && !Expected[$"{method} {template}"].Contains('A', StringComparison.Ordinal);
                if (response.StatusCode != HttpStatusCode.Forbidden && !toSignIn && !notInItsCommune)
                {
                    allowed.Add(who);
                }
            }

            var observed = allowed.Count == 0 ? "-" : string.Concat(allowed);
            if (observed != Expected[$"{method} {template}"])
            {
                wrong.Add($"{method} {template}: expected {Expected[$"{method} {template}"]}, got {observed}");
            }
        }

        output.WriteLine(string.Join(Environment.NewLine, wrong));
        Assert.Empty(wrong);
    }

    [Fact]
    public void Anonymous_reaches_only_sign_in_the_public_pages_the_document_check_and_error_pages() =>
        Assert.Equal(
            ["GET Account/ForgotPassword", "GET Account/Login", "GET Account/ResetPassword", "GET Cong-khai", "GET Cong-khai/Tra-cuu", "GET Cong-khai/{id:int}/Y-kien", "GET Error/{code:int}", "GET Phong-trao", "GET Van-ban", "GET Van-ban/{id:int}/Tep", "GET Vinh-danh", "GET Xac-thuc", "GET Xac-thuc/{code}",
                "POST Account/ForgotPassword", "POST Account/Login", "POST Account/ResetPassword", "POST Cong-khai/Tra-cuu", "POST Cong-khai/{id:int}/Y-kien", "POST Xac-thuc/{code?}"],
            Expected.Where(e => e.Value.Contains('A', StringComparison.Ordinal)).Select(e => e.Key).Order(StringComparer.Ordinal));

    [GeneratedRegex(@"\{\*?([a-zA-Z]+)[^}]*\}")]
    private static partial Regex Parameter();
}
