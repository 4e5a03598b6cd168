using FluentValidation;
using FluentValidation.AspNetCore;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using NguyenLuongBang.Emulation.Domain.Common;
using NguyenLuongBang.Emulation.Domain.Units;
using NguyenLuongBang.Emulation.Web.Data;
using NguyenLuongBang.Emulation.Web.Features.Reports;
using NguyenLuongBang.Emulation.Web.Identity;
using NguyenLuongBang.Emulation.Web.Infrastructure;

namespace NguyenLuongBang.Emulation.Web.Features.LaunchPlan;

/// <summary>The unit's own launch plan for the movement (kế hoạch phát động, 2025): number, date, the signed file.</summary>
public sealed class LaunchPlanController(AppDbContext db, AuditLog audit, TimeProvider clock) : Controller
{
    [Authorize(Policy = Policies.UnitStaff)]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var unitId = User.GetUnitId()!.Value;
        return View(await PageAsync(unitId, null, cancellationToken));
    }

    [Authorize(Policy = Policies.UnitStaff)]
    [HttpPost]
    [RequestSizeLimit(64L * 1024 * 1024)]
    [RequestFormLimits(MultipartBodyLengthLimit = 64L * 1024 * 1024)]
    public async Task<IActionResult> Index(LaunchPlanForm form, IFormFile? file, [FromServices] IValidator<LaunchPlanForm> validator,
        [FromServices] EvidenceFiles evidence, CancellationToken cancellationToken)
    {
        var unitId = User.GetUnitId()!.Value;
        var validation = await validator.ValidateAsync(form, cancellationToken);
        validation.AddToModelState(ModelState);
        var plan = await db.UnitLaunchPlans.SingleOrDefaultAsync(p => p.UnitId == unitId, cancellationToken);
        Domain.Files.StoredFile? stored = null;
        if (file is not null || plan?.FileId is null)
        {
            var (read, error) = await evidence.ReadAsync(file, User.ToActor(), cancellationToken);
            if (error is not null)
            {
                ModelState.AddModelError("file", file is null ? "Vui lòng tải lên bản kế hoạch đã ký (PDF hoặc ảnh chụp)." : error);
            }

            stored = read;
        }

        if (!ModelState.IsValid)
        {
            return View(await PageAsync(unitId, form, cancellationToken));
        }

        try
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            if (stored is not null)
            {
                db.StoredFiles.Add(stored);
                await db.SaveChangesAsync(cancellationToken);
            }

            var now = clock.GetUtcNow();
            if (plan is null)
            {
                db.UnitLaunchPlans.Add(new UnitLaunchPlan(unitId, form.Number!.Trim(), form.IssuedOn!.Value, stored?.Id, User.ToActor(), now));
            }
            else
            {
                plan.Change(form.Number!.Trim(), form.IssuedOn!.Value, stored?.Id, User.ToActor(), now);
            }

            audit.Add(plan is null ? "Đăng ký kế hoạch phát động" : "Sửa kế hoạch phát động", "Kế hoạch phát động", unitId.ToString(PortalSetup.Vietnamese), $"Số {form.Number}");
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        catch (DomainException refused)
        {
            ModelState.AddModelError(string.Empty, refused.Message);
            return View(await PageAsync(unitId, form, cancellationToken));
        }

        TempData["Message"] = "Đã lưu kế hoạch phát động của đơn vị.";
        return RedirectToAction(nameof(Index));
    }

    /// <summary>Which units have a launch plan and which have not (reviewers and the chairman).</summary>
    [Authorize(Policy = Policies.ReadAllReports)]
    [HttpGet]
    public async Task<IActionResult> Overview([FromServices] LaunchPlanOverview overview, CancellationToken cancellationToken) =>
        View(await overview.LoadAsync(cancellationToken) with { CanRemind = User.IsInRole(Roles.Reviewer) });

    /// <summary>Reminds every unit still without a launch plan: once per unit and day.</summary>
    [Authorize(Policy = Policies.Review)]
    [HttpPost]
    public async Task<IActionResult> Remind([FromServices] LaunchPlanOverview overview, CancellationToken cancellationToken)
    {
        var reminded = await overview.RemindMissingAsync(cancellationToken);
        TempData["Message"] = reminded > 0
            ? $"Đã nhắc {reminded} đơn vị chưa có kế hoạch phát động (thông báo trên cổng và thư điện tử)."
            : "Không có đơn vị nào cần nhắc thêm: các đơn vị chưa có kế hoạch đã được nhắc hôm nay.";
        return RedirectToAction(nameof(Overview));
    }

    /// <summary>The signed plan file, for the unit and for reviewers.</summary>
    public async Task<IActionResult> File(int unitId, [FromServices] IAuthorizationService authorization, CancellationToken cancellationToken)
    {
        if (!(await authorization.AuthorizeAsync(User, new UnitResource(unitId), UnitOperations.Read)).Succeeded)
        {
            return Forbid();
        }

        var file = await db.UnitLaunchPlans.Where(p => p.UnitId == unitId)
            .Join(db.StoredFiles, p => p.FileId, f => f.Id, (_, f) => new { f.FileName, f.ContentType, f.Content })
            .SingleOrDefaultAsync(cancellationToken);
        return file is null ? NotFound() : File(file.Content, file.ContentType, EvidenceFiles.SafeName(file.FileName));
    }

    private async Task<LaunchPlanPage> PageAsync(int unitId, LaunchPlanForm? typed, CancellationToken cancellationToken)
    {
        var plan = await db.UnitLaunchPlans.AsNoTracking().Where(p => p.UnitId == unitId)
            .Select(p => new { p.Number, p.IssuedOn, p.RegisteredAt, p.RegisteredByName, FileName = db.StoredFiles.Where(f => f.Id == p.FileId).Select(f => f.FileName).FirstOrDefault() })
            .SingleOrDefaultAsync(cancellationToken);
        var form = typed ?? new LaunchPlanForm { Number = plan?.Number, IssuedOn = plan?.IssuedOn };
        return new LaunchPlanPage(unitId, form, plan is not null, plan?.FileName, plan?.RegisteredByName, plan?.RegisteredAt);
    }
}

public sealed class LaunchPlanForm
{
    public string? Number { get; set; }

    public DateOnly? IssuedOn { get; set; }
}

public sealed class LaunchPlanFormValidator : AbstractValidator<LaunchPlanForm>
{
    public LaunchPlanFormValidator(TimeProvider clock)
    {
        RuleFor(f => f.Number).NotEmpty().WithMessage("Vui lòng nhập số kế hoạch (ví dụ: 05/KH-THNLB).")
            .MaximumLength(50).WithMessage("Số kế hoạch dài quá {MaxLength} ký tự.");
        RuleFor(f => f.IssuedOn).NotNull().WithMessage("Vui lòng nhập ngày ban hành.")
            .Must(d => d is null || (d.Value.Year >= ReviewRound.FirstYear && d.Value <= VietnamTime.Today(clock)))
            .WithMessage("Ngày ban hành phải từ năm 2025 đến hôm nay.");
    }
}

public sealed record LaunchPlanPage(int UnitId, LaunchPlanForm Form, bool Registered, string? FileName, string? RegisteredBy, DateTimeOffset? RegisteredAt);
