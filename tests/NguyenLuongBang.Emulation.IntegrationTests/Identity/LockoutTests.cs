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

        // Locked: the right password is refused with the same words as a wrong one (the page reveals
        // nothing); the owner is told by e-mail, once.
        var locked = await client.SignInAsync("htx@nlb.example");
        var html = await locked.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, locked.StatusCode);
        Assert.Contains(Web.Features.Account.AccountController.SignInRefused, html);
        Assert.DoesNotContain("tạm khóa 15 phút", html);
        Assert.Equal(1, await factory.WithDatabaseAsync(db => db.OutboxMessages.CountAsync(m => m.To == "htx@nlb.example" && m.Subject.Contains("Tài khoản tạm khóa"))));

        // The lockout runs on the portal's clock: 15 minutes from the portal's now, over when it says so.
        var lockoutEnd = await factory.WithDatabaseAsync(db =>
            db.Users.Where(u => u.Email == "htx@nlb.example").Select(u => u.LockoutEnd).SingleAsync());
        Assert.NotNull(lockoutEnd);
        Assert.Equal(factory.Clock.GetUtcNow().AddMinutes(15), lockoutEnd.Value);

        factory.Clock.Advance(TimeSpan.FromMinutes(14));
        Assert.Equal(HttpStatusCode.OK, (await client.SignInAsync("htx@nlb.example")).StatusCode);
        factory.Clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Equal(HttpStatusCode.Redirect, (await client.SignInAsync("htx@nlb.example")).StatusCode);
    }
}
