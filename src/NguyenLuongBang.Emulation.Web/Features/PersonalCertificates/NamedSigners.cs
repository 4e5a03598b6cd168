using System.Text;
using Microsoft.EntityFrameworkCore;
using NguyenLuongBang.Emulation.Web.Data;
using NguyenLuongBang.Emulation.Web.Features.DocumentRegister;

namespace NguyenLuongBang.Emulation.Web.Features.PersonalCertificates;

/// <summary>Who a document names as its signer, and the certificates bound to them.</summary>
public static class NamedSigners
{
    /// <summary>
    /// The people an issued document names: for now, the commune's active (not locked) accounts whose
    /// full name equals a signer name of the document (NFC, case-insensitive) — for the main signer,
    /// only an account holding a signing office (one merely named like him is not him); for a second
    /// signer (the minutes' secretary), the council member named. The one place to change when
    /// documents store their signers' accounts.
    /// </summary>
    public static async Task<NamedSigner> ForAsync(AppDbContext db, IReadOnlyList<string> signerNames, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(signerNames);
        var names = signerNames.Select(n => n.Normalize(NormalizationForm.FormC).Trim()).ToList();
        var accounts = await db.Users.AsNoTracking().Where(u => (u.LockoutEnd == null || u.LockoutEnd <= now)).Select(u => new { u.Id, u.FullName, u.SigningOffice }).ToListAsync(cancellationToken);

        // The main signer holds a signing office; a second signer (the council's secretary) is named by the document itself.
        var ids = accounts.Where(a => names.Select((n, i) => (n, i)).Any(x => (x.i > 0 || a.SigningOffice != null)
            && string.Equals(a.FullName.Normalize(NormalizationForm.FormC).Trim(), x.n, StringComparison.OrdinalIgnoreCase))).Select(a => a.Id).ToList();
        var thumbprints = await db.PersonalCertificates.AsNoTracking().Where(c => ids.Contains(c.AccountId) && c.RemovedAt == null).Select(c => c.Thumbprint).ToListAsync(cancellationToken);

        // A key installed in the portal for the person is theirs too (a copy they sign elsewhere with the same certificate, or their signature in the portal on an earlier copy).
        thumbprints.AddRange(await db.SigningCertificates.AsNoTracking().Where(c => c.AccountId != null && ids.Contains(c.AccountId) && c.RemovedAt == null)
            .Select(c => c.Thumbprint).ToListAsync(cancellationToken));

        return new NamedSigner(string.Join(" và ", names), thumbprints);
    }
}
