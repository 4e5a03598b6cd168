using Microsoft.EntityFrameworkCore;
using NguyenLuongBang.Emulation.Domain.Common;
using NguyenLuongBang.Emulation.Domain.Nominations;

namespace NguyenLuongBang.Emulation.IntegrationTests.Infrastructure;

/// <summary>Nominations of the 2025 round moved through posting (and on) in the database: the HTTP paths are tested elsewhere.</summary>
public static class TestNominations
{
    public static readonly Actor Tester = new("race-test", "Kiểm thử");

    public static async Task<int> AddAsync(PortalFactory factory, string name, NominationStatus until)
    {
        ArgumentNullException.ThrowIfNull(factory);
        var unitId = await factory.WithDatabaseAsync(db => db.Units.Select(u => u.Id).FirstAsync());
        return await factory.WithDatabaseAsync(async db =>
        {
            var now = factory.Clock.GetUtcNow();
            var n = new Nomination(ReviewRound.Annual(2025), NomineeKind.Individual, name, Gender.Female, "Cán bộ", unitId, AwardForm.CommuneCertificate, "Thành tích xuất sắc.", null, Tester, now.AddDays(-20));
            db.Nominations.Add(n);
            if (until != NominationStatus.Draft)
            {
                n.Post(7, Tester, now.AddDays(-20));
            }

            if (until is NominationStatus.CouncilPassed or NominationStatus.Approved)
            {
                n.SendToCouncil(Tester, now.AddDays(-10), []);
                n.RecordCouncilResult(true, "4 đồng ý", Tester, now.AddDays(-10));
            }

            if (until == NominationStatus.Approved)
            {
                n.Approve(Tester, now.AddDays(-9), null);
            }

            await db.SaveChangesAsync();
            return n.Id;
        });
    }
}
