using Microsoft.EntityFrameworkCore;
using NguyenLuongBang.Emulation.Web.Data;

namespace NguyenLuongBang.Emulation.Web.Features.Awards;

/// <summary>
/// A Giấy khen no longer in force: its decision was replaced by <paramref name="Decision"/>, which
/// gave the same awardee <paramref name="ReplacedBy"/> (the new certificate, with its code), or
/// left the awardee out — then the certificate is revoked (<paramref name="ReplacedBy"/> null).
/// </summary>
public sealed record CertificateStanding(string Decision, string? ReplacedBy, string? ReplacedByCode)
{
    public bool Revoked => ReplacedBy is null;
}

/// <summary>
/// Derives whether certificates still stand from what a correction already stores: the certificate's
/// line, its decision, the decision that corrects it (<c>CorrectsDecisionId</c>) and that
/// decision's line for the same nomination. Nothing is written, so certificates issued before this
/// existed are judged the same way, and each awardee of a decision chain has one certificate in force.
/// </summary>
public static class CertificateStandings
{
    /// <summary>The standing of each certificate (issued document id) that is no longer in force; the others are absent.</summary>
    public static async Task<IReadOnlyDictionary<int, CertificateStanding>> OfAsync(AppDbContext db, IReadOnlyCollection<int> certificateDocumentIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(certificateDocumentIds);
        if (certificateDocumentIds.Count == 0)
        {
            return new Dictionary<int, CertificateStanding>();
        }

        var ids = certificateDocumentIds.ToList();
        var rows = await (
                from decision in db.AwardDecisions.AsNoTracking()
                from line in decision.Lines
                where line.CertificateDocumentId != null && ids.Contains(line.CertificateDocumentId.Value)
                from next in db.AwardDecisions.Where(n => n.CorrectsDecisionId == decision.Id)
                select new
                {
                    Id = line.CertificateDocumentId!.Value,
                    next.Number,
                    Kept = next.Lines.Where(l => l.NominationId == line.NominationId && l.CertificateDocument != null)
                        .Select(l => new { l.CertificateDocument!.Number, l.CertificateDocument.VerificationCode }).FirstOrDefault(),
                })
            .ToListAsync(cancellationToken);
        return rows.GroupBy(r => r.Id).ToDictionary(g => g.Key, g => g.Select(r => new CertificateStanding(r.Number, r.Kept?.Number, r.Kept?.VerificationCode)).First());
    }
}
