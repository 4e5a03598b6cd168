using System.Text;
using Microsoft.EntityFrameworkCore;
using NguyenLuongBang.Emulation.Web.Data;
using NguyenLuongBang.Emulation.Web.Documents;
using NguyenLuongBang.Emulation.Web.Features.DocumentRegister;

namespace NguyenLuongBang.Emulation.Web.Features.PersonalCertificates;

/// <summary>Who a document names as its signer, and the certificates bound to them.</summary>
public static class NamedSigners
{
    /// <summary>
    /// The person an issued document names: for now, the commune's active (not locked) accounts that
    /// hold a signing office and whose full name equals the document's signer name (NFC,
    /// case-insensitive) — an account merely named like the signer, without the office, is not him.
    /// The one place to change when documents store their signer's account.
    /// </summary>
    public static async Task<NamedSigner> ForAsync(AppDbContext db, string signerName, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(signerName);
        var name = signerName.Normalize(NormalizationForm.FormC).Trim();
        var accounts = await db.Users.AsNoTracking().Where(u => u.SigningOffice != null && (u.LockoutEnd == null || u.LockoutEnd <= now)).Select(u => new { u.Id, u.FullName }).ToListAsync(cancellationToken);
        var ids = accounts.Where(a => string.Equals(a.FullName.Normalize(NormalizationForm.FormC).Trim(), name, StringComparison.OrdinalIgnoreCase)).Select(a => a.Id).ToList();
        return await ForAccountsAsync(db, ids, name, cancellationToken);
    }

    /// <summary>
    /// The certificates of the given accounts (the minutes' chair and secretary, known by account):
    /// those bound to them, and those of the keys installed for them in the portal (their signatures
    /// in the portal, or a copy they sign elsewhere with the same certificate).
    /// </summary>
    public static async Task<NamedSigner> ForAccountsAsync(AppDbContext db, IReadOnlyList<string> accountIds, string names, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var thumbprints = await db.PersonalCertificates.AsNoTracking().Where(c => accountIds.Contains(c.AccountId) && c.RemovedAt == null).Select(c => c.Thumbprint).ToListAsync(cancellationToken);
        thumbprints.AddRange(await db.SigningCertificates.AsNoTracking().Where(c => c.AccountId != null && accountIds.Contains(c.AccountId) && c.RemovedAt == null)
            .Select(c => c.Thumbprint).ToListAsync(cancellationToken));
        return new NamedSigner(names, thumbprints);
    }
}
