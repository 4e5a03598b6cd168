using FluentValidation;
using FluentValidation.AspNetCore;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using NguyenLuongBang.Emulation.Domain.Campaigns;
using NguyenLuongBang.Emulation.Domain.Common;
using NguyenLuongBang.Emulation.Web.Identity;
using NguyenLuongBang.Emulation.Web.Infrastructure;

namespace NguyenLuongBang.Emulation.Web.Features.AdminIndicators;

/// <summary>The indicator catalogue per content area: add, edit, retire (a retired indicator stays on old reports).</summary>
[Authorize(Policy = Policies.Administer)]
[Route("Admin/Indicators/[action]/{id:int?}")]
public sealed class AdminIndicatorsController(AdminIndicatorsQueries queries, AdminIndicatorsActions actions, IValidator<IndicatorForm> validator) : Controller
{
    [HttpGet("/Admin/Indicators")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) => View(await queries.ListAsync(cancellationToken));

    [HttpGet]
    public async Task<IActionResult> Create(CancellationToken cancellationToken) => View("Edit", await queries.PageAsync(new IndicatorForm(), cancellationToken));

    [HttpPost]
    public async Task<IActionResult> Create(IndicatorForm form, CancellationToken cancellationToken)
    {
        if (!await ValidAsync(form, null, cancellationToken))
        {
            return View("Edit", await queries.PageAsync(form, cancellationToken));
        }

        return await this.AnswerForm(await actions.CreateAsync(form, cancellationToken), () => RedirectToAction(nameof(Index)), async error =>
        {
            ModelState.AddModelError(nameof(IndicatorForm.Code), error);
            return View("Edit", await queries.PageAsync(form, cancellationToken));
        });
    }

    [HttpGet]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken) =>
        await queries.FormAsync(id, cancellationToken) is { } form ? View(await queries.PageAsync(form, cancellationToken)) : NotFound();

    /// <summary>Name, unit and kind can change; code and area stay, so old reports keep their meaning.</summary>
    [HttpPost]
    public async Task<IActionResult> Edit(int id, IndicatorForm form, CancellationToken cancellationToken)
    {
        if (await queries.FormAsync(id, cancellationToken) is not { } stored)
        {
            return NotFound();
        }

        form.Id = id;
        form.Code = stored.Code;
        form.ContentAreaId = stored.ContentAreaId;
        if (!await ValidAsync(form, id, cancellationToken))
        {
            return View(await queries.PageAsync(form, cancellationToken));
        }

        return await this.AnswerForm(await actions.EditAsync(id, form, cancellationToken), () => RedirectToAction(nameof(Index)), async error =>
        {
            ModelState.AddModelError(string.Empty, error);
            return View(await queries.PageAsync(form, cancellationToken));
        });
    }

    /// <summary>Retires an indicator (kept on old reports); retiring it again changes nothing.</summary>
    [HttpPost]
    public async Task<IActionResult> Retire(int id, CancellationToken cancellationToken) =>
        this.Answer(await actions.RetireAsync(id, cancellationToken), RedirectToAction(nameof(Index)));

    /// <summary>Brings a retired indicator back; doing it again changes nothing.</summary>
    [HttpPost]
    public async Task<IActionResult> Reinstate(int id, CancellationToken cancellationToken) =>
        this.Answer(await actions.ReinstateAsync(id, cancellationToken), RedirectToAction(nameof(Index)));

    private async Task<bool> ValidAsync(IndicatorForm form, int? id, CancellationToken cancellationToken)
    {
        (await validator.ValidateAsync(form, cancellationToken)).AddToModelState(ModelState);
        if (await queries.CodeTakenAsync(form.Code, id, cancellationToken) is { } taken)
        {
            ModelState.AddModelError(nameof(IndicatorForm.Code), taken);
        }

        var types = await queries.TypeCodesAsync(cancellationToken);
        if (form.UnitTypes.FirstOrDefault(t => !types.Contains(t)) is { } unknown)
        {
            ModelState.AddModelError(nameof(IndicatorForm.UnitTypes), $"Loại đơn vị \"{unknown}\" không có trong danh mục.");
        }

        if (!await queries.ContentAreaExistsAsync(form.ContentAreaId, cancellationToken))
        {
            ModelState.AddModelError(nameof(IndicatorForm.ContentAreaId), "Vui lòng chọn nội dung thi đua.");
        }

        return ModelState.IsValid;
    }
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
