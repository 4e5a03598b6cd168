using System.Net;
using NguyenLuongBang.Emulation.IntegrationTests.Infrastructure;

namespace NguyenLuongBang.Emulation.IntegrationTests.Communes;

/// <summary>
/// An operator adds a commune and its first administrator with the portal's own commands; that
/// administrator signs in to an empty commune. The commands are the same on every engine: run once, on SQLite.
/// </summary>
[Trait(Engines.Trait, Engines.Sqlite)]
public class AddingACommuneTests
{
    [Fact]
    public async Task A_new_commune_and_its_administrator_from_the_command_line()
    {
        using var factory = new PortalFactory();
        var visitor = factory.CreatePortalClient();
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync("/Phong-trao")).StatusCode);
        var commands = factory.Process();

        // Refused with a reason: a slug that is one of the portal's paths, a malformed one, an unknown kind.
        var reserved = await commands.RunInProcessAsync("create-commune", "--slug", "admin", "--name", "Thử", "--kind", "xa");
        Assert.Equal(2, reserved.ExitCode);
        Assert.Contains("trùng với một trang của cổng", reserved.Output);
        Assert.Equal(2, (await commands.RunInProcessAsync("create-commune", "--slug", "Kiến An!", "--name", "Kiến An", "--kind", "phuong")).ExitCode);
        Assert.Equal(2, (await commands.RunInProcessAsync("create-commune", "--slug", "kien-an", "--name", "Kiến An", "--kind", "thi-tran")).ExitCode);

        var created = await commands.RunInProcessAsync("create-commune", "--slug", "kien-an", "--name", "Kiến An", "--kind", "phuong");
        Assert.True(created.ExitCode == 0, created.Output);
        Assert.Contains("phường Kiến An", created.Output);
        Assert.Equal(1, (await commands.RunInProcessAsync("create-commune", "--slug", "kien-an", "--name", "Kiến An", "--kind", "phuong")).ExitCode);

        // With two communes an administrator must say whose they are.
        var unnamed = await commands.RunInProcessAsync("create-admin", "--email", "quantri@kienan.example", "--password", PortalClient.DemoPassword);
        Assert.Equal(2, unnamed.ExitCode);
        Assert.Contains("--commune", unnamed.Output);
        var admin = await commands.RunInProcessAsync("create-admin", "--commune", "kien-an", "--email", "quantri@kienan.example", "--name", "Hoàng Quản Trị", "--password", PortalClient.DemoPassword);
        Assert.True(admin.ExitCode == 0, admin.Output);

        var client = factory.CreatePortalClient();
        Assert.Equal(HttpStatusCode.Redirect, (await client.SignInAsync("quantri@kienan.example")).StatusCode);
        var units = await client.GetStringAsync("/Admin/Units");
        Assert.DoesNotContain("Văn phòng HĐND và UBND xã", units);
        Assert.Contains("phường Kiến An", units);
        var indicators = await client.GetAsync("/Admin/Indicators");
        Assert.Equal(HttpStatusCode.OK, indicators.StatusCode);
    }

    /// <summary><c>seed-demo --communes N</c>: N generated communes of 20 units, each with its accounts and reports, for trying the city at scale; run twice, it adds nothing.</summary>
    [Fact]
    public async Task Seed_demo_adds_generated_communes_each_with_its_units_accounts_and_reports()
    {
        using var factory = new PortalFactory();
        factory.CreatePortalClient();
        var commands = factory.Process();

        var seeded = await commands.RunInProcessAsync("seed-demo", "--communes", "3");
        Assert.True(seeded.ExitCode == 0, seeded.Output);
        Assert.True((await commands.RunInProcessAsync("seed-demo", "--communes", "3")).ExitCode == 0);

        var generated = await factory.WithDatabaseAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(
            db.Communes.Where(c => c.Slug.StartsWith("xa-thu-nghiem-")).OrderBy(c => c.Slug).Select(c => c.Slug)));
        Assert.Equal(["xa-thu-nghiem-001", "xa-thu-nghiem-002", "xa-thu-nghiem-003"], generated);

        var staff = factory.CreatePortalClient();
        Assert.Equal(HttpStatusCode.Redirect, (await staff.SignInAsync("donvi20@tn003.example")).StatusCode);
        var reviewer = factory.CreatePortalClient();
        await reviewer.SignInAsync("chuyenvien@tn002.example");
        var list = await reviewer.GetStringAsync("/Review/Index?year=2025");
        Assert.Contains("20 đơn vị", list, StringComparison.Ordinal);
        Assert.Contains("xã Thử nghiệm 002", list, StringComparison.Ordinal);

        var city = factory.CreatePortalClient();
        await city.SignInAsync(Web.Data.Seeding.DemoData.CityAccount.Email);
        var overview = await city.GetStringAsync("/Thanh-pho?year=2025");
        Assert.Contains(">xã Thử nghiệm 003</th>", overview, StringComparison.Ordinal);
    }
}
