using FluentValidation;
using FluentValidation.AspNetCore;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using NguyenLuongBang.Emulation.Domain.Common;
using NguyenLuongBang.Emulation.Domain.Nominations;

namespace NguyenLuongBang.Emulation.Web.Features.PublicPosting;

/// <summary>
/// The public posting of nominees (công khai danh sách đề nghị khen thưởng): who is proposed, for
/// what, and until when; anyone may send feedback on a nominee, which the reviewer resolves like an
/// objection recorded by hand. Senders and their contacts are never shown here.
/// </summary>
[AllowAnonymous]
[Route("Cong-khai")]
public sealed class PublicPostingController(PublicPostingQueries queries, PublicFeedback feedback) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) => View(await queries.PostedAsync(cancellationToken));

    [HttpGet("{id:int}/Y-kien")]
    public async Task<IActionResult> Feedback(int id, CancellationToken cancellationToken)
    {
        var nominee = await queries.NomineeAsync(id, cancellationToken);
        return nominee is null ? NotFound() : View(new FeedbackPage(nominee, new FeedbackForm { Token = Guid.NewGuid() }, null));
    }

    [HttpPost("{id:int}/Y-kien")]
    public async Task<IActionResult> Feedback(int id, FeedbackForm form, [FromServices] IValidator<FeedbackForm> validator, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var nominee = await queries.NomineeAsync(id, cancellationToken);
        if (nominee is null)
        {
            return NotFound();
        }

        var outcome = await feedback.ReceiveAsync(id, form, validator, ModelState, HttpContext.Connection.RemoteIpAddress?.ToString(), cancellationToken);
        if (outcome.Reference is not null || outcome.Trap)
        {
            return View("Received", new ReceivedPage(nominee, outcome.Reference, outcome.ReceivedAt));
        }

        Response.StatusCode = outcome.Limited ? StatusCodes.Status429TooManyRequests : StatusCodes.Status422UnprocessableEntity;
        return View(new FeedbackPage(nominee, form, outcome.Problem));
    }

    /// <summary>"Tra cứu ý kiến": a citizen types the reference they were given and reads how their feedback was resolved.</summary>
    [HttpGet("Tra-cuu")]
    public IActionResult LookUp() => View(new LookUpPage(null, null, null));

    [HttpPost("Tra-cuu")]
    [Microsoft.AspNetCore.RateLimiting.EnableRateLimiting(Infrastructure.SecurityHeaders.FeedbackLookupPolicy)]
    public async Task<IActionResult> LookUp(string? reference, CancellationToken cancellationToken)
    {
        if (FeedbackReference.Normalize(reference) is not { } normalized)
        {
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View(new LookUpPage(reference, null, "Số tiếp nhận gồm chữ PA và 8 chữ, số (ví dụ PA-7K3M-9QXD); vui lòng kiểm tra lại số đã nhập."));
        }

        var found = await feedback.LookUpAsync(normalized, cancellationToken);
        if (found is null)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
            return View(new LookUpPage(reference, null, $"Không tìm thấy ý kiến có số tiếp nhận {normalized}. Vui lòng kiểm tra lại số trên trang xác nhận khi gửi ý kiến; nếu vẫn không thấy, liên hệ Phòng Văn hóa - Xã hội, UBND xã."));
        }

        return View(new LookUpPage(normalized, found, null));
    }
}

public sealed record PostedNominee(int Id, RoundKind RoundKind, int RoundYear, string Name, NomineeKind Kind, string? Position, string? Unit, AwardForm AwardForm,
    string Achievement, DateTimeOffset? PostedAt, DateTimeOffset PostedUntil, bool Open)
{
    public string Round => new ReviewRound(RoundKind, RoundYear).Title;
}

public sealed record FeedbackPage(PostedNominee Nominee, FeedbackForm Form, string? Problem);

public sealed record LookUpPage(string? Typed, FeedbackStatus? Found, string? Problem);

public sealed record ReceivedPage(PostedNominee Nominee, string? Reference, DateTimeOffset? ReceivedAt);
