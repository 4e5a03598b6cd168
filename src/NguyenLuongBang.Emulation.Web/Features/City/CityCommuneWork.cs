using Microsoft.EntityFrameworkCore;
using NguyenLuongBang.Emulation.Domain.Common;
using NguyenLuongBang.Emulation.Domain.Consolidation;
using NguyenLuongBang.Emulation.Domain.Documents;
using NguyenLuongBang.Emulation.Domain.Nominations;
using NguyenLuongBang.Emulation.Web.Data;
using NguyenLuongBang.Emulation.Web.Documents;
using NguyenLuongBang.Emulation.Web.Features.Awards;
using NguyenLuongBang.Emulation.Web.Features.DocumentRegister;
using NguyenLuongBang.Emulation.Web.Infrastructure;

namespace NguyenLuongBang.Emulation.Web.Features.City;

/// <summary>
/// What the city reads and records inside one commune: its issued consolidated report, the dossier
/// of a Bằng khen proposal it sent, and the city's decision on that proposal. Each runs in a child
/// scope of the commune (its filter, its locks, its audit chain), so the request's own unit of work
/// stays the city's and nothing read for one commune is kept for another.
/// </summary>
public sealed class CityCommuneWork(CommuneDirectory communes, IServiceScopeFactory scopes, TimeProvider clock)
{
    /// <summary>The commune's issued consolidated report of <paramref name="year"/>, as it was issued and stored; null when there is none.</summary>
    public Task<IssuedDownload?> IssuedReportAsync(int commune, int year, CancellationToken cancellationToken) =>
        InActiveCommuneAsync<IssuedDownload?>(commune, null, async (services, ct) =>
        {
            var issued = await services.GetRequiredService<AppDbContext>().ConsolidatedReports.AsNoTracking()
                .Where(r => r.RoundKind == RoundKind.Annual && r.RoundYear == year && r.Status == ConsolidatedReportStatus.Issued)
                .Select(r => r.DocumentId).FirstOrDefaultAsync(ct);
            return await services.GetRequiredService<IssuedFiles>().GetAsync(issued, IssuedFileFormat.Pdf, ct);
        }, cancellationToken);

    /// <summary>The achievement report (PDF) of a proposal the commune sent to the city; null when it sent none with this id.</summary>
    public Task<(byte[] Content, string FileName)?> DossierAsync(int commune, int id, CancellationToken cancellationToken) =>
        InActiveCommuneAsync<(byte[] Content, string FileName)?>(commune, null, async (services, ct) =>
            await SentToCity(services.GetRequiredService<AppDbContext>(), id).AnyAsync(ct)
                ? await services.GetRequiredService<DossierFiles>().RenderAsync(id, null, d => PdfRenderer.Render(d), "pdf", ct)
                : null, cancellationToken);

    /// <summary>The city's decision on one proposal (awarded or not, its number and date), recorded once on the commune's nomination, under its lock.</summary>
    public Task<ChangeOutcome> DecideAsync(int commune, int id, bool? awarded, string? number, DateOnly? decidedOn, Actor by, CancellationToken cancellationToken) =>
        InActiveCommuneAsync(commune, ChangeOutcome.NotFound, (services, ct) =>
        {
            var db = services.GetRequiredService<AppDbContext>();
            return services.GetRequiredService<RecordChanges>().ApplyAsync($"nomination:{id}", c => SentToCity(db, id).SingleOrDefaultAsync(c),
                nomination => CityDecisions.Record(nomination, awarded, number, decidedOn, by, clock.GetUtcNow()), ct);
        }, cancellationToken);

    /// <summary>Runs <paramref name="work"/> inside <paramref name="commune"/>; <paramref name="absent"/> when it is not an active commune.</summary>
    private async Task<T> InActiveCommuneAsync<T>(int commune, T absent, Func<IServiceProvider, CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        if ((await communes.ActiveAsync(cancellationToken)).All(c => c.Id != commune))
        {
            return absent;
        }

        return await scopes.InCommuneAsync(commune, work, cancellationToken);
    }

    private static IQueryable<Nomination> SentToCity(AppDbContext db, int id) =>
        db.Nominations.Where(n => n.Id == id && n.AwardForm == AwardForm.CityCertificate && n.City != null);
}
