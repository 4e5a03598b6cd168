using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NguyenLuongBang.Emulation.Domain.Common;
using NguyenLuongBang.Emulation.Domain.Reports;
using NguyenLuongBang.Emulation.Domain.Units;
using NguyenLuongBang.Emulation.Web.Data;
using NguyenLuongBang.Emulation.Web.Features.Reports;

namespace NguyenLuongBang.Emulation.IntegrationTests.Infrastructure;

/// <summary>
/// A village of a test's own whose report of the current year is submitted with what a reviewer
/// should check (issue 34): 83 community digital teams where a village has 1–2, and 28 sessions
/// in the annex while the area's text says "3 buổi". Made through the report's own verbs.
/// </summary>
internal static class ImplausibleReports
{
    public const string Narrative = "Năm 2026, thôn tổ chức 3 buổi tuyên truyền về chuyển đổi số, lồng ghép trong các buổi họp thôn.";

    private static int _next;

    public static async Task<(int ReportId, string UnitName)> SubmitVillageReportAsync(this PortalFactory factory)
    {
        var n = Interlocked.Increment(ref _next);
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var rules = scope.ServiceProvider.GetRequiredService<ReportingRules>();
        var village = await db.UnitTypes.Where(t => t.Code == "THON").Select(t => t.Id).SingleAsync();
        var unit = new Unit($"Thôn Kiểm tra số {n}", village, "Nguyễn Văn Kiểm", "Trưởng thôn", null, null);
        db.Units.Add(unit);
        await db.SaveChangesAsync();

        var areas = await db.ContentAreas.OrderBy(a => a.Number).ToListAsync();
        var indicators = await db.Indicators.Where(i => i.Code == "TT01" || i.Code == "XH02").ToDictionaryAsync(i => i.Code);
        var now = factory.Clock.GetUtcNow();
        var year = VietnamTime.ToLocal(now).Year;
        var staff = new Actor($"test-village-{n}", "Nguyễn Văn Kiểm");
        var window = await rules.WindowAsync(unit.Id, year);
        var edit = new ReportEdit(staff, now, window);
        var report = new AnnualReport(unit.Id, year, areas.Select(a => (a.Id, a.Number)), staff, now);
        foreach (var area in areas)
        {
            report.UpdateSection(area.Id, area.Number == 1 ? Narrative : $"Thôn triển khai nội dung ({area.Number}) theo kế hoạch của xã.", false, null, edit);
        }

        report.SetIndicatorValue(areas[0].Id, indicators["TT01"].Id, 28, null, edit);
        report.SetIndicatorValue(areas[5].Id, indicators["XH02"].Id, 83, null, edit);
        report.Submit(staff, now, window);
        db.AnnualReports.Add(report);
        await db.SaveChangesAsync();
        return (report.Id, unit.Name);
    }
}
