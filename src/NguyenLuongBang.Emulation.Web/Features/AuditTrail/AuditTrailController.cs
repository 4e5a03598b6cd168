using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using NguyenLuongBang.Emulation.Domain.Auditing;
using NguyenLuongBang.Emulation.Domain.Common;
using NguyenLuongBang.Emulation.Web.Data;
using NguyenLuongBang.Emulation.Web.Identity;

namespace NguyenLuongBang.Emulation.Web.Features.AuditTrail;

public sealed class AuditFilter
{
    public string? Person { get; set; }

    public string? Record { get; set; }

    /// <summary>Part of the action's name ("Action" would collide with the route value).</summary>
    public string? Activity { get; set; }

    public DateOnly? From { get; set; }

    public DateOnly? To { get; set; }

    public int Page { get; set; } = 1;
}

/// <summary>Who did what: the audit log, filtered by user, record, action and date, and exported to Excel.</summary>
[Authorize(Policy = Policies.Administer)]
[Route("Admin/Audit/[action]")]
public sealed class AuditTrailController(AppDbContext db) : Controller
{
    private const int PageSize = 50;
    private const int ExportLimit = 20_000;

    [HttpGet("/Admin/Audit")]
    public async Task<IActionResult> Index(AuditFilter filter, CancellationToken cancellationToken)
    {
        var query = Filtered(filter);
        var total = await query.CountAsync(cancellationToken);
        var page = Math.Max(1, filter.Page);
        var rows = await query.OrderByDescending(a => a.Id).Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(cancellationToken);
        return View(new AuditPage(filter, rows, total, page, (total + PageSize - 1) / PageSize));
    }

    [HttpGet]
    public async Task<IActionResult> Export(AuditFilter filter, CancellationToken cancellationToken)
    {
        var rows = await Filtered(filter).OrderByDescending(a => a.Id).Take(ExportLimit).ToListAsync(cancellationToken);
        using var stream = new MemoryStream();
        await stream.SaveAsAsync(rows.Select(a => new Dictionary<string, object?>
        {
            ["Thời điểm"] = VietnamTime.ToLocal(a.At).ToString("dd/MM/yyyy HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture),
            ["Người thực hiện"] = a.UserName,
            ["Hành động"] = a.Action,
            ["Đối tượng"] = a.EntityType,
            ["Mã đối tượng"] = a.EntityId,
            ["Chi tiết"] = a.Details,
            ["Địa chỉ"] = a.IpAddress,
        }).ToList(), cancellationToken: cancellationToken);
        return File(stream.ToArray(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "nhat-ky-he-thong.xlsx");
    }

    private IQueryable<AuditEntry> Filtered(AuditFilter filter)
    {
        var query = db.AuditEntries.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(filter.Person))
        {
            query = query.Where(a => a.UserName.Contains(filter.Person.Trim()));
        }

        if (!string.IsNullOrWhiteSpace(filter.Record))
        {
            var record = filter.Record.Trim();
            query = query.Where(a => a.EntityType.Contains(record) || a.EntityId == record);
        }

        if (!string.IsNullOrWhiteSpace(filter.Activity))
        {
            query = query.Where(a => a.Action.Contains(filter.Activity.Trim()));
        }

        if (filter.From is { } from)
        {
            var start = VietnamTime.EndOfDay(from.AddDays(-1));
            query = query.Where(a => a.At > start);
        }

        if (filter.To is { } to)
        {
            var end = VietnamTime.EndOfDay(to);
            query = query.Where(a => a.At <= end);
        }

        return query;
    }
}

public sealed record AuditPage(AuditFilter Filter, IReadOnlyList<AuditEntry> Rows, int Total, int Page, int Pages);
