using Microsoft.EntityFrameworkCore;
using NguyenLuongBang.Emulation.Domain.Campaigns;
using NguyenLuongBang.Emulation.Domain.Common;
using NguyenLuongBang.Emulation.Web.Data;
using NguyenLuongBang.Emulation.Web.Features.Reports;
using NguyenLuongBang.Emulation.Web.Infrastructure;

namespace NguyenLuongBang.Emulation.Web.Features.AdminIndicators;

/// <summary>
/// The administrator adds, edits, retires and reinstates indicators. Adding runs under the
/// catalogue's lock, where the code is checked again (two administrators adding one code at once
/// make one indicator); every change empties the cached catalogue the report forms read.
/// </summary>
public sealed class AdminIndicatorsActions(AppDbContext db, RecordChanges changes, AdminIndicatorsQueries queries, IndicatorCatalog catalog)
{
    /// <summary>Adds the indicator of a form already checked.</summary>
    public Task<ChangeOutcome> CreateAsync(IndicatorForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        return InvalidatingAsync(changes.RunAsync("indicators", async ct =>
        {
            if (await queries.CodeTakenAsync(form.Code, null, ct) is { } taken)
            {
                throw new DomainException(taken);
            }

            var indicator = new Indicator(form.Code!, form.Name!, form.MeasureUnit!, form.Kind, form.ContentAreaId, form.Aggregation);
            indicator.Prefer(form.LowerIsBetter);
            indicator.ApplyTo(form.UnitTypes, await queries.TypeCodesAsync(ct));
            db.Indicators.Add(indicator);
            return new Change("Thêm chỉ tiêu", "Chỉ tiêu", indicator.Code, indicator.Name, $"Đã thêm chỉ tiêu {indicator.Code}.");
        }, cancellationToken));
    }

    /// <summary>Name, unit and kind can change; code and area stay, so old reports keep their meaning.</summary>
    public Task<ChangeOutcome> EditAsync(int id, IndicatorForm form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        return InvalidatingAsync(changes.ApplyAsync($"indicator:{id}", ct => db.Indicators.SingleOrDefaultAsync(i => i.Id == id, ct), async indicator =>
        {
            var before = $"{indicator.Name} ({indicator.MeasureUnit}, {indicator.Kind}{Lower(indicator)}; {indicator.UnitTypeCodes ?? "mọi loại đơn vị"})";
            indicator.Update(form.Name!, form.MeasureUnit!, form.Kind, form.Aggregation);
            indicator.Prefer(form.LowerIsBetter);
            indicator.ApplyTo(form.UnitTypes, await queries.TypeCodesAsync(cancellationToken));
            return new Change("Sửa chỉ tiêu", "Chỉ tiêu", indicator.Code,
                $"{before} → {indicator.Name} ({indicator.MeasureUnit}, {indicator.Kind}{Lower(indicator)}; {indicator.UnitTypeCodes ?? "mọi loại đơn vị"})", $"Đã lưu chỉ tiêu {indicator.Code}.");
        }, cancellationToken));
    }

    /// <summary>Retires an indicator (kept on old reports); retiring it again changes nothing.</summary>
    public Task<ChangeOutcome> RetireAsync(int id, CancellationToken cancellationToken) =>
        ChangeAsync(id, indicator => indicator.IsRetired
            ? Change.Already($"Chỉ tiêu {indicator.Code} đã ngừng sử dụng.")
            : Done(indicator, indicator.Retire, "Ngừng sử dụng chỉ tiêu", $"Chỉ tiêu {indicator.Code} ngừng sử dụng; báo cáo cũ vẫn giữ số liệu."), cancellationToken);

    /// <summary>Brings a retired indicator back; doing it again changes nothing.</summary>
    public Task<ChangeOutcome> ReinstateAsync(int id, CancellationToken cancellationToken) =>
        ChangeAsync(id, indicator => !indicator.IsRetired
            ? Change.Already($"Chỉ tiêu {indicator.Code} đang được sử dụng.")
            : Done(indicator, indicator.Reinstate, "Dùng lại chỉ tiêu", $"Chỉ tiêu {indicator.Code} được dùng lại."), cancellationToken);

    private static string Lower(Indicator indicator) => indicator.LowerIsBetter ? ", càng thấp càng tốt" : string.Empty;

    private Task<ChangeOutcome> ChangeAsync(int id, Func<Indicator, Change> change, CancellationToken cancellationToken) =>
        InvalidatingAsync(changes.ApplyAsync($"indicator:{id}", ct => db.Indicators.SingleOrDefaultAsync(i => i.Id == id, ct), change, cancellationToken));

    private static Change Done(Indicator indicator, Action apply, string action, string message)
    {
        apply();
        return new Change(action, "Chỉ tiêu", indicator.Code, indicator.Name, message);
    }

    /// <summary>The change, then the cached catalogue emptied so that the next form reads it anew.</summary>
    private async Task<ChangeOutcome> InvalidatingAsync(Task<ChangeOutcome> change)
    {
        var outcome = await change;
        catalog.Invalidate();
        return outcome;
    }
}
