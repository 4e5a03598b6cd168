using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NguyenLuongBang.Emulation.IntegrationTests.Infrastructure;
using NguyenLuongBang.Emulation.Web.Data;
using NguyenLuongBang.Emulation.Web.Data.Seeding;

namespace NguyenLuongBang.Emulation.IntegrationTests.Communes;

/// <summary>The demo as the README runs it: two communes, each with a full set of accounts, and the city's two accounts.</summary>
public sealed class TwoCommuneDemoTests(TwoCommuneDemoPortalFactory portal) : IClassFixture<TwoCommuneDemoPortalFactory>
{
    [Fact]
    public async Task Every_demo_account_of_both_communes_and_the_city_signs_in_to_its_own_commune()
    {
        foreach (var (email, _, _, _) in DemoData.Accounts.Concat(DemoData.SecondCommuneAccounts))
        {
            var client = portal.CreatePortalClient();
            var signIn = await client.SignInAsync(email);
            Assert.True(signIn.StatusCode == HttpStatusCode.Redirect && !signIn.Headers.Location!.OriginalString.Contains("/Account/Login", StringComparison.Ordinal), email);
            var home = await client.GetStringAsync("/Notifications/Index");
            var own = email.EndsWith("@hongbang.example", StringComparison.Ordinal) ? "phường Hồng Bàng" : "xã Nguyễn Lương Bằng";
            Assert.Contains(own, home, StringComparison.Ordinal);
        }

        foreach (var (email, _) in new[] { DemoData.CityAccount, DemoData.CityAdminAccount })
        {
            var client = portal.CreatePortalClient();
            Assert.Equal(HttpStatusCode.Redirect, (await client.SignInAsync(email)).StatusCode);
        }

        // The ward's reviewer sees the ward's ten units' reports, none of the first commune's.
        var reviewer = portal.CreatePortalClient();
        await reviewer.SignInAsync("chuyenvien@hongbang.example");
        var list = await reviewer.GetStringAsync("/Review/Index?year=2026");
        Assert.Contains("Trường Tiểu học Hồng Bàng", list, StringComparison.Ordinal);
        Assert.DoesNotContain("Lương Bằng", list, StringComparison.Ordinal);

        // The city follows both, each with its reports of 2025 accepted.
        var city = portal.CreatePortalClient();
        await city.SignInAsync(DemoData.CityAccount.Email);
        var overview = await city.GetStringAsync("/Thanh-pho?year=2025");
        Assert.Contains(">phường Hồng Bàng</th>", overview, StringComparison.Ordinal);
        Assert.Contains(">xã Nguyễn Lương Bằng</th>", overview, StringComparison.Ordinal);

        // Visitors at the root choose a commune.
        var root = await portal.CreatePortalClient().GetStringAsync("/");
        Assert.Contains("/hong-bang/Phong-trao", root, StringComparison.Ordinal);
        Assert.Contains("/nguyen-luong-bang/Phong-trao", root, StringComparison.Ordinal);

        var reports = await portal.WithDatabaseAsync(db => db.AnnualReports.IgnoreQueryFilters().CountAsync(r => r.Year == 2025));
        Assert.Equal(25, reports);
    }
}
