using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using NguyenLuongBang.Emulation.Domain.Common;
using NguyenLuongBang.Emulation.Web.Identity;
using NguyenLuongBang.Emulation.Web.Infrastructure;

namespace NguyenLuongBang.Emulation.Web.Features.AdminSettings;

/// <summary>Every setting with its default and explanation; a change applies on the next request and is audited with old and new value.</summary>
[Authorize(Policy = Policies.Administer)]
[Route("Admin/Settings/[action]")]
public sealed class AdminSettingsController(PortalSettings settings, SettingsEditor editor) : Controller
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

        // Refused: the page again with the value as typed (cleaned) at its row, and why.
        return await this.AnswerForm(await editor.ChangeAsync(definition, value, User.ToActor(), cancellationToken), () => RedirectToAction(nameof(Index)),
            async error => View("Index", await PageAsync(key, Names.Clean(value), error, cancellationToken)));
    }

    /// <summary>One page to print on a blank Giấy khen: a cross where each field will go, with its name and position.</summary>
    [HttpGet("/Admin/Settings/BlankAlignment.pdf")]
    public async Task<IActionResult> BlankAlignment() =>
        File(Documents.PdfRenderer.RenderBlankAlignment(await settings.BlankLayoutAsync()), "application/pdf", "can-chinh-phoi-giay-khen.pdf");

    private async Task<SettingsPage> PageAsync(string? failedKey, string? typed, string? error, CancellationToken cancellationToken) =>
        new(await editor.RowsAsync(PortalSettings.Definitions, failedKey, typed, error, cancellationToken));
}

public sealed record SettingRow(SettingDefinition Definition, string Value, bool Changed, string? ChangedBy, string? Error);

public sealed record SettingsPage(IReadOnlyList<SettingRow> Rows);

/// <summary>Setting rows drawn as one form each, posting to <paramref name="Action"/>.</summary>
public sealed record SettingRowsView(IReadOnlyList<SettingRow> Rows, string Action);
