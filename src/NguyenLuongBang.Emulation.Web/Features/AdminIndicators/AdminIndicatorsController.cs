using FluentValidation;
using FluentValidation.AspNetCore;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using NguyenLuongBang.Emulation.Domain.Campaigns;
using NguyenLuongBang.Emulation.Domain.Common;
using NguyenLuongBang.Emulation.Web.Data;
using NguyenLuongBang.Emulation.Web.Identity;
using NguyenLuongBang.Emulation.Web.Infrastructure;

namespace NguyenLuongBang.Emulation.Web.Features.AdminIndicators;

/// <summary>The indicator catalogue per content area: add, edit, retire (a retired indicator stays on old reports).</summary>
[Authorize(Policy = Policies.Administer)]
[Route("Admin/Indicators/[action]/{id:int?}")]
public sealed class AdminIndicatorsController(AppDbContext db, RecordChanges changes, IValidator<IndicatorForm> validator, Reports.IndicatorCatalog catalog) : Controller
{
    [HttpGet("/Admin/Indicators")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var areas = await db.ContentAreas.AsNoTracking().OrderBy(a => a.Number).ToListAsync(cancellationToken);
        var indicators = await db.Indicators.AsNoTracking().OrderBy(i => i.Code).ToListAsync(cancellationToken);
        return View(areas.Select(a => (a, (IReadOnlyList<Indicator>)indicators.Where(i => i.ContentAreaId == a.Id).ToList())).ToList());
    }

    [HttpGet]
    public async Task<IActionResult> Create(CancellationToken cancellationToken) => View("Edit", await PageAsync(new IndicatorForm(), cancellationToken));

    [HttpPost]
    public async Task<IActionResult> Create(IndicatorForm form, CancellationToken cancellationToken)
    {
        if (!await ValidAsync(form, null, cancellationToken))
        {
            return View("Edit", await PageAsync(form, cancellationToken));
        }

        var indicator = new Indicator(form.Code!, form.Name!, form.MeasureUnit!, form.Kind, form.ContentAreaId, form.Aggregation);
        indicator.Prefer(form.LowerIsBetter);
        indicator.ApplyTo(form.UnitTypes, await TypeCodesAsync(cancellationToken));
        db.Indicators.Add(indicator);
        var outcome = await changes.SaveAsync(new Change("Thêm chỉ tiêu", "Chỉ tiêu", indicator.Code, indicator.Name, $"Đã thêm chỉ tiêu {indicator.Code}."), cancellationToken);
        catalog.Invalidate();
        return this.Answer(outcome, RedirectToAction(nameof(Index)));
    }

    [HttpGet]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken)
    {
        var indicator = await db.Indicators.AsNoTracking().SingleOrDefaultAsync(i => i.Id == id, cancellationToken);
        return indicator is null ? NotFound() : View(await PageAsync(new IndicatorForm
        {
            Id = id, Code = indicator.Code, Name = indicator.Name, MeasureUnit = indicator.MeasureUnit, Kind = indicator.Kind, Aggregation = indicator.Aggregation, LowerIsBetter = indicator.LowerIsBetter, ContentAreaId = indicator.ContentAreaId,
            UnitTypes = [.. indicator.UnitTypes],
        }, cancellationToken));
    }

    /// <summary>Name, unit and kind can change; code and area stay, so old reports keep their meaning.</summary>
    [HttpPost]
    public async Task<IActionResult> Edit(int id, IndicatorForm form, CancellationToken cancellationToken)
    {
        var indicator = await db.Indicators.SingleOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (indicator is null)
        {
            return NotFound();
        }

        form.Id = id;
        form.Code = indicator.Code;
        form.ContentAreaId = indicator.ContentAreaId;
        if (!await ValidAsync(form, id, cancellationToken))
        {
            return View(await PageAsync(form, cancellationToken));
        }

        var before = $"{indicator.Name} ({indicator.MeasureUnit}, {indicator.Kind}{Lower(indicator)}; {indicator.UnitTypeCodes ?? "mọi loại đơn vị"})";
        indicator.Update(form.Name!, form.MeasureUnit!, form.Kind, form.Aggregation);
        indicator.Prefer(form.LowerIsBetter);
        indicator.ApplyTo(form.UnitTypes, await TypeCodesAsync(cancellationToken));
        var outcome = await changes.SaveAsync(new Change("Sửa chỉ tiêu", "Chỉ tiêu", indicator.Code,
            $"{before} → {indicator.Name} ({indicator.MeasureUnit}, {indicator.Kind}{Lower(indicator)}; {indicator.UnitTypeCodes ?? "mọi loại đơn vị"})", $"Đã lưu chỉ tiêu {indicator.Code}."), cancellationToken);
        catalog.Invalidate();
        return this.Answer(outcome, RedirectToAction(nameof(Index)));
    }

    private static string Lower(Indicator indicator) => indicator.LowerIsBetter ? ", càng thấp càng tốt" : string.Empty;

    /// <summary>Retires an indicator (kept on old reports); retiring it again changes nothing.</summary>
    [HttpPost]
    public async Task<IActionResult> Retire(int id, CancellationToken cancellationToken) =>
        this.Answer(await ChangeAsync(id, changes, indicator => indicator.IsRetired
            ? Change.Already($"Chỉ tiêu {indicator.Code} đã ngừng sử dụng.")
            : Done(indicator, indicator.Retire, "Ngừng sử dụng chỉ tiêu", $"Chỉ tiêu {indicator.Code} ngừng sử dụng; báo cáo cũ vẫn giữ số liệu."), cancellationToken), RedirectToAction(nameof(Index)));

    /// <summary>Brings a retired indicator back; doing it again changes nothing.</summary>
    [HttpPost]
    public async Task<IActionResult> Reinstate(int id, CancellationToken cancellationToken) =>
        this.Answer(await ChangeAsync(id, changes, indicator => !indicator.IsRetired
            ? Change.Already($"Chỉ tiêu {indicator.Code} đang được sử dụng.")
            : Done(indicator, indicator.Reinstate, "Dùng lại chỉ tiêu", $"Chỉ tiêu {indicator.Code} được dùng lại."), cancellationToken), RedirectToAction(nameof(Index)));

    private async Task<ChangeOutcome> ChangeAsync(int id, RecordChanges changes, Func<Indicator, Change> change, CancellationToken cancellationToken)
    {
        var outcome = await changes.ApplyAsync($"indicator:{id}", ct => db.Indicators.SingleOrDefaultAsync(i => i.Id == id, ct), change, cancellationToken);
        catalog.Invalidate();
        return outcome;
    }

    private static Change Done(Indicator indicator, Action apply, string action, string message)
    {
        apply();
        return new Change(action, "Chỉ tiêu", indicator.Code, indicator.Name, message);
    }

    private async Task<bool> ValidAsync(IndicatorForm form, int? id, CancellationToken cancellationToken)
    {
        (await validator.ValidateAsync(form, cancellationToken)).AddToModelState(ModelState);
        var code = form.Code?.Trim().ToUpperInvariant();
        if (code is not null && await db.Indicators.AnyAsync(i => i.Code == code && i.Id != id, cancellationToken))
        {
            ModelState.AddModelError(nameof(IndicatorForm.Code), $"Mã {code} đã được dùng.");
        }

        var types = await TypeCodesAsync(cancellationToken);
        if (form.UnitTypes.FirstOrDefault(t => !types.Contains(t)) is { } unknown)
        {
            ModelState.AddModelError(nameof(IndicatorForm.UnitTypes), $"Loại đơn vị \"{unknown}\" không có trong danh mục.");
        }

        if (!await db.ContentAreas.AnyAsync(a => a.Id == form.ContentAreaId, cancellationToken))
        {
            ModelState.AddModelError(nameof(IndicatorForm.ContentAreaId), "Vui lòng chọn nội dung thi đua.");
        }

        return ModelState.IsValid;
    }

    private async Task<IndicatorPage> PageAsync(IndicatorForm form, CancellationToken cancellationToken) =>
        new(form, await db.ContentAreas.AsNoTracking().OrderBy(a => a.Number).Select(a => new KeyValuePair<int, string>(a.Id, "(" + a.Number + ") " + a.ShortTitle)).ToListAsync(cancellationToken),
            await catalog.UnitTypesAsync(cancellationToken));

    private async Task<IReadOnlyCollection<string>> TypeCodesAsync(CancellationToken cancellationToken) =>
        (await catalog.UnitTypesAsync(cancellationToken)).Select(t => t.Key).ToList();
}

public sealed class IndicatorForm
{
    public int? Id { get; set; }

    public string? Code { get; set; }

    public string? Name { get; set; }

    public string? MeasureUnit { get; set; }

    public IndicatorKind Kind { get; set; }

    /// <summary>Empty: what the kind implies.</summary>
    public IndicatorAggregation? Aggregation { get; set; }

    public int ContentAreaId { get; set; }

    /// <summary>Fewer is better (incidents): a target is met at or below it.</summary>
    public bool LowerIsBetter { get; set; }

    /// <summary>The unit types that report it; none ticked: every type.</summary>
    public List<string> UnitTypes { get; set; } = [];
}

public sealed class IndicatorFormValidator : AbstractValidator<IndicatorForm>
{
    public IndicatorFormValidator()
    {
        RuleFor(f => f.Code).NotEmpty().WithMessage("Vui lòng nhập mã chỉ tiêu.").MaximumLength(20).WithMessage("Mã dài quá {MaxLength} ký tự.")
            .Matches("^[A-Za-z0-9._-]*$").WithMessage("Mã chỉ gồm chữ không dấu, chữ số và . _ -");
        RuleFor(f => f.Name).NotEmpty().WithMessage("Vui lòng nhập tên chỉ tiêu.").MaximumLength(300).WithMessage("Tên dài quá {MaxLength} ký tự.");
        RuleFor(f => f.MeasureUnit).NotEmpty().WithMessage("Vui lòng nhập đơn vị tính.").MaximumLength(30).WithMessage("Đơn vị tính dài quá {MaxLength} ký tự.");
        RuleFor(f => f.Kind).IsInEnum().WithMessage("Loại giá trị không hợp lệ.");
        RuleFor(f => f.Aggregation).IsInEnum().WithMessage("Cách tổng hợp không hợp lệ.")
            .Must((form, how) => how is null || Indicator.Suits(form.Kind, how.Value))
            .WithMessage("Cách tổng hợp không hợp với loại giá trị: tỷ lệ tính bình quân, có/không đếm số đơn vị; số lượng và số tiền cộng theo năm hoặc lấy số cuối kỳ.");
        RuleFor(f => f.LowerIsBetter).Must((form, lower) => !lower || form.Kind != IndicatorKind.YesNo)
            .WithMessage("Chỉ tiêu có/không không có chiều \"càng thấp càng tốt\".");
    }
}

public sealed record IndicatorPage(IndicatorForm Form, IReadOnlyList<KeyValuePair<int, string>> Areas, IReadOnlyList<KeyValuePair<string, string>> UnitTypes);
