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
public sealed class PracticesController(AppDbContext db, RecordChanges changes, TimeProvider clock) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await PageAsync(new PracticeForm { Year = ReviewRound.CurrentYear(clock) }, cancellationToken));

    [HttpPost("")]
    public async Task<IActionResult> Create(PracticeForm form, [FromServices] IValidator<PracticeForm> validator, CancellationToken cancellationToken)
    {
        (await validator.ValidateAsync(form, cancellationToken)).AddToModelState(ModelState);
        if (form.UnitId is { } unitId && !await db.Units.AnyAsync(u => u.Id == unitId, cancellationToken))
        {
            ModelState.AddModelError(nameof(form.UnitId), "Đơn vị đã chọn không thuộc danh sách đơn vị của địa phương này: chọn lại trong danh sách.");
        }

        if (ModelState.IsValid)
        {
            var practice = new GoodPractice(form.Kind, form.Title!, form.Summary!, form.UnitId, form.Year, User.ToActor(), clock.GetUtcNow());
            db.GoodPractices.Add(practice);
            return this.Answer(await changes.SaveAsync(new Change("Thêm mô hình, sáng kiến", "Mô hình, sáng kiến", null, practice.Title, $"Đã thêm \"{practice.Title}\". Bấm Công bố để đưa lên trang vinh danh.") { Subject = practice }, cancellationToken),
                RedirectToAction(nameof(Index)));
        }

        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return View("Index", await PageAsync(form, cancellationToken));
    }

    /// <summary>Puts the practice on the public honour board; publishing it again changes nothing.</summary>
    [HttpPost("{id:int}/Publish")]
    public async Task<IActionResult> Publish(int id, CancellationToken cancellationToken) =>
        this.Answer(await changes.ApplyAsync($"practice:{id}", ct => db.GoodPractices.SingleOrDefaultAsync(p => p.Id == id, ct), practice =>
        {
            if (practice.IsPublic)
            {
                return Change.Already($"\"{practice.Title}\" đang được công bố.");
            }

            practice.Publish(User.ToActor(), clock.GetUtcNow());
            return new Change("Công bố mô hình, sáng kiến", "Mô hình, sáng kiến", id.ToString(PortalSetup.Vietnamese), practice.Title, $"Công bố mô hình, sáng kiến: {practice.Title}.");
        }, cancellationToken), RedirectToAction(nameof(Index)));

    /// <summary>Takes the practice off the honour board with a reason (kept in its history); doing it again changes nothing.</summary>
    [HttpPost("{id:int}/Withdraw")]
    public async Task<IActionResult> Withdraw(int id, string? reason, CancellationToken cancellationToken) =>
        this.Answer(await changes.ApplyAsync($"practice:{id}", ct => db.GoodPractices.SingleOrDefaultAsync(p => p.Id == id, ct), practice =>
        {
            if (practice.Status == Domain.Practices.PracticeStatus.Withdrawn)
            {
                return Change.Already($"\"{practice.Title}\" đã được rút khỏi trang vinh danh.");
            }

            practice.Withdraw(reason ?? string.Empty, User.ToActor(), clock.GetUtcNow());
            return new Change("Rút mô hình, sáng kiến khỏi trang vinh danh", "Mô hình, sáng kiến", id.ToString(PortalSetup.Vietnamese), $"{practice.Title}: {practice.WithdrawnReason}",
                $"Rút mô hình, sáng kiến khỏi trang vinh danh: {practice.Title}.");
        }, cancellationToken), RedirectToAction(nameof(Index)));

    private async Task<PracticesPage> PageAsync(PracticeForm form, CancellationToken cancellationToken) => new(
        await db.GoodPractices.AsNoTracking().Include(p => p.History).OrderByDescending(p => p.Year).ThenBy(p => p.Id).ToListAsync(cancellationToken),
        await db.Units.AsNoTracking().Where(u => u.IsActive).OrderBy(u => u.Name).ToDictionaryAsync(u => u.Id, u => u.Name, cancellationToken),
        form);
}
