using FluentValidation;
using FluentValidation.AspNetCore;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using NguyenLuongBang.Emulation.Domain.Common;
using NguyenLuongBang.Emulation.Domain.Practices;
using NguyenLuongBang.Emulation.Web.Data;
using NguyenLuongBang.Emulation.Web.Identity;
using NguyenLuongBang.Emulation.Web.Infrastructure;

namespace NguyenLuongBang.Emulation.Web.Features.Practices;

public sealed class PracticeForm
{
    public PracticeKind Kind { get; set; } = PracticeKind.Model;

    public string? Title { get; set; }

    public string? Summary { get; set; }

    public int? UnitId { get; set; }

    public int Year { get; set; }
}

public sealed class PracticeFormValidator : AbstractValidator<PracticeForm>
{
    public PracticeFormValidator()
    {
        RuleFor(f => f.Kind).IsInEnum().WithMessage("Chọn mô hình hoặc sáng kiến.");
        RuleFor(f => f.Title).NotEmpty().WithMessage("Vui lòng nhập tên mô hình, sáng kiến.").MaximumLength(300).WithMessage("Tên dài quá {MaxLength} ký tự.");
        RuleFor(f => f.Summary).NotEmpty().WithMessage("Vui lòng tóm tắt cách làm và kết quả.").MaximumLength(4000).WithMessage("Tóm tắt dài quá {MaxLength} ký tự.");
        RuleFor(f => f.Year).InclusiveBetween(ReviewRound.FirstYear, ReviewRound.FinalYear).WithMessage($"Năm phải từ {ReviewRound.FirstYear} đến {ReviewRound.FinalYear}.");
    }
}

public sealed record PracticesPage(IReadOnlyList<GoodPractice> Practices, IReadOnlyDictionary<int, string> Units, PracticeForm Form);

/// <summary>The models and initiatives the commune spreads: drafted, published on the honour board, withdrawn with a reason.</summary>
[Authorize(Policy = Policies.Review)]
[Route("Practices")]
public sealed class PracticesController(AppDbContext db, AuditLog audit, TimeProvider clock) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await PageAsync(new PracticeForm { Year = Math.Clamp(VietnamTime.Today(clock).Year, ReviewRound.FirstYear, ReviewRound.FinalYear) }, cancellationToken));

    [HttpPost("")]
    public async Task<IActionResult> Create(PracticeForm form, [FromServices] IValidator<PracticeForm> validator, CancellationToken cancellationToken)
    {
        (await validator.ValidateAsync(form, cancellationToken)).AddToModelState(ModelState);
        if (form.UnitId is { } unitId && !await db.Units.AnyAsync(u => u.Id == unitId, cancellationToken))
        {
            ModelState.AddModelError(nameof(form.UnitId), "Đơn vị đã chọn không tồn tại.");
        }

        if (ModelState.IsValid)
        {
            var practice = new GoodPractice(form.Kind, form.Title!, form.Summary!, form.UnitId, form.Year, User.ToActor(), clock.GetUtcNow());
            db.GoodPractices.Add(practice);
            await db.SaveChangesAsync(cancellationToken);
            await audit.WriteAsync("Thêm mô hình, sáng kiến", "Mô hình, sáng kiến", practice.Id.ToString(PortalSetup.Vietnamese), practice.Title);
            TempData["Message"] = $"Đã thêm \"{practice.Title}\". Bấm Công bố để đưa lên trang vinh danh.";
            return RedirectToAction(nameof(Index));
        }

        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return View("Index", await PageAsync(form, cancellationToken));
    }

    [HttpPost("{id:int}/Publish")]
    public Task<IActionResult> Publish(int id, CancellationToken cancellationToken) =>
        ChangeAsync(id, "Công bố mô hình, sáng kiến", p => p.Publish(User.ToActor(), clock.GetUtcNow()), cancellationToken);

    [HttpPost("{id:int}/Withdraw")]
    public Task<IActionResult> Withdraw(int id, string? reason, CancellationToken cancellationToken) =>
        ChangeAsync(id, "Rút mô hình, sáng kiến khỏi trang vinh danh", p => p.Withdraw(reason ?? string.Empty, User.ToActor(), clock.GetUtcNow()), cancellationToken);

    private async Task<IActionResult> ChangeAsync(int id, string action, Action<GoodPractice> change, CancellationToken cancellationToken)
    {
        var practice = await db.GoodPractices.SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (practice is null)
        {
            return NotFound();
        }

        try
        {
            change(practice);
        }
        catch (DomainException refused)
        {
            TempData["Error"] = refused.Message;
            return RedirectToAction(nameof(Index));
        }

        audit.Add(action, "Mô hình, sáng kiến", id.ToString(PortalSetup.Vietnamese), practice.Title);
        await db.SaveChangesAsync(cancellationToken);
        TempData["Message"] = $"{action}: {practice.Title}.";
        return RedirectToAction(nameof(Index));
    }

    private async Task<PracticesPage> PageAsync(PracticeForm form, CancellationToken cancellationToken) => new(
        await db.GoodPractices.AsNoTracking().OrderByDescending(p => p.Year).ThenBy(p => p.Id).ToListAsync(cancellationToken),
        await db.Units.AsNoTracking().Where(u => u.IsActive).OrderBy(u => u.Name).ToDictionaryAsync(u => u.Id, u => u.Name, cancellationToken),
        form);
}
