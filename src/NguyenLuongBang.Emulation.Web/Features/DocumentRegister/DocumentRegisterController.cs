using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using NguyenLuongBang.Emulation.Domain.Common;
using NguyenLuongBang.Emulation.Web.Data;
using NguyenLuongBang.Emulation.Web.Identity;

namespace NguyenLuongBang.Emulation.Web.Features.DocumentRegister;

/// <summary>The document register: who issued which number, per issuer, type and year.</summary>
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
        return View(new RegisterPage(chosen, type, rows));
    }
}

public sealed record RegisterPage(int Year, string? Type, IReadOnlyList<Domain.Documents.RegisteredDocument> Rows);
