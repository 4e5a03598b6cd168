using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using NguyenLuongBang.Emulation.Web.Data;

namespace NguyenLuongBang.Emulation.Web.Features.Notifications;

/// <summary>The bell in the navigation bar with the unread count (one query).</summary>
public sealed class NotificationBellViewComponent(AppDbContext db) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var userId = UserClaimsPrincipal.FindFirstValue(ClaimTypes.NameIdentifier);
        var unread = userId is null ? 0 : await db.Notifications.CountAsync(n => n.UserId == userId && n.ReadAt == null);
        return View(unread);
    }
}
