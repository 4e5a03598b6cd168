using System.Net;
using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NguyenLuongBang.Emulation.IntegrationTests.Infrastructure;
using Xunit.Abstractions;

namespace NguyenLuongBang.Emulation.IntegrationTests.Security;

/// <summary>
/// Every form that binds a choice (an enum, given straight to an action or inside its form) refuses
/// a value outside the list with a Vietnamese message and records nothing. The forms are found from
/// the endpoint data, so a new one cannot be missed.
/// </summary>
public partial class ChoiceSweepTests(PortalFactory factory, ITestOutputHelper output) : IClassFixture<PortalFactory>
{
    /// <summary>POST endpoints and the choice fields they bind.</summary>
    private static List<(string Template, string Url, string Field)> ChoiceFields(IServiceProvider services)
    {
        var list = new List<(string, string, string)>();
        foreach (var endpoint in services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            if (endpoint.Metadata.GetMetadata<ControllerActionDescriptor>() is not { } action
                || endpoint.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods.Contains("POST") != true)
            {
                continue;
            }

            var template = action.AttributeRouteInfo?.Template ?? $"{action.ControllerName}/{action.ActionName}" + (action.Parameters.Any(p => p.Name == "id") ? "/{id}" : string.Empty);
            var url = "/" + Parameter().Replace(template, m => m.Groups[1].Value switch { "round" => "2025", "year" => "2026", _ => "1" });
            foreach (var parameter in action.Parameters)
            {
                var type = Nullable.GetUnderlyingType(parameter.ParameterType) ?? parameter.ParameterType;
                if (type.IsEnum)
                {
                    list.Add((template, url, parameter.Name));
                }
                else if (type.IsClass && type.Namespace?.StartsWith("NguyenLuongBang", StringComparison.Ordinal) == true)
                {
                    list.AddRange(type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                        .Where(p => p.CanWrite && (Nullable.GetUnderlyingType(p.PropertyType) ?? p.PropertyType).IsEnum)
                        .Select(p => (template, url, p.Name)));
                }
            }
        }

        return list.Distinct().OrderBy(f => f.Item1, StringComparer.Ordinal).ToList();
    }

    [Fact]
    public async Task Every_choice_field_refuses_an_unknown_value_and_records_nothing()
    {
        factory.CreatePortalClient();
        var fields = ChoiceFields(factory.Services);
        output.WriteLine(string.Join(Environment.NewLine, fields.Select(f => $"{f.Template} {f.Field}")));
        Assert.Contains(fields, f => f.Template == "Council/{id:int}/Vote" && f.Field == "choice");
        Assert.True(fields.Count >= 8, $"only {fields.Count} choice fields found");

        var clients = new Dictionary<char, HttpClient>();
        var wrong = new List<string>();
        foreach (var (template, url, field) in fields)
        {
            var who = AuthorizationMatrixTests.Expected[$"POST {template}"].First(c => c != 'A');
            if (!clients.TryGetValue(who, out var client))
            {
                client = factory.CreatePortalClient();
                await client.SignInAsync(AuthorizationMatrixTests.Accounts[who.ToString()]);
                clients[who] = client;
            }

            foreach (var bogus in new[] { "Recuse", "99", "Agree,Disagree" })
            {
                var audit = await factory.WithDatabaseAsync(db => db.AuditEntries.CountAsync());
                var response = await client.PostFormAsync("/Account/ChangePassword", url, new Dictionary<string, string> { [field] = bogus });
                var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
                if (response.StatusCode != HttpStatusCode.BadRequest || !html.Contains("Lựa chọn không có trong danh sách", StringComparison.Ordinal))
                {
                    wrong.Add($"{template} {field}={bogus}: {(int)response.StatusCode}");
                }

                if (await factory.WithDatabaseAsync(db => db.AuditEntries.CountAsync()) != audit)
                {
                    wrong.Add($"{template} {field}={bogus}: something was recorded");
                }
            }
        }

        Assert.True(wrong.Count == 0, string.Join(Environment.NewLine, wrong));
    }

    [Fact]
    public async Task A_vote_with_an_unknown_choice_is_not_counted_as_agreement()
    {
        var member = factory.CreatePortalClient();
        await member.SignInAsync("hoidong3@nlb.example");
        var session = await factory.WithDatabaseAsync(db => db.CouncilSessions.Where(s => s.Status == Domain.Council.CouncilSessionStatus.Open)
            .Select(s => new { s.Id, Nomination = s.Agenda.Select(a => a.NominationId).First() }).SingleAsync());
        var votes = await factory.WithDatabaseAsync(db => db.Set<Domain.Council.CouncilVote>().CountAsync());

        var response = await member.PostFormAsync($"/Council/{session.Id}", $"/Council/{session.Id}/Vote",
            new Dictionary<string, string> { ["nominationId"] = session.Nomination.ToString(System.Globalization.CultureInfo.InvariantCulture), ["choice"] = "Recuse" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Lựa chọn không có trong danh sách: \"Recuse\"", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
        Assert.Equal(votes, await factory.WithDatabaseAsync(db => db.Set<Domain.Council.CouncilVote>().CountAsync()));
    }

    [GeneratedRegex(@"\{\*?([a-zA-Z]+)[^}]*\}")]
    private static partial Regex Parameter();
}
