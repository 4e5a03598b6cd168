using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using NguyenLuongBang.Emulation.Domain.Awards;
using NguyenLuongBang.Emulation.Domain.Common;
using NguyenLuongBang.Emulation.Domain.Documents;
using NguyenLuongBang.Emulation.Domain.Nominations;
using NguyenLuongBang.Emulation.Web.Data;
using NguyenLuongBang.Emulation.Web.Documents;
using NguyenLuongBang.Emulation.Web.Features.DocumentRegister;
using NguyenLuongBang.Emulation.Web.Infrastructure;

namespace NguyenLuongBang.Emulation.Web.Features.Awards;

/// <summary>
/// The achievement report (báo cáo thành tích) of a Bằng khen proposal as a file, drawn from the
/// dossier as saved: for the commune's reviewer, and for the city reading the proposal it received.
/// </summary>
public sealed partial class DossierFiles(AppDbContext db, PortalSettings settings, Signatories signatories, TimeProvider clock)
{
    /// <param name="round">The round the proposal must be of (the commune's pages); null for any round (the city's list).</param>
    /// <returns>Null when the proposal or its dossier is not there (in the current commune).</returns>
    public async Task<(byte[] Content, string FileName)?> RenderAsync(int id, ReviewRound? round, Func<OfficialDocument, byte[]> render, string extension, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(render);
        var query = db.Nominations.AsNoTracking().Include(n => n.Dossier)
            .Where(n => n.Id == id && n.AwardForm == AwardForm.CityCertificate && n.Dossier != null);
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
            new AchievementParts(dossier.Overview, dossier.Achievements, dossier.Honours, dossier.CertifierName, dossier.CertifierTitle), completed, dossier.CompletedAt is null,
            await ProposingLevelAsync(nomination, cancellationToken));
        var slug = Slug().Replace(Names.Fold(nomination.NomineeName), "-").Trim('-');
        slug = slug.Length == 0 ? id.ToString(CultureInfo.InvariantCulture) : slug[..Math.Min(slug.Length, 80)].TrimEnd('-');
        return (render(document), $"bao-cao-thanh-tich-{slug}{(dossier.CompletedAt is null ? "-du-thao" : string.Empty)}.{extension}");
    }

    /// <summary>
    /// Who certifies for the commune: once the proposal went up, the person who signed the tờ trình
    /// that carried it, as he signed it; before, as a draft tờ trình names him, whoever holds the
    /// chairman's office now (blank when no account does).
    /// </summary>
    private async Task<ProposingLevel> ProposingLevelAsync(Nomination nomination, CancellationToken cancellationToken)
    {
        if (nomination.City?.SubmissionNumber is { } number
            && await db.Submissions.AsNoTracking()
                .Where(s => s.Target == SubmissionTarget.City && s.Number == number && s.RoundKind == nomination.RoundKind && s.RoundYear == nomination.RoundYear)
                .Select(s => s.Document!.Model).FirstOrDefaultAsync(cancellationToken) is { } model
            && DocumentIssuer.ReadDocument(model) is { } submission)
        {
            return new ProposingLevel(submission.SignerName, submission.SignerAuthority.Where(a => !a.StartsWith("TM.", StringComparison.Ordinal)).ToList());
        }

        return new ProposingLevel(await signatories.HolderNameAsync(SigningOffice.Chairman, cancellationToken), AwardDocuments.Authority(SignerTitle.Chairman));
    }

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex Slug();
}
