using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using NguyenLuongBang.Emulation.Domain.Campaigns;
using NguyenLuongBang.Emulation.Domain.Common;
using NguyenLuongBang.Emulation.Domain.Units;
using NguyenLuongBang.Emulation.Web.Identity;

namespace NguyenLuongBang.Emulation.Web.Data.Seeding;

/// <summary>Brings the database to the current migration and adds the plan's reference data where missing.</summary>
public sealed class DatabaseInitializer(AppDbContext db, RoleManager<IdentityRole> roles, IServiceScopeFactory scopes, ILogger<DatabaseInitializer> logger)
{
    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        await db.Database.MigrateAsync(cancellationToken);

        foreach (var role in Roles.All.Concat(Roles.OfTheCity))
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }

        // Each commune has its own campaign, content areas, unit types and indicator catalogue.
        await scopes.ForEachCommuneAsync(async (services, ct) =>
        {
            await SeedReferenceAsync(services.GetRequiredService<AppDbContext>(), ct);
            return 1;
        }, cancellationToken);
        logger.LogInformation("Database ready ({Provider})", db.Database.ProviderName);
    }

    /// <summary>The plan's reference data (campaign, content areas, unit types, indicators) of the commune <paramref name="db"/> works in, where missing.</summary>
    public static async Task SeedReferenceAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        if (!await db.Campaigns.AnyAsync(cancellationToken))
        {
            db.Campaigns.Add(new Campaign("KH-UBND", ReferenceData.CampaignTitle, ReferenceData.LegalBases, ReviewRound.FirstYear, ReviewRound.FinalYear));
        }

        var areaNumbers = await db.ContentAreas.Select(a => a.Number).ToListAsync(cancellationToken);
        foreach (var (number, shortTitle, fullText) in ReferenceData.ContentAreas.Where(a => !areaNumbers.Contains(a.Number)))
        {
            db.ContentAreas.Add(new ContentArea(number, shortTitle, fullText));
        }

        var typeCodes = await db.UnitTypes.Select(t => t.Code).ToListAsync(cancellationToken);
        var order = 0;
        foreach (var (code, name) in ReferenceData.UnitTypes)
        {
            order++;
            if (!typeCodes.Contains(code))
            {
                db.UnitTypes.Add(new UnitType(code, name, order));
            }
        }

        await db.SaveChangesAsync(cancellationToken);

        // Indicators are seeded only into an empty catalogue: once an administrator has edited it,
        // start-up must not bring back what they removed.
        if (!await db.Indicators.AnyAsync(cancellationToken))
        {
            var areaIds = await db.ContentAreas.ToDictionaryAsync(a => a.Number, a => a.Id, cancellationToken);
            var allTypes = ReferenceData.UnitTypes.Select(t => t.Code).ToList();
            foreach (var (code, name, unit, kind, area) in ReferenceData.Indicators)
            {
                var indicator = new Indicator(code, name, unit, kind, areaIds[area], ReferenceData.StockIndicators.Contains(code) ? IndicatorAggregation.Stock : null);
                indicator.ApplyTo(ReferenceData.Applicability.GetValueOrDefault(code) ?? [], allTypes);
                indicator.Prefer(ReferenceData.LowerIsBetter.Contains(code));
                db.Indicators.Add(indicator);
            }

            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
