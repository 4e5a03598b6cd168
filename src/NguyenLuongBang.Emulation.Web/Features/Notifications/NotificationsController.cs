using System.Security.Claims;
using Microsoft.AspNetCore.Mvc;

namespace NguyenLuongBang.Emulation.Web.Features.Notifications;

/// <summary>The signed-in user's own notifications.</summary>
public sealed class NotificationsController(NotificationInbox inbox) : Controller
{
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await inbox.ListAsync(Me, cancellationToken));

    /// <summary>Marks one notification read and follows its link (local links only).</summary>
    [HttpPost]
    public async Task<IActionResult> Open(long id, CancellationToken cancellationToken)
    {
        var (found, url) = await inbox.OpenAsync(id, Me, cancellationToken);
        if (!found)
        {
            return NotFound();
        }

        return url is not null && Url.IsLocalUrl(url) ? LocalRedirect(url) : RedirectToAction(nameof(Index));
    }

    [HttpPost]
    public async Task<IActionResult> ReadAll(CancellationToken cancellationToken)
    {
        await inbox.ReadAllAsync(Me, cancellationToken);
        return RedirectToAction(nameof(Index));
    }

    private string? Me => User.FindFirstValue(ClaimTypes.NameIdentifier);
}

public sealed record NotificationLine(long Id, string Text, string? Url, DateTimeOffset CreatedAt, bool Read);
