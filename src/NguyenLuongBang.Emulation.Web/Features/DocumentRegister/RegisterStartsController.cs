using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using NguyenLuongBang.Emulation.Domain.Common;
using NguyenLuongBang.Emulation.Web.Data;
using NguyenLuongBang.Emulation.Web.Identity;
using NguyenLuongBang.Emulation.Web.Infrastructure;

namespace NguyenLuongBang.Emulation.Web.Features.DocumentRegister;

/// <summary>
/// The văn thư's numbers: for each register of the year, the last number the portal took and the
/// number the next document takes; the administrator (the văn thư's role in the portal) sets where
/// a register goes on from when the commune's own register has run outside the portal.
/// </summary>
[Authorize(Policy = Policies.Administer)]
[Route("Admin/Register/Next")]
public sealed class RegisterStartsController(AppDbContext db, DocumentNumbers numbers, TimeProvider clock) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(int? year, CancellationToken cancellationToken)
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
        return View("~/Features/DocumentRegister/Next.cshtml", new RegisterStartsPage(chosen, lines));
    }

    [HttpPost("")]
    public async Task<IActionResult> Set(int year, string? issuer, string? typeCode, string? next, CancellationToken cancellationToken)
    {
        var register = DocumentNumbers.CommuneRegisters.FirstOrDefault(r => r.Issuer == issuer && r.TypeCode == typeCode);
        if (register.Issuer is null)
        {
            TempData["Error"] = "Sổ văn bản không có trong danh sách.";
        }
        else if (year is < 2000 or > 2100)
        {
            TempData["Error"] = "Năm của sổ văn bản không hợp lệ.";
        }
        else if (!int.TryParse(next?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var sequence))
        {
            TempData["Error"] = $"Số tiếp theo của sổ {register.Name} phải là số nguyên dương (ví dụ 385).";
        }
        else
        {
            try
            {
                await numbers.SetNextAsync(register.Issuer, register.TypeCode, year, sequence, User.ToActor(), cancellationToken);
                TempData["Message"] = $"Sổ {register.Name} năm {year}: văn bản tiếp theo nhận số {sequence:00}.";
            }
            catch (DomainException refused)
            {
                TempData["Error"] = refused.Message;
            }
        }

        return Redirect($"/Admin/Register/Next?year={year}");
    }
}

public sealed record RegisterStartsPage(int Year, IReadOnlyList<RegisterStartLine> Lines);

public sealed record RegisterStartLine(string Issuer, string TypeCode, string Name, int LastTaken, int Next, string? SetByName, DateTimeOffset? SetAt);
