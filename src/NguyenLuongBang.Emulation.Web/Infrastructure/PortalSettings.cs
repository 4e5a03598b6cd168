using System.Globalization;
using Microsoft.EntityFrameworkCore;
using NguyenLuongBang.Emulation.Domain.Common;
using NguyenLuongBang.Emulation.Domain.Settings;
using NguyenLuongBang.Emulation.Web.Data;

namespace NguyenLuongBang.Emulation.Web.Infrastructure;

/// <summary>
/// Administrator-changeable settings, read from the database once per request, so a change takes
/// effect on the next request without a restart. Each has a default used until it is set.
/// </summary>
public sealed class PortalSettings(AppDbContext db, TimeProvider clock)
{
    public const string LockDaysKey = "Reports.LockDaysAfterDeadline";
    public const string MaxFileMegabytesKey = "Uploads.MaxFileMegabytes";
    public const string MaxReportMegabytesKey = "Uploads.MaxReportMegabytes";

    private Dictionary<string, string>? _values;

    /// <summary>Days after the deadline until reports lock (default 15: reports lock at the end of 30/12).</summary>
    public async Task<int> LockDaysAsync() => await IntAsync(LockDaysKey, 15);

    public async Task<long> MaxFileBytesAsync() => await IntAsync(MaxFileMegabytesKey, 10) * 1024L * 1024L;

    public async Task<long> MaxReportBytesAsync() => await IntAsync(MaxReportMegabytesKey, 50) * 1024L * 1024L;

    public async Task SetAsync(string key, string value, Actor by)
    {
        var setting = await db.Settings.SingleOrDefaultAsync(s => s.Key == key);
        if (setting is null)
        {
            db.Settings.Add(new PortalSetting(key, value, by, clock.GetUtcNow()));
        }
        else
        {
            setting.Change(value, by, clock.GetUtcNow());
        }

        _values = null;
    }

    private async Task<int> IntAsync(string key, int fallback)
    {
        _values ??= await db.Settings.AsNoTracking().ToDictionaryAsync(s => s.Key, s => s.Value);
        return _values.TryGetValue(key, out var text) && int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value
            : fallback;
    }
}
