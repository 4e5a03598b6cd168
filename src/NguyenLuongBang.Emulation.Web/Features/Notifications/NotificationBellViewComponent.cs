using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using NguyenLuongBang.Emulation.Web.Data;

namespace NguyenLuongBang.Emulation.Web.Features.Notifications;

/// <summary>
/// The bell in the navigation bar with the unread count: read with the session in the same query
/// (<see cref="Identity.SessionStore"/>), or counted here when the request has none.
/// </summary>
public sealed class NotificationBellViewComponent(AppDbContext db) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var userId = UserClaimsPrincipal.FindFirstValue(ClaimTypes.NameIdentifier);
        var unread = userId is null ? 0
            : HttpContext.Items.TryGetValue(Identity.SessionStore.UnreadNotificationsKey, out var read) && read is int counted ? counted
            : await db.Notifications.CountAsync(n => n.UserId == userId && n.ReadAt == null);
        return View(unread);
    }
}
