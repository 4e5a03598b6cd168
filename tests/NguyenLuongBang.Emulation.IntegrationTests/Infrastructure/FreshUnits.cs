using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NguyenLuongBang.Emulation.Domain.Units;
using NguyenLuongBang.Emulation.Web.Data;
using NguyenLuongBang.Emulation.Web.Identity;

namespace NguyenLuongBang.Emulation.IntegrationTests.Infrastructure;

/// <summary>
/// A unit of a test's own, for a test that needs a report of the current year nobody else touches:
/// a copy of a demo account's unit (same type, so the same indicators are asked) with one staff
/// account of the same name and the demo password. A report can only be started once its year has
/// begun, so tests no longer reach for an untouched later year.
/// </summary>
internal static class FreshUnits
{
    private static int _next;

    /// <returns>The new account's address; sign in with the demo password (<see cref="Web.Data.Seeding.DemoData.Password"/>).</returns>
    public static async Task<string> UnitLikeAsync(this PortalFactory factory, string demoEmail)
    {
        var n = Interlocked.Increment(ref _next);
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var model = await users.FindByEmailAsync(demoEmail) ?? throw new InvalidOperationException($"No demo account {demoEmail}.");
        var unit = await db.Units.SingleAsync(u => u.Id == model.UnitId);
        var copy = new Unit($"{unit.Name} (bản thử {n})", unit.UnitTypeId, unit.HeadName, unit.HeadPosition, null, null);
        db.Units.Add(copy);
        await db.SaveChangesAsync();

        var email = $"thu{n}.{demoEmail}";
        var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, FullName = model.FullName, UnitId = copy.Id };
        var created = await users.CreateAsync(user, Web.Data.Seeding.DemoData.Password);
        if (created.Succeeded)
        {
            created = await users.AddToRoleAsync(user, Roles.UnitStaff);
        }

        return created.Succeeded ? email : throw new InvalidOperationException(string.Join("; ", created.Errors.Select(e => e.Description)));
    }
}
