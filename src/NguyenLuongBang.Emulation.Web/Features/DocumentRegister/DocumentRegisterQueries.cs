using Microsoft.EntityFrameworkCore;
using NguyenLuongBang.Emulation.Domain.Common;
using NguyenLuongBang.Emulation.Web.Data;
using NguyenLuongBang.Emulation.Web.Documents;
using NguyenLuongBang.Emulation.Web.Infrastructure;

namespace NguyenLuongBang.Emulation.Web.Features.DocumentRegister;

/// <summary>What the register's pages read: the numbers of a year with their issued documents and files, one stored file, and the numbers each register goes on from.</summary>
public sealed class DocumentRegisterQueries(AppDbContext db, TimeProvider clock)
{
    public async Task<RegisterPage> RegisterAsync(int? year, string? type, CancellationToken cancellationToken)
    {
        var chosen = year ?? VietnamTime.Today(clock).Year;
        var query = db.DocumentRegister.AsNoTracking().Where(d => d.Year == chosen);
        if (!string.IsNullOrWhiteSpace(type))
        {
            query = query.Where(d => d.TypeCode == type);
        }

        var rows = await query.OrderBy(d => d.Issuer).ThenBy(d => d.TypeCode).ThenByDescending(d => d.Sequence).ToListAsync(cancellationToken);
        var ids = rows.Select(r => r.Id).ToList();
        var issued = await db.IssuedDocuments.AsNoTracking().Where(d => ids.Contains(d.RegistrationId))
            .Select(d => new
            {
                d.Id,
                d.RegistrationId,
                d.SignerName,
                d.VerificationCode,
                d.SignedWith,
                ReplacedBy = db.IssuedDocuments.Where(r => r.ReplacesId == d.Id).Select(r => r.Number).FirstOrDefault(),
                Files = d.Files.OrderBy(f => f.Format).Select(f => new IssuedFileLine(f.Id, f.Format, f.StoredFile!.Sha256, f.StoredFile.Size)).ToList(),
            })
            .ToListAsync(cancellationToken);
        var standings = await Awards.CertificateStandings.OfAsync(db, issued.Select(i => i.Id).ToList(), cancellationToken);
        var byRegistration = issued.ToDictionary(i => i.RegistrationId, i => standings.GetValueOrDefault(i.Id) is { } standing
            ? new IssuedLine(i.Id, i.SignerName, standing.ReplacedBy, i.Files, i.VerificationCode, i.SignedWith) { ByDecision = standing.Decision, Revoked = standing.Revoked }
            : new IssuedLine(i.Id, i.SignerName, i.ReplacedBy, i.Files, i.VerificationCode, i.SignedWith));
        return new RegisterPage(chosen, type, rows.Select(r => new RegisterLine(r, byRegistration.GetValueOrDefault(r.Id))).ToList());
    }

    /// <summary>One stored file of an issued document, or null.</summary>
    public Task<FileDownload?> FileAsync(int fileId, CancellationToken cancellationToken) =>
        db.IssuedDocuments.AsNoTracking().SelectMany(d => d.Files).Where(f => f.Id == fileId)
            .Select(f => new FileDownload(f.StoredFile!.FileName, f.StoredFile.ContentType, f.StoredFile.Content)).SingleOrDefaultAsync(cancellationToken);

    /// <summary>For each register of the commune in <paramref name="year"/> (this year when out of range): the last number taken and the next one.</summary>
    public async Task<RegisterStartsPage> StartsAsync(int? year, CancellationToken cancellationToken)
    {
        var chosen = year is >= 2000 and <= 2100 ? year.Value : VietnamTime.Today(clock).Year;
        var taken = await db.DocumentRegister.AsNoTracking().Where(d => d.Year == chosen)
            .GroupBy(d => new { d.Issuer, d.TypeCode }).Select(g => new { g.Key.Issuer, g.Key.TypeCode, Last = g.Max(d => d.Sequence) })
            .ToListAsync(cancellationToken);
        var starts = await db.RegisterStarts.AsNoTracking().Where(r => r.Year == chosen).ToListAsync(cancellationToken);
        var lines = DocumentNumbers.CommuneRegisters.Select(r =>
        {
            var last = taken.Where(t => t.Issuer == r.Issuer && t.TypeCode == r.TypeCode).Select(t => t.Last).FirstOrDefault();
            var start = starts.FirstOrDefault(s => s.Issuer == r.Issuer && s.TypeCode == r.TypeCode);
            return new RegisterStartLine(r.Issuer, r.TypeCode, r.Name, last, Math.Max(last + 1, start?.NextSequence ?? 1), start?.SetByName, start?.SetAt);
        }).ToList();
        return new RegisterStartsPage(chosen, lines);
    }
}

