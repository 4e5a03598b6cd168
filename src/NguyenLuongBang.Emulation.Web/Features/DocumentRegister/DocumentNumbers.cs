using Microsoft.EntityFrameworkCore;
using NguyenLuongBang.Emulation.Domain.Common;
using NguyenLuongBang.Emulation.Domain.Documents;
using NguyenLuongBang.Emulation.Web.Data;
using NguyenLuongBang.Emulation.Web.Infrastructure;

namespace NguyenLuongBang.Emulation.Web.Features.DocumentRegister;

/// <summary>
/// Gives the next number of an issuer's document type for the year. Two people issuing at once
/// cannot get the same number: the unique index refuses the second, which then takes the next.
/// </summary>
public sealed class DocumentNumbers(AppDbContext db, AuditLog audit, TimeProvider clock)
{
    public const string CommuneCommittee = "UBND";
    public const string CultureOffice = "VHXH";
    public const string Council = "HĐTĐKT";

    public async Task<RegisteredDocument> IssueAsync(string issuer, string typeCode, string title, DateOnly issuedOn, Actor by, CancellationToken cancellationToken = default) =>
        (await IssueManyAsync(issuer, typeCode, [title], issuedOn, by, cancellationToken))[0];

    /// <summary>Consecutive numbers for several documents of one type (e.g. the certificates of a decision).</summary>
    public async Task<IReadOnlyList<RegisteredDocument>> IssueManyAsync(string issuer, string typeCode, IReadOnlyList<string> titles, DateOnly issuedOn, Actor by, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(titles);
        for (var attempt = 1; ; attempt++)
        {
            var last = await db.DocumentRegister
                .Where(d => d.Issuer == issuer && d.TypeCode == typeCode && d.Year == issuedOn.Year)
                .MaxAsync(d => (int?)d.Sequence, cancellationToken) ?? 0;
            var documents = titles.Select((title, i) => new RegisteredDocument(issuer, typeCode, issuedOn.Year, last + 1 + i, title, issuedOn, by, clock.GetUtcNow())).ToList();
            foreach (var document in documents)
            {
                db.DocumentRegister.Add(document);
                audit.Add("Cấp số văn bản", "Sổ đăng ký văn bản", document.Number, document.Title);
            }

            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return documents;
            }
            catch (DbUpdateException) when (attempt < 5)
            {
                // Someone took this number a moment ago: forget ours and take the next.
                db.ChangeTracker.Entries().Where(e => e.State == EntityState.Added).ToList().ForEach(e => e.State = EntityState.Detached);
            }
        }
    }
}
