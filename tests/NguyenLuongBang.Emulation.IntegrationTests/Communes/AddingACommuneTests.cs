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
        var reserved = await commands.RunAsync("create-commune", "--slug", "admin", "--name", "Thử", "--kind", "xa");
        Assert.Equal(2, reserved.ExitCode);
        Assert.Contains("trùng với một trang của cổng", reserved.Output);
        Assert.Equal(2, (await commands.RunAsync("create-commune", "--slug", "Kiến An!", "--name", "Kiến An", "--kind", "phuong")).ExitCode);
        Assert.Equal(2, (await commands.RunAsync("create-commune", "--slug", "kien-an", "--name", "Kiến An", "--kind", "thi-tran")).ExitCode);

        var created = await commands.RunAsync("create-commune", "--slug", "kien-an", "--name", "Kiến An", "--kind", "phuong");
        Assert.True(created.ExitCode == 0, created.Output);
        Assert.Contains("phường Kiến An", created.Output);
        Assert.Equal(1, (await commands.RunAsync("create-commune", "--slug", "kien-an", "--name", "Kiến An", "--kind", "phuong")).ExitCode);

        // With two communes an administrator must say whose they are.
        var unnamed = await commands.RunAsync("create-admin", "--email", "quantri@kienan.example", "--password", PortalClient.DemoPassword);
        Assert.Equal(2, unnamed.ExitCode);
        Assert.Contains("--commune", unnamed.Output);
        var admin = await commands.RunAsync("create-admin", "--commune", "kien-an", "--email", "quantri@kienan.example", "--name", "Hoàng Quản Trị", "--password", PortalClient.DemoPassword);
        Assert.True(admin.ExitCode == 0, admin.Output);

        var client = factory.CreatePortalClient();
        Assert.Equal(HttpStatusCode.Redirect, (await client.SignInAsync("quantri@kienan.example")).StatusCode);
        var units = await client.GetStringAsync("/Admin/Units");
        Assert.DoesNotContain("Văn phòng HĐND và UBND xã", units);
        Assert.Contains("phường Kiến An", units);
        var indicators = await client.GetAsync("/Admin/Indicators");
        Assert.Equal(HttpStatusCode.OK, indicators.StatusCode);
    }
}
