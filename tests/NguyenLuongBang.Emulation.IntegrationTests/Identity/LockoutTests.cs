using System.Net;
using Microsoft.EntityFrameworkCore;
using NguyenLuongBang.Emulation.IntegrationTests.Infrastructure;

namespace NguyenLuongBang.Emulation.IntegrationTests.Identity;

/// <summary>On its own factory: it locks an account, which must not disturb other tests.</summary>
public class LockoutTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_for_15_minutes_even_against_the_right_one()
    {
        var client = factory.CreatePortalClient();
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            var wrong = await client.SignInAsync("htx@nlb.example", $"Sai-mat-khau-{attempt}");
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        }

        var locked = await client.SignInAsync("htx@nlb.example");
        var html = await locked.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, locked.StatusCode);
        Assert.Contains("Tài khoản tạm khóa", html);

        // Identity stamps the lockout with the system clock, not the portal's TimeProvider.
        var lockoutEnd = await factory.WithDatabaseAsync(db =>
            db.Users.Where(u => u.Email == "htx@nlb.example").Select(u => u.LockoutEnd).SingleAsync());
        Assert.NotNull(lockoutEnd);
        Assert.InRange(lockoutEnd.Value - DateTimeOffset.UtcNow, TimeSpan.FromMinutes(14), TimeSpan.FromMinutes(15.1));
    }
}
