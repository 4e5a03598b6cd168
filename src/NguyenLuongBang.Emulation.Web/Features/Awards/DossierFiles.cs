using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using NguyenLuongBang.Emulation.Domain.Common;
using NguyenLuongBang.Emulation.Domain.Nominations;
using NguyenLuongBang.Emulation.Web.Data;
using NguyenLuongBang.Emulation.Web.Documents;
using NguyenLuongBang.Emulation.Web.Infrastructure;

namespace NguyenLuongBang.Emulation.Web.Features.Awards;

/// <summary>
/// The achievement report (báo cáo thành tích) of a Bằng khen proposal as a file, drawn from the
/// dossier as saved: for the commune's reviewer, and for the city reading the proposal it received.
/// </summary>
public sealed partial class DossierFiles(AppDbContext db, PortalSettings settings, TimeProvider clock)
{
    /// <param name="round">The round the proposal must be of (the commune's pages); null for any round (the city's list).</param>
    /// <returns>Null when the proposal or its dossier is not there (in the current commune).</returns>
    public async Task<(byte[] Content, string FileName)?> RenderAsync(int id, ReviewRound? round, Func<OfficialDocument, byte[]> render, string extension, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(render);
        var query = db.Nominations.AsNoTracking().Include(n => n.Dossier)
            .Where(n => n.Id == id && n.AwardForm == AwardForm.CityCertificateProposal && n.Dossier != null);
        if (round is { } r)
        {
            query = query.Where(n => n.RoundKind == r.Kind && n.RoundYear == r.Year);
        }

        var nomination = await query.SingleOrDefaultAsync(cancellationToken);
        if (nomination?.Dossier is not { } dossier)
        {
            return null;
        }

        var unit = nomination.UnitId is { } u ? await db.Units.AsNoTracking().Where(x => x.Id == u).Select(x => x.Name).FirstOrDefaultAsync(cancellationToken) : null;
        var completed = dossier.CompletedAt is { } at ? DateOnly.FromDateTime(VietnamTime.ToLocal(at).DateTime) : VietnamTime.Today(clock);
        var document = AchievementReportDocument.Build(await settings.IssuerAsync(cancellationToken), nomination.NomineeName, nomination.NomineeKind, unit,
            new AchievementParts(dossier.Overview, dossier.Achievements, dossier.Honours, dossier.CertifierName, dossier.CertifierTitle), completed, dossier.CompletedAt is null);
        var slug = Slug().Replace(Names.Fold(nomination.NomineeName), "-").Trim('-');
        slug = slug.Length == 0 ? id.ToString(CultureInfo.InvariantCulture) : slug[..Math.Min(slug.Length, 80)].TrimEnd('-');
        return (render(document), $"bao-cao-thanh-tich-{slug}{(dossier.CompletedAt is null ? "-du-thao" : string.Empty)}.{extension}");
    }

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex Slug();
}
