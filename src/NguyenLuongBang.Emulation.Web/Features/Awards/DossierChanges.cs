using System.Globalization;
using Microsoft.EntityFrameworkCore;
using NguyenLuongBang.Emulation.Domain.Common;
using NguyenLuongBang.Emulation.Domain.Nominations;
using NguyenLuongBang.Emulation.Web.Data;
using NguyenLuongBang.Emulation.Web.Infrastructure;

namespace NguyenLuongBang.Emulation.Web.Features.Awards;

/// <summary>
/// The achievement report's two writes as the reviewer makes them — saved, completed — each the
/// entity's verb and the audit row it leaves, for <see cref="RecordChanges"/> to apply under the
/// proposal's lock: the dossier page and the demo's finished round write it the same way.
/// </summary>
public static class DossierChanges
{
    /// <summary>A Bằng khen proposal of the round with what its dossier's rules read (its objections and report); tracked, for a change.</summary>
    public static Task<Nomination?> LoadAsync(AppDbContext db, ReviewRound round, int id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Nominations.Include(n => n.Objections).Include(n => n.Dossier)
            .SingleOrDefaultAsync(n => n.Id == id && n.RoundKind == round.Kind && n.RoundYear == round.Year && n.AwardForm == AwardForm.CityCertificate, cancellationToken);
    }

    /// <summary>A fingerprint of the report as saved: a save from a page showing something else is a save over someone's work.</summary>
    public static string? Stamp(Nomination nomination)
    {
        ArgumentNullException.ThrowIfNull(nomination);
        return nomination.Dossier is not { } d ? null
            : Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(
                string.Join('\u001f', d.Overview, d.Achievements, d.Honours, d.CertifierName, d.CertifierTitle, d.CompletedAt?.UtcTicks))))[..24];
    }

    /// <summary>The report as typed; a <see cref="DomainException"/> when the dossier may no longer change.</summary>
    public static Change Write(Nomination nomination, AchievementParts parts, Actor by, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(nomination);
        ArgumentNullException.ThrowIfNull(parts);
        nomination.WriteDossier(parts.Overview, parts.Achievements, parts.Honours, parts.CertifierName, parts.CertifierTitle, by, now);
        return new Change("Lưu báo cáo thành tích", "Đề nghị khen thưởng", nomination.Id.ToString(CultureInfo.InvariantCulture), nomination.NomineeName,
            $"Đã lưu báo cáo thành tích của {nomination.NomineeName}.");
    }

    /// <summary>The report marked final, the dossier's last part before the tờ trình to the city.</summary>
    public static Change Complete(Nomination nomination, Actor by, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(nomination);
        nomination.CompleteDossier(by, now);
        return new Change("Hoàn thiện báo cáo thành tích", "Đề nghị khen thưởng", nomination.Id.ToString(CultureInfo.InvariantCulture), nomination.NomineeName,
            $"Đã hoàn thiện báo cáo thành tích của {nomination.NomineeName}.");
    }
}
