using FluentValidation;
using FluentValidation.AspNetCore;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using NguyenLuongBang.Emulation.Domain.Common;
using NguyenLuongBang.Emulation.Web.Features.Reports;
using NguyenLuongBang.Emulation.Web.Identity;
using NguyenLuongBang.Emulation.Web.Infrastructure;

namespace NguyenLuongBang.Emulation.Web.Features.LaunchPlan;

/// <summary>The unit's own launch plan for the movement (kế hoạch phát động, 2025): number, date, the signed file.</summary>
public sealed class LaunchPlanController(LaunchPlanQueries queries, LaunchPlanActions actions) : Controller
{
    [Authorize(Policy = Policies.UnitStaff)]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var unitId = User.GetUnitId()!.Value;
        return View(await queries.PageAsync(unitId, null, cancellationToken));
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
        Domain.Files.StoredFile? stored = null;
        if (file is not null || !await queries.HasFileAsync(unitId, cancellationToken))
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
            return View(await queries.PageAsync(unitId, form, cancellationToken));
        }

        return await this.AnswerForm(await actions.SaveAsync(unitId, form, stored, User.ToActor(), cancellationToken), () => RedirectToAction(nameof(Index)), async error =>
        {
            ModelState.AddModelError(string.Empty, error);
            return View(await queries.PageAsync(unitId, form, cancellationToken));
        });
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

        var file = await queries.FileAsync(unitId, cancellationToken);
        return file is null ? NotFound() : File(file.Content, file.ContentType, EvidenceFiles.SafeName(file.FileName));
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
