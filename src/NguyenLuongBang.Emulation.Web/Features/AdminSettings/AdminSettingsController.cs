using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using NguyenLuongBang.Emulation.Web.Data;
using NguyenLuongBang.Emulation.Web.Identity;
using NguyenLuongBang.Emulation.Web.Infrastructure;

namespace NguyenLuongBang.Emulation.Web.Features.AdminSettings;

/// <summary>Every setting with its default and explanation; a change applies on the next request and is audited with old and new value.</summary>
[Authorize(Policy = Policies.Administer)]
[Route("Admin/Settings/[action]")]
public sealed class AdminSettingsController(PortalSettings settings, AppDbContext db, AuditLog audit) : Controller
{
    [HttpGet("/Admin/Settings")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) => View(await PageAsync(null, null, null, cancellationToken));

    [HttpPost]
    public async Task<IActionResult> Save(string key, string? value, CancellationToken cancellationToken)
    {
        var definition = PortalSettings.Find(key);
        if (definition is null)
        {
            return NotFound();
        }

        // A setting is a name or a short value: one Unicode form, one line, no invisible characters.
        var text = Domain.Common.Names.Clean(value);
        var error = PortalSettings.Check(definition, text) ?? await CrossCheckAsync(key, text);
        if (error is not null)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View("Index", await PageAsync(key, text, error, cancellationToken));
        }

        var old = await settings.SetAsync(key, text, User.ToActor());
        audit.Add("Thay đổi cài đặt", "Cài đặt", key, $"{old} → {text}");
        await db.SaveChangesAsync(cancellationToken);
        settings.Refresh();
        TempData["Message"] = $"Đã lưu \"{definition.Label}\": {text}.";
        return RedirectToAction(nameof(Index));
    }

    /// <summary>One page to print on a blank Giấy khen: a cross where each field will go, with its name and position.</summary>
    [HttpGet("/Admin/Settings/BlankAlignment.pdf")]
    public async Task<IActionResult> BlankAlignment() =>
        File(Documents.PdfRenderer.RenderBlankAlignment(await settings.BlankLayoutAsync()), "application/pdf", "can-chinh-phoi-giay-khen.pdf");

    /// <summary>A year's deadline must come before its lock date.</summary>
    private async Task<string?> CrossCheckAsync(string key, string text)
    {
        foreach (var year in Enumerable.Range(2025, 6))
        {
            var (deadlineKey, lockKey) = (PortalSettings.DeadlineKey(year), PortalSettings.LockDateKey(year));
            if (key != deadlineKey && key != lockKey)
            {
                continue;
            }

            var value = DateOnly.ParseExact(text, "dd/MM/yyyy", CultureInfo.InvariantCulture);
            var deadline = key == deadlineKey ? value : await settings.DateAsync(deadlineKey);
            var lockDate = key == lockKey ? value : await settings.DateAsync(lockKey);
            return deadline > lockDate ? $"Hạn nộp năm {year} ({deadline:dd/MM/yyyy}) phải không muộn hơn ngày khóa ({lockDate:dd/MM/yyyy})." : null;
        }

        return null;
    }

    private async Task<SettingsPage> PageAsync(string? failedKey, string? typed, string? error, CancellationToken cancellationToken)
    {
        var stored = await db.Settings.AsNoTracking().ToDictionaryAsync(s => s.Key, s => new { s.Value, s.UpdatedAt, s.UpdatedByName }, cancellationToken);
        var rows = PortalSettings.Definitions.Select(d =>
        {
            var set = stored.GetValueOrDefault(d.Key);
            return new SettingRow(d, d.Key == failedKey ? typed ?? string.Empty : set?.Value ?? d.Default, set is not null,
                set is null ? null : $"{set.UpdatedByName}, {VietnamTimeText(set.UpdatedAt)}", d.Key == failedKey ? error : null);
        }).ToList();
        return new SettingsPage(rows);
    }

    private static string VietnamTimeText(DateTimeOffset at) => Domain.Common.VietnamTime.ToLocal(at).ToString("HH:mm dd/MM/yyyy", CultureInfo.InvariantCulture);
}

public sealed record SettingRow(SettingDefinition Definition, string Value, bool Changed, string? ChangedBy, string? Error);

public sealed record SettingsPage(IReadOnlyList<SettingRow> Rows);
