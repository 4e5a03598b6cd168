using System.Globalization;
using Microsoft.EntityFrameworkCore;
using NguyenLuongBang.Emulation.Domain.Common;
using NguyenLuongBang.Emulation.Web.Data;
using NguyenLuongBang.Emulation.Web.Infrastructure;

namespace NguyenLuongBang.Emulation.Web.Features.AdminSettings;

/// <summary>
/// Changes one setting of the row in scope (a commune's, or the city's): the value cleaned and
/// checked against its definition and its neighbours, stored, audited with old and new value,
/// and applied from the next request. One unit of work under the settings' lock, so that a
/// deadline and its lock date changed at once are checked against each other.
/// </summary>
public sealed class SettingsEditor(PortalSettings settings, AppDbContext db, RecordChanges changes)
{
    /// <summary>Saves the setting; refused with why (Vietnamese), and then nothing is stored.</summary>
    public async Task<ChangeOutcome> ChangeAsync(SettingDefinition definition, string? value, Actor by, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var label = await LabelAsync(definition);
        var outcome = await changes.RunAsync("settings", async _ =>
        {
            // A setting is a name or a short value: one Unicode form, one line, no invisible characters.
            var text = Names.Clean(value);
            if (PortalSettings.Check(definition, text) is { } invalid)
            {
                throw new DomainException(invalid);
            }

            text = PortalSettings.Normalize(definition, text);
            if (await CrossCheckAsync(definition.Key, text) is { } conflicting)
            {
                throw new DomainException(conflicting);
            }

            var old = await settings.SetAsync(definition.Key, text, by);
            return new Change("Thay đổi cài đặt", "Cài đặt", definition.Key, $"{old} → {text}", $"Đã lưu \"{label}\": {text}.");
        }, cancellationToken);
        settings.Refresh();
        return outcome;
    }

    /// <returns>
    /// Error: null when saved, or why not (Vietnamese), and then nothing is stored; Text: what was kept of the value
    /// (as typed when refused, as stored when saved); Label: the setting's name as this commune reads it.
    /// </returns>
    /// <remarks>The city's settings page's shape of <see cref="ChangeAsync"/>, until that page answers with the outcome too.</remarks>
    public async Task<(string? Error, string Text, string Label)> SaveAsync(SettingDefinition definition, string? value, Actor by, CancellationToken cancellationToken)
    {
        var outcome = await ChangeAsync(definition, value, by, cancellationToken);
        var text = Names.Clean(value);
        return outcome.Result == ChangeResult.Refused
            ? (outcome.Message, text, await LabelAsync(definition))
            : (null, PortalSettings.Normalize(definition, text), await LabelAsync(definition));
    }

    /// <summary><see cref="RowsAsync(AppDbContext, IEnumerable{SettingDefinition}, string?, string?, string?, CancellationToken)"/> in the row in scope.</summary>
    public Task<IReadOnlyList<SettingRow>> RowsAsync(IEnumerable<SettingDefinition> definitions, string? failedKey, string? typed, string? error, CancellationToken cancellationToken) =>
        RowsAsync(db, definitions, failedKey, typed, error, cancellationToken);

    /// <summary>The setting's name as this commune reads it.</summary>
    private async Task<string> LabelAsync(SettingDefinition definition) => (await settings.DefinitionsForAsync([definition]))[0].Label;

    /// <summary>Each of <paramref name="definitions"/> with its value in the row in scope (or what was typed, with why it was refused), and who changed it last.</summary>
    public static async Task<IReadOnlyList<SettingRow>> RowsAsync(AppDbContext db, IEnumerable<SettingDefinition> definitions, string? failedKey, string? typed, string? error,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var stored = await db.Settings.AsNoTracking().ToDictionaryAsync(s => s.Key, s => new { s.Value, s.UpdatedAt, s.UpdatedByName }, cancellationToken);
        // Labels and examples in the commune's own words: "UBND phường" on a ward's page, never the first commune's.
        var commune = await db.Communes.AsNoTracking().Where(c => c.Id == db.CurrentCommuneId)
            .Select(c => new CommuneEntry(c.Id, c.Slug, c.Name, c.Kind, c.IsActive)).SingleAsync(cancellationToken);
        return definitions.Select(d => d.For(commune)).Select(d =>
        {
            var set = stored.GetValueOrDefault(d.Key);
            return new SettingRow(d, d.Key == failedKey ? typed ?? string.Empty : set?.Value ?? d.Default, set is not null,
                set is null ? null : $"{set.UpdatedByName}, {VietnamTime.ToLocal(set.UpdatedAt).ToString("HH:mm dd/MM/yyyy", CultureInfo.InvariantCulture)}",
                d.Key == failedKey ? error : null);
        }).ToList();
    }

    /// <summary>A year's deadline must come before its lock date.</summary>
    private async Task<string?> CrossCheckAsync(string key, string text)
    {
        foreach (var year in Enumerable.Range(ReviewRound.FirstYear, ReviewRound.FinalYear - ReviewRound.FirstYear + 1))
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
}
