using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NguyenLuongBang.Emulation.Domain.Common;
using NguyenLuongBang.Emulation.Domain.Communes;
using NguyenLuongBang.Emulation.Domain.Nominations;
using NguyenLuongBang.Emulation.Domain.Units;
using NguyenLuongBang.Emulation.IntegrationTests.Infrastructure;
using NguyenLuongBang.Emulation.Web.Data;
using NguyenLuongBang.Emulation.Web.Data.Seeding;
using NguyenLuongBang.Emulation.Web.Identity;
using NguyenLuongBang.Emulation.Web.Infrastructure;

namespace NguyenLuongBang.Emulation.IntegrationTests.Communes;

/// <summary>The demo portal (with the city's account), phường An Hải with two units and an administrator, and one Bằng khen proposal sent to the city by each commune.</summary>
public sealed class CityPortal : PortalFactory
{
    protected override string SeedKind => SeedsAs<PortalFactory>();

    /// <summary>Phường An Hải's administrator.</summary>
    public const string AdminB = "quantri@anhai.example";

    /// <summary>The collective the first commune proposed for the city's Bằng khen (one of its units).</summary>
    public const string ProposalA = "Trường Tiểu học Nguyễn Lương Bằng";

    /// <summary>The collective phường An Hải proposed.</summary>
    public const string ProposalB = "Tổ công nghệ số cộng đồng phường An Hải";

    private readonly SemaphoreSlim _once = new(1, 1);

    public int CommuneB { get; private set; }

    public int CityId { get; private set; }

    public int ProposalAId { get; private set; }

    public int ProposalBId { get; private set; }

    public DateOnly SentOn { get; private set; }

    public async Task EnsureAsync()
    {
        await _once.WaitAsync();
        try
        {
            if (CommuneB != 0)
            {
                return;
            }

            CreatePortalClient();
            using (var scope = Services.CreateScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
                var ward = new Commune("an-hai", "An Hải", CommuneKind.Phuong);
                db.Communes.Add(ward);
                await db.SaveChangesAsync();
                CommuneB = ward.Id;
                CityId = await db.Communes.Where(c => c.Kind == CommuneKind.City).Select(c => c.Id).SingleAsync();
                scope.ServiceProvider.GetRequiredService<CommuneDirectory>().Refresh();
                await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync();
            }

            int wardUnit;
            using (var inB = InCommune(CommuneB))
            {
                var dbB = inB.ServiceProvider.GetRequiredService<AppDbContext>();
                var type = await dbB.UnitTypes.OrderBy(t => t.SortOrder).FirstAsync();
                var units = new[] { new Unit("Văn phòng HĐND và UBND phường", type.Id, null, null, null, null), new Unit("Tổ dân phố số 1", type.Id, null, null, null, null) };
                dbB.Units.AddRange(units);
                await dbB.SaveChangesAsync();
                wardUnit = units[0].Id;
                await AddAccountAsync(inB, AdminB, "Phạm Quản Trị", Roles.Admin);
            }

            var start = Clock.GetUtcNow().AddDays(-20);
            SentOn = DateOnly.FromDateTime(VietnamTime.ToLocal(start.AddDays(11)).DateTime);
            using (var inA = InCommune(Commune.FirstId))
            {
                var dbA = inA.ServiceProvider.GetRequiredService<AppDbContext>();
                var school = await dbA.Units.Where(u => u.Name == ProposalA).Select(u => u.Id).SingleAsync();
                ProposalAId = await AddSentProposalAsync(dbA, ProposalA, school, start);
            }

            using (var inB = InCommune(CommuneB))
            {
                ProposalBId = await AddSentProposalAsync(inB.ServiceProvider.GetRequiredService<AppDbContext>(), ProposalB, wardUnit, start);
            }
        }
        finally
        {
            _once.Release();
        }
    }

    public IServiceScope InCommune(int communeId)
    {
        var scope = Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<CommuneScope>().Use(communeId);
        return scope;
    }

    private static async Task AddAccountAsync(IServiceScope scope, string email, string name, string role)
    {
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, FullName = name };
        Assert.True((await users.CreateAsync(user, DemoData.Password)).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
    }

    /// <summary>A collective's Bằng khen proposal taken along the legal path to the city: posted, passed, approved, its dossier complete, sent.</summary>
    private async Task<int> AddSentProposalAsync(AppDbContext db, string name, int unitId, DateTimeOffset start)
    {
        var reviewer = new Actor("test-reviewer", "Chuyên viên");
        var chairman = new Actor("test-chairman", "Chủ tịch");
        var proposal = new Nomination(ReviewRound.Annual(2026), NomineeKind.Collective, name, null, null, unitId, AwardForm.CityCertificate,
            "Chuyển đổi số toàn diện trong hoạt động của đơn vị.", null, reviewer, start);
        proposal.Post(7, reviewer, start);
        proposal.SendToCouncil(reviewer, start.AddDays(8), []);
        proposal.RecordCouncilResult(true, "5 đồng ý", reviewer, start.AddDays(9));
        proposal.Approve(chairman, start.AddDays(10), null);
        proposal.WriteDossier("Đơn vị có 30 cán bộ.", "Số hóa toàn bộ hồ sơ.", "Chưa có.", "Nguyễn Văn Hiệu", "Thủ trưởng", reviewer, start.AddDays(10));
        proposal.CompleteDossier(reviewer, start.AddDays(10));
        proposal.ForwardToCity("05/TTr-UBND", SentOn, chairman, start.AddDays(11));
        db.Nominations.Add(proposal);
        await db.SaveChangesAsync();
        return proposal.Id;
    }
}
