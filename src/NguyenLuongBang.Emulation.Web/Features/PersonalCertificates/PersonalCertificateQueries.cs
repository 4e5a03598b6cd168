using Microsoft.EntityFrameworkCore;
using NguyenLuongBang.Emulation.Web.Data;

namespace NguyenLuongBang.Emulation.Web.Features.PersonalCertificates;

/// <summary>The accounts with their certificates bound, and one account's certificates and key.</summary>
public sealed class PersonalCertificateQueries(AppDbContext db, TimeProvider clock)
{
    public async Task<IReadOnlyList<AccountCertificatesLine>> AccountsAsync(CancellationToken cancellationToken) =>
        await db.Users.AsNoTracking().OrderBy(u => u.FullName)
            .Select(u => new AccountCertificatesLine(u.Id, u.FullName, u.Email, db.PersonalCertificates.Count(c => c.AccountId == u.Id && c.RemovedAt == null)))
            .ToListAsync(cancellationToken);

    /// <returns>Null when the commune has no such account.</returns>
    public async Task<AccountCertificatesPage?> PageAsync(string accountId, CancellationToken cancellationToken)
    {
        var account = await db.Users.AsNoTracking().Where(u => u.Id == accountId).Select(u => new { u.Id, u.FullName, u.Email, u.Position }).SingleOrDefaultAsync(cancellationToken);
        if (account is null)
        {
            return null;
        }

        var now = clock.GetUtcNow();
        var certificates = await db.PersonalCertificates.AsNoTracking().Where(c => c.AccountId == accountId).OrderByDescending(c => c.Id)
            .Select(c => new BoundCertificateLine(c.Id, c.Subject, c.Issuer, c.Thumbprint, c.NotBefore, c.NotAfter, c.InstalledAt, c.InstalledByName, c.RemovedAt))
            .ToListAsync(cancellationToken);
        var key = await db.SigningCertificates.AsNoTracking().Where(c => c.AccountId == accountId && c.RemovedAt == null).OrderByDescending(c => c.Id)
            .Select(c => new SigningKeyLine(c.Subject, c.Issuer, c.NotAfter, c.IsDemo, c.ImagePng, c.InstalledAt, c.InstalledByName)).FirstOrDefaultAsync(cancellationToken);
        return new AccountCertificatesPage(account.Id, account.FullName, account.Email, account.Position, certificates, now) { Key = key };
    }
}
