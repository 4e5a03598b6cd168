using FluentValidation;
using FluentValidation.AspNetCore;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using NguyenLuongBang.Emulation.Domain.Common;
using NguyenLuongBang.Emulation.Domain.Units;
using NguyenLuongBang.Emulation.Web.Identity;
using NguyenLuongBang.Emulation.Web.Infrastructure;

namespace NguyenLuongBang.Emulation.Web.Features.AdminUnits;

/// <summary>The administrator's list of participating units: create, edit, deactivate (never delete).</summary>
[Authorize(Policy = Policies.Administer)]
[Route("Admin/Units/[action]/{id:int?}")]
public sealed class AdminUnitsController(AdminUnitsQueries queries, AdminUnitsActions actions, IValidator<UnitForm> validator) : Controller
{
    [HttpGet("/Admin/Units")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) => View(await queries.ListAsync(cancellationToken));

    [HttpGet]
    public async Task<IActionResult> Create(CancellationToken cancellationToken) => View("Edit", await queries.PageAsync(new UnitForm(), cancellationToken));

    [HttpPost]
    public async Task<IActionResult> Create(UnitForm form, CancellationToken cancellationToken)
    {
        if (!await ValidAsync(form, null, cancellationToken))
        {
            return View("Edit", await queries.PageAsync(form, cancellationToken));
        }

        return await Saved(await actions.CreateAsync(form, cancellationToken), form, "Edit", cancellationToken);
    }

    [HttpGet]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken) =>
        await queries.FormAsync(id, cancellationToken) is { } form ? View(await queries.PageAsync(form, cancellationToken)) : NotFound();

    [HttpPost]
    public async Task<IActionResult> Edit(int id, UnitForm form, CancellationToken cancellationToken)
    {
        if (await queries.FormAsync(id, cancellationToken) is null)
        {
            return NotFound();
        }

        form.Id = id;
        if (!await ValidAsync(form, id, cancellationToken))
        {
            return View(await queries.PageAsync(form, cancellationToken));
        }

        return await Saved(await actions.EditAsync(id, form, cancellationToken), form, nameof(Edit), cancellationToken);
    }

    /// <summary>A unit stops taking part (its reports are kept); doing it again changes nothing.</summary>
    [HttpPost]
    public async Task<IActionResult> Deactivate(int id, CancellationToken cancellationToken) =>
        this.Answer(await actions.DeactivateAsync(id, cancellationToken), RedirectToAction(nameof(Index)));

    /// <summary>A unit takes part again; doing it again changes nothing.</summary>
    [HttpPost]
    public async Task<IActionResult> Activate(int id, CancellationToken cancellationToken) =>
        this.Answer(await actions.ActivateAsync(id, cancellationToken), RedirectToAction(nameof(Index)));

    /// <summary>The form's checks; the name is checked again under the units' lock when saved.</summary>
    private async Task<bool> ValidAsync(UnitForm form, int? id, CancellationToken cancellationToken)
    {
        (await validator.ValidateAsync(form, cancellationToken)).AddToModelState(ModelState);
        if (await queries.NameTakenAsync(form.Name, id, cancellationToken) is { } taken)
        {
            ModelState.AddModelError(nameof(UnitForm.Name), taken);
        }

        if (!await queries.UnitTypeExistsAsync(form.UnitTypeId, cancellationToken))
        {
            ModelState.AddModelError(nameof(UnitForm.UnitTypeId), "Vui lòng chọn loại đơn vị.");
        }

        return ModelState.IsValid;
    }

    /// <summary>Saved: back to the list; refused (the name taken meanwhile): the form again with the reason at the name.</summary>
    private Task<IActionResult> Saved(ChangeOutcome outcome, UnitForm form, string view, CancellationToken cancellationToken) =>
        this.AnswerForm(outcome, () => RedirectToAction(nameof(Index)), async error =>
        {
            ModelState.AddModelError(nameof(UnitForm.Name), error);
            return View(view, await queries.PageAsync(form, cancellationToken));
        });
}

public sealed class UnitForm
{
    public int? Id { get; set; }

    public string? Name { get; set; }

    public int UnitTypeId { get; set; }

    public string? HeadName { get; set; }

    public string? HeadPosition { get; set; }

    public string? Phone { get; set; }

    public string? Email { get; set; }

    public static UnitForm From(Unit unit) => new()
    {
        Id = unit.Id, Name = unit.Name, UnitTypeId = unit.UnitTypeId, HeadName = unit.HeadName,
        HeadPosition = unit.HeadPosition, Phone = unit.Phone, Email = unit.Email,
    };
}

public sealed class UnitFormValidator : AbstractValidator<UnitForm>
{
    public UnitFormValidator()
    {
        RuleFor(f => f.Name).NotEmpty().WithMessage("Vui lòng nhập tên đơn vị.").MaximumLength(200).WithMessage("Tên đơn vị dài quá {MaxLength} ký tự.");
        RuleFor(f => f.HeadName).MaximumLength(100).WithMessage("Họ tên dài quá {MaxLength} ký tự.");
        RuleFor(f => f.HeadPosition).MaximumLength(100).WithMessage("Chức vụ dài quá {MaxLength} ký tự.");
        RuleFor(f => f.Phone).MaximumLength(20).WithMessage("Số điện thoại dài quá {MaxLength} ký tự.")
            .Matches(@"^[0-9 .+()-]*$").WithMessage("Số điện thoại chỉ gồm chữ số và các dấu . + ( ) -");
        RuleFor(f => f.Email).MaximumLength(100).WithMessage("Thư điện tử dài quá {MaxLength} ký tự.")
            .Must(EmailAddresses.IsValid).When(f => !string.IsNullOrWhiteSpace(f.Email)).WithMessage(EmailAddresses.Invalid);
    }
}

public sealed record UnitRow(int Id, string Name, string Type, string? HeadName, string? HeadPosition, string? Phone, bool IsActive, int Reports, int Users);

public sealed record UnitPage(UnitForm Form, IReadOnlyList<KeyValuePair<int, string>> UnitTypes);
