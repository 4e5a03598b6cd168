using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NguyenLuongBang.Emulation.Domain.Common;
using NguyenLuongBang.Emulation.IntegrationTests.Infrastructure;
using NguyenLuongBang.Emulation.Web.Documents;
using NguyenLuongBang.Emulation.Web.Features.DocumentRegister;

namespace NguyenLuongBang.Emulation.IntegrationTests.Admin;

public class DocumentRegisterTests(BlankRoundPortalFactory factory) : IClassFixture<BlankRoundPortalFactory>
{
    private static readonly Actor Reviewer = new("r", "Vũ Thị Lan");

    private async Task<string> IssueAsync(string type, DateOnly on)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var numbers = scope.ServiceProvider.GetRequiredService<DocumentNumbers>();
        return (await numbers.IssueAsync(DocumentNumbers.CommuneCommittee, type, $"Văn bản {type} {on}", on, Reviewer)).Number;
    }

    [Fact]
    public async Task Numbers_run_per_type_and_year_are_never_given_twice_even_at_once_and_the_register_shows_them()
    {
        factory.CreatePortalClient();

        var concurrent = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => IssueAsync("BC", new DateOnly(2026, 12, 20))));
        var decision = await IssueAsync("QĐ", new DateOnly(2026, 12, 21));
        var nextYear = await IssueAsync("BC", new DateOnly(2027, 1, 5));

        Assert.Equal(Enumerable.Range(1, 8).Select(n => $"{n:00}/BC-UBND"), concurrent.Order());
        Assert.Equal("01/QĐ-UBND", decision);
        Assert.Equal("01/BC-UBND", nextYear);
        Assert.Equal(10, await factory.WithDatabaseAsync(db => db.AuditEntries.CountAsync(a => a.Action == "Cấp số văn bản")));

        var admin = factory.CreatePortalClient();
        await admin.SignInAsync("quantri@nlb.example");
        var page = await admin.GetStringAsync("/Admin/Register?year=2026&type=BC");
        Assert.Contains("08/BC-UBND", page);
        Assert.DoesNotContain("01/QĐ-UBND", page);
    }
}
