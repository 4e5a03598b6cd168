using System.Security.Claims;
using NguyenLuongBang.Emulation.Domain.Auditing;
using NguyenLuongBang.Emulation.Web.Data;
using NguyenLuongBang.Emulation.Web.Identity;

namespace NguyenLuongBang.Emulation.Web.Infrastructure;

/// <summary>Records what users do. <see cref="Add"/> joins the caller's unit of work; <see cref="WriteAsync"/> saves at once.</summary>
public sealed class AuditLog(AppDbContext db, IHttpContextAccessor http, TimeProvider clock)
{
    /// <summary>Who acts when no one is signed in (the demo data run at its own dates, an operator command).</summary>
    public Domain.Common.Actor? ActingFor { get; set; }

    public void Add(string action, string entityType, string? entityId, string? details = null, string? userName = null)
    {
        var context = http.HttpContext;
        var user = context?.User;
        var signedIn = user?.Identity?.IsAuthenticated == true;
        db.AddAudit(new AuditEntry(
            clock.GetUtcNow(),
            signedIn ? user!.FindFirstValue(ClaimTypes.NameIdentifier) : ActingFor?.UserId,
            userName ?? (signedIn ? user!.GetFullName() : ActingFor?.Name ?? "Khách"),
            action,
            entityType,
            entityId,
            details,
            context?.Connection.RemoteIpAddress?.ToString()));
    }

    /// <summary>An audit row for a record that is new in this unit of work: its id is filled in when the save gives it one.</summary>
    public void Add(string action, string entityType, object entity, string? details = null)
    {
        ArgumentNullException.ThrowIfNull(entity);
        Add(action, entityType, (string?)null, details);
        db.IdentifyLastAudit(entity);
    }

    public async Task WriteAsync(string action, string entityType, string? entityId, string? details = null, string? userName = null)
    {
        Add(action, entityType, entityId, details, userName);
        await db.SaveChangesAsync();
    }
}
