using FluentValidation;
using FluentValidation.AspNetCore;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using NguyenLuongBang.Emulation.Domain.Common;
using NguyenLuongBang.Emulation.Domain.Units;
using NguyenLuongBang.Emulation.Web.Data;
using NguyenLuongBang.Emulation.Web.Identity;
using NguyenLuongBang.Emulation.Web.Infrastructure;

namespace NguyenLuongBang.Emulation.Web.Features.AdminUnits;

/// <summary>The administrator's list of participating units: create, edit, deactivate (never delete).</summary>
[Authorize(Policy = Policies.Administer)]
[Route("Admin/Units/[action]/{id:int?}")]
public sealed class AdminUnitsController(AppDbContext db, RecordChanges changes, IValidator<UnitForm> validator) : Controller
{
    [HttpGet("/Admin/Units")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await db.Units.AsNoTracking()
            .OrderBy(u => u.UnitType!.SortOrder).ThenBy(u => u.Name)
            .Select(u => new UnitRow(u.Id, u.Name, u.UnitType!.Name, u.HeadName, u.HeadPosition, u.Phone, u.IsActive,
                db.AnnualReports.Count(r => r.UnitId == u.Id), db.Users.Count(s => s.UnitId == u.Id)))
            .ToListAsync(cancellationToken));

    [HttpGet]
    public async Task<IActionResult> Create(CancellationToken cancellationToken) => View("Edit", await PageAsync(new UnitForm(), cancellationToken));

    [HttpPost]
    public async Task<IActionResult> Create(UnitForm form, CancellationToken cancellationToken)
    {
        // Under the units' lock: two administrators adding the same name at once make one unit.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.LockAsync("units", cancellationToken);
        if (!await ValidAsync(form, null, cancellationToken))
        {
            return View("Edit", await PageAsync(form, cancellationToken));
        }

        var unit = new Unit(form.Name!, form.UnitTypeId, form.HeadName, form.HeadPosition, form.Phone, form.Email);
        db.Units.Add(unit);
        var outcome = await changes.SaveAsync(new Change("Thêm đơn vị", "Đơn vị", null, unit.Name, $"Đã thêm đơn vị \"{unit.Name}\".") { Subject = unit }, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return this.Answer(outcome, RedirectToAction(nameof(Index)));
    }

    [HttpGet]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken)
    {
        var unit = await db.Units.AsNoTracking().SingleOrDefaultAsync(u => u.Id == id, cancellationToken);
        return unit is null ? NotFound() : View(await PageAsync(UnitForm.From(unit), cancellationToken));
    }

    [HttpPost]
    public async Task<IActionResult> Edit(int id, UnitForm form, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.LockAsync("units", cancellationToken);
        var unit = await db.Units.SingleOrDefaultAsync(u => u.Id == id, cancellationToken);
        if (unit is null)
        {
            return NotFound();
        }

        form.Id = id;
        if (!await ValidAsync(form, id, cancellationToken))
        {
            return View(await PageAsync(form, cancellationToken));
        }

        var before = $"{unit.Name}; {unit.HeadName}; {unit.Phone}";
        unit.Update(form.Name!, form.UnitTypeId, form.HeadName, form.HeadPosition, form.Phone, form.Email);
        var outcome = await changes.SaveAsync(new Change("Sửa đơn vị", "Đơn vị", id.ToString(PortalSetup.Vietnamese), $"{before} → {unit.Name}; {unit.HeadName}; {unit.Phone}", $"Đã lưu đơn vị \"{unit.Name}\"."), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return this.Answer(outcome, RedirectToAction(nameof(Index)));
    }

    /// <summary>Deactivates or reactivates; a unit with reports is never deleted.</summary>
    /// <summary>A unit stops taking part (its reports are kept); doing it again changes nothing.</summary>
    [HttpPost]
    public async Task<IActionResult> Deactivate(int id, CancellationToken cancellationToken) =>
        this.Answer(await changes.ApplyAsync($"unit:{id}", ct => db.Units.SingleOrDefaultAsync(u => u.Id == id, ct), unit =>
        {
            if (!unit.IsActive)
            {
                return Change.Already($"Đơn vị \"{unit.Name}\" đã ngừng hoạt động.");
            }

            unit.Deactivate();
            return new Change("Ngừng hoạt động đơn vị", "Đơn vị", id.ToString(PortalSetup.Vietnamese), unit.Name, $"Đơn vị \"{unit.Name}\" đã ngừng hoạt động; báo cáo cũ vẫn được giữ.");
        }, cancellationToken), RedirectToAction(nameof(Index)));

    /// <summary>A unit takes part again; doing it again changes nothing.</summary>
    [HttpPost]
    public async Task<IActionResult> Activate(int id, CancellationToken cancellationToken) =>
        this.Answer(await changes.ApplyAsync($"unit:{id}", ct => db.Units.SingleOrDefaultAsync(u => u.Id == id, ct), unit =>
        {
            if (unit.IsActive)
            {
                return Change.Already($"Đơn vị \"{unit.Name}\" đang hoạt động.");
            }

            unit.Activate();
            return new Change("Kích hoạt lại đơn vị", "Đơn vị", id.ToString(PortalSetup.Vietnamese), unit.Name, $"Đơn vị \"{unit.Name}\" hoạt động trở lại.");
        }, cancellationToken), RedirectToAction(nameof(Index)));

    private async Task<bool> ValidAsync(UnitForm form, int? id, CancellationToken cancellationToken)
    {
        var validation = await validator.ValidateAsync(form, cancellationToken);
        validation.AddToModelState(ModelState);
        // One unit per name as people read it: case, Vietnamese marks, Unicode form and invisible
        // characters aside ("trạm y tế xã" is "Trạm Y tế xã").
        var folded = Names.Fold(form.Name ?? string.Empty);
        if (folded.Length > 0)
        {
            var names = await db.Units.Where(u => u.Id != id).Select(u => u.Name).ToListAsync(cancellationToken);
            if (names.FirstOrDefault(n => Names.Fold(n) == folded) is { } existing)
            {
                ModelState.AddModelError(nameof(UnitForm.Name), $"Đã có đơn vị \"{existing}\": tên này trùng (không kể chữ hoa, dấu).");
            }
        }

        if (!await db.UnitTypes.AnyAsync(t => t.Id == form.UnitTypeId, cancellationToken))
        {
            ModelState.AddModelError(nameof(UnitForm.UnitTypeId), "Vui lòng chọn loại đơn vị.");
        }

        return ModelState.IsValid;
    }

    private async Task<UnitPage> PageAsync(UnitForm form, CancellationToken cancellationToken) =>
        new(form, await db.UnitTypes.AsNoTracking().OrderBy(t => t.SortOrder).Select(t => new KeyValuePair<int, string>(t.Id, t.Name)).ToListAsync(cancellationToken));
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
