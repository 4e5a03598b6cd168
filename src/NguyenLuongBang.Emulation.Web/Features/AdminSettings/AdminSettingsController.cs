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
public sealed class AdminSettingsController(PortalSettings settings, AppDbContext db) : Controller
{
    [HttpGet("/Admin/Settings")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) => View(await PageAsync(null, null, null, cancellationToken));

    [HttpPost]
    public async Task<IActionResult> Save(string key, string? value, [FromServices] SettingsEditor editor, CancellationToken cancellationToken)
    {
        var definition = PortalSettings.Find(key);
        if (definition is null)
        {
            return NotFound();
        }

        var (error, text, label) = await editor.SaveAsync(definition, value, User.ToActor(), cancellationToken);
        if (error is not null)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View("Index", await PageAsync(key, text, error, cancellationToken));
        }

        TempData["Message"] = $"Đã lưu \"{label}\": {text}.";
        return RedirectToAction(nameof(Index));
    }

    /// <summary>One page to print on a blank Giấy khen: a cross where each field will go, with its name and position.</summary>
    [HttpGet("/Admin/Settings/BlankAlignment.pdf")]
    public async Task<IActionResult> BlankAlignment() =>
        File(Documents.PdfRenderer.RenderBlankAlignment(await settings.BlankLayoutAsync()), "application/pdf", "can-chinh-phoi-giay-khen.pdf");

    private async Task<SettingsPage> PageAsync(string? failedKey, string? typed, string? error, CancellationToken cancellationToken) =>
        new(await SettingsEditor.RowsAsync(db, PortalSettings.Definitions, failedKey, typed, error, cancellationToken));
}

public sealed record SettingRow(SettingDefinition Definition, string Value, bool Changed, string? ChangedBy, string? Error);

public sealed record SettingsPage(IReadOnlyList<SettingRow> Rows);

/// <summary>Setting rows drawn as one form each, posting to <paramref name="Action"/>.</summary>
public sealed record SettingRowsView(IReadOnlyList<SettingRow> Rows, string Action);
