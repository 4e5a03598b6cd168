using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using NguyenLuongBang.Emulation.Domain.Common;
using NguyenLuongBang.Emulation.Domain.Documents;
using NguyenLuongBang.Emulation.Web.Data;
using NguyenLuongBang.Emulation.Web.Identity;

namespace NguyenLuongBang.Emulation.Web.Features.DocumentRegister;

/// <summary>
/// The document register: who issued which number, per issuer, type and year — and, for each
/// issued document, its stored files with their SHA-256 and what replaced it.
/// </summary>
[Authorize(Policy = Policies.Administer)]
public sealed class DocumentRegisterController(AppDbContext db, TimeProvider clock) : Controller
{
    [HttpGet("/Admin/Register")]
    public async Task<IActionResult> Index(int? year, string? type, CancellationToken cancellationToken)
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
                ReplacedBy = db.IssuedDocuments.Where(r => r.ReplacesId == d.Id).Select(r => r.Number).FirstOrDefault(),
                Files = d.Files.OrderBy(f => f.Format).Select(f => new IssuedFileLine(f.Format, f.StoredFile!.Sha256, f.StoredFile.Size)).ToList(),
            })
            .ToListAsync(cancellationToken);
        var byRegistration = issued.ToDictionary(i => i.RegistrationId, i => new IssuedLine(i.SignerName, i.ReplacedBy, i.Files));
        return View(new RegisterPage(chosen, type, rows.Select(r => new RegisterLine(r, byRegistration.GetValueOrDefault(r.Id))).ToList()));
    }
}

public sealed record RegisterPage(int Year, string? Type, IReadOnlyList<RegisterLine> Rows);

public sealed record RegisterLine(RegisteredDocument Registration, IssuedLine? Issued);

public sealed record IssuedLine(string SignerName, string? ReplacedBy, IReadOnlyList<IssuedFileLine> Files);

public sealed record IssuedFileLine(IssuedFileFormat Format, string Sha256, long Size);
