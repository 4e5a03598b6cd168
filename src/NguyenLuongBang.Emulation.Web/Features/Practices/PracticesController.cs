using FluentValidation;
using FluentValidation.AspNetCore;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using NguyenLuongBang.Emulation.Domain.Common;
using NguyenLuongBang.Emulation.Domain.Practices;
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
public sealed class PracticesController(PracticeQueries queries, PracticeActions actions, TimeProvider clock) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await queries.PageAsync(new PracticeForm { Year = ReviewRound.CurrentYear(clock) }, cancellationToken));

    [HttpPost("")]
    public async Task<IActionResult> Create(PracticeForm form, [FromServices] IValidator<PracticeForm> validator, CancellationToken cancellationToken)
    {
        (await validator.ValidateAsync(form, cancellationToken)).AddToModelState(ModelState);
        if (form.UnitId is { } unitId && !await queries.IsUnitAsync(unitId, cancellationToken))
        {
            ModelState.AddModelError(nameof(form.UnitId), "Đơn vị đã chọn không thuộc danh sách đơn vị của địa phương này: chọn lại trong danh sách.");
        }

        if (ModelState.IsValid)
        {
            return this.Answer(await actions.CreateAsync(form, User.ToActor(), cancellationToken), RedirectToAction(nameof(Index)));
        }

        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return View("Index", await queries.PageAsync(form, cancellationToken));
    }

    /// <summary>Puts the practice on the public honour board; publishing it again changes nothing.</summary>
    [HttpPost("{id:int}/Publish")]
    public async Task<IActionResult> Publish(int id, CancellationToken cancellationToken) =>
        this.Answer(await actions.PublishAsync(id, User.ToActor(), cancellationToken), RedirectToAction(nameof(Index)));

    /// <summary>Takes the practice off the honour board with a reason (kept in its history); doing it again changes nothing.</summary>
    [HttpPost("{id:int}/Thu-hoi")]
    public async Task<IActionResult> Withdraw(int id, string? reason, CancellationToken cancellationToken) =>
        this.Answer(await actions.WithdrawAsync(id, reason, User.ToActor(), cancellationToken), RedirectToAction(nameof(Index)));
}
