using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NguyenLuongBang.Emulation.Domain.Communes;
using NguyenLuongBang.Emulation.IntegrationTests.Infrastructure;
using NguyenLuongBang.Emulation.Web.Data;
using NguyenLuongBang.Emulation.Web.Features.AdminUsers;

namespace NguyenLuongBang.Emulation.IntegrationTests.Admin;

/// <summary>
/// Creating an account, resetting and changing a password are each one unit of work: a failure
/// half-way (here, at the roles, after the account's row was written) leaves nothing behind.
/// </summary>
public sealed class AccountUnitOfWorkTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Creating_an_account_that_fails_at_its_roles_leaves_no_account_and_no_audit_row()
    {
        const string email = "vaitro-hong@nlb.example";
        var audit = await factory.WithDatabaseAsync(db => db.AuditEntries.CountAsync());
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<CommuneScope>().Use(Commune.FirstId);
            var administration = scope.ServiceProvider.GetRequiredService<UserAdministration>();

            // A role the store does not have: Identity writes the account, then fails at its roles.
            var form = new UserForm { Email = email, FullName = "Người Không Vai Trò", Roles = ["KhongCoVaiTroNay"] };
            await Assert.ThrowsAsync<InvalidOperationException>(() => administration.CreateAsync(form, CancellationToken.None));
        }

        Assert.False(await factory.WithDatabaseAsync(db => db.Users.IgnoreQueryFilters().AnyAsync(u => u.Email == email)));
        Assert.Equal(audit, await factory.WithDatabaseAsync(db => db.AuditEntries.CountAsync()));
    }

    [Fact]
    public async Task A_refused_password_change_changes_nothing_and_records_nothing()
    {
        var user = factory.CreatePortalClient();
        await user.SignInAsync("hoidong1@nlb.example");
        var id = await factory.WithDatabaseAsync(db => db.Users.Where(u => u.Email == "hoidong1@nlb.example").Select(u => u.Id).SingleAsync());

        var refused = await HtmlForm.Parse(await user.GetStringAsync("/Account/ChangePassword"), "change-password-form")
            .Set("CurrentPassword", "Khong-phai-mat-khau-nay").Set("NewPassword", "HoiDong-Moi-2026").Set("ConfirmPassword", "HoiDong-Moi-2026").PostAsync(user);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.False(await factory.WithDatabaseAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "Đổi mật khẩu" && a.EntityId == id)));
        Assert.Equal(HttpStatusCode.Redirect, (await factory.CreatePortalClient().SignInAsync("hoidong1@nlb.example")).StatusCode);
    }
}
