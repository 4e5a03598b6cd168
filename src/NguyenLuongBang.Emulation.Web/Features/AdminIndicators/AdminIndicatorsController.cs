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
public sealed class AdminIndicatorsController(AppDbContext db, AuditLog audit, IValidator<IndicatorForm> validator, Reports.IndicatorCatalog catalog) : Controller
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
        db.Indicators.Add(indicator);
        audit.Add("Thêm chỉ tiêu", "Chỉ tiêu", indicator.Code, indicator.Name);
        await db.SaveChangesAsync(cancellationToken);
        catalog.Invalidate();
        TempData["Message"] = $"Đã thêm chỉ tiêu {indicator.Code}.";
        return RedirectToAction(nameof(Index));
    }

    [HttpGet]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken)
    {
        var indicator = await db.Indicators.AsNoTracking().SingleOrDefaultAsync(i => i.Id == id, cancellationToken);
        return indicator is null ? NotFound() : View(await PageAsync(new IndicatorForm
        {
            Id = id, Code = indicator.Code, Name = indicator.Name, MeasureUnit = indicator.MeasureUnit, Kind = indicator.Kind, Aggregation = indicator.Aggregation, ContentAreaId = indicator.ContentAreaId,
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

        var before = $"{indicator.Name} ({indicator.MeasureUnit}, {indicator.Kind})";
        indicator.Update(form.Name!, form.MeasureUnit!, form.Kind, form.Aggregation);
        audit.Add("Sửa chỉ tiêu", "Chỉ tiêu", indicator.Code, $"{before} → {indicator.Name} ({indicator.MeasureUnit}, {indicator.Kind})");
        await db.SaveChangesAsync(cancellationToken);
        catalog.Invalidate();
        TempData["Message"] = $"Đã lưu chỉ tiêu {indicator.Code}.";
        return RedirectToAction(nameof(Index));
    }

    [HttpPost]
    public async Task<IActionResult> Toggle(int id, CancellationToken cancellationToken)
    {
        var indicator = await db.Indicators.SingleOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (indicator is null)
        {
            return NotFound();
        }

        try
        {
            if (indicator.IsRetired)
            {
                indicator.Reinstate();
            }
            else
            {
                indicator.Retire();
            }
        }
        catch (DomainException refused)
        {
            TempData["Error"] = refused.Message;
            return RedirectToAction(nameof(Index));
        }

        audit.Add(indicator.IsRetired ? "Ngừng sử dụng chỉ tiêu" : "Dùng lại chỉ tiêu", "Chỉ tiêu", indicator.Code, indicator.Name);
        await db.SaveChangesAsync(cancellationToken);
        catalog.Invalidate();
        TempData["Message"] = indicator.IsRetired ? $"Chỉ tiêu {indicator.Code} ngừng sử dụng; báo cáo cũ vẫn giữ số liệu." : $"Chỉ tiêu {indicator.Code} được dùng lại.";
        return RedirectToAction(nameof(Index));
    }

    private async Task<bool> ValidAsync(IndicatorForm form, int? id, CancellationToken cancellationToken)
    {
        (await validator.ValidateAsync(form, cancellationToken)).AddToModelState(ModelState);
        var code = form.Code?.Trim().ToUpperInvariant();
        if (code is not null && await db.Indicators.AnyAsync(i => i.Code == code && i.Id != id, cancellationToken))
        {
            ModelState.AddModelError(nameof(IndicatorForm.Code), $"Mã {code} đã được dùng.");
        }

        if (!await db.ContentAreas.AnyAsync(a => a.Id == form.ContentAreaId, cancellationToken))
        {
            ModelState.AddModelError(nameof(IndicatorForm.ContentAreaId), "Vui lòng chọn nội dung thi đua.");
        }

        return ModelState.IsValid;
    }

    private async Task<IndicatorPage> PageAsync(IndicatorForm form, CancellationToken cancellationToken) =>
        new(form, await db.ContentAreas.AsNoTracking().OrderBy(a => a.Number).Select(a => new KeyValuePair<int, string>(a.Id, "(" + a.Number + ") " + a.ShortTitle)).ToListAsync(cancellationToken));
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
    }
}

public sealed record IndicatorPage(IndicatorForm Form, IReadOnlyList<KeyValuePair<int, string>> Areas);
