using FluentValidation;
using FluentValidation.AspNetCore;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using NguyenLuongBang.Emulation.Domain.Documents;
using NguyenLuongBang.Emulation.Web.Features.Reports;
using NguyenLuongBang.Emulation.Web.Identity;
using NguyenLuongBang.Emulation.Web.Infrastructure;

namespace NguyenLuongBang.Emulation.Web.Features.Library;

/// <summary>The guidance library (/Van-ban): public documents for everyone, the rest for signed-in users; Phòng VH-XH publishes and withdraws.</summary>
[Route("Van-ban")]
public sealed class LibraryController(GuidanceLibrary library, LibraryActions actions) : Controller
{
    private const long MaxUpload = 64L * 1024 * 1024;

    [AllowAnonymous]
    [HttpGet("")]
    public async Task<IActionResult> Index(GuidanceCategory? category, CancellationToken cancellationToken) =>
        View(await PageAsync(category, null, cancellationToken));

    [AllowAnonymous]
    [HttpGet("{id:int}/Tep")]
    public async Task<IActionResult> Download(int id, CancellationToken cancellationToken)
    {
        var file = await library.FileAsync(id, User.Identity?.IsAuthenticated == true, cancellationToken);
        return file is null ? NotFound() : File(file.Content, file.ContentType, EvidenceFiles.SafeName(file.FileName));
    }

    [Authorize(Policy = Policies.Review)]
    [HttpPost("")]
    [RequestSizeLimit(MaxUpload)]
    [RequestFormLimits(MultipartBodyLengthLimit = MaxUpload)]
    public async Task<IActionResult> Publish(LibraryForm form, IFormFile? file, [FromServices] IValidator<LibraryForm> validator, [FromServices] EvidenceFiles evidence,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(validator);
        ArgumentNullException.ThrowIfNull(evidence);
        (await validator.ValidateAsync(form, cancellationToken)).AddToModelState(ModelState);
        if (!ModelState.IsValid)
        {
            return await FormAgainAsync(form, cancellationToken);
        }

        var (stored, error) = await evidence.ReadAsync(file, User.ToActor(), cancellationToken);
        return await this.AnswerForm(await actions.PublishAsync(form, stored, file is null ? null : error, User.ToActor(), cancellationToken), () => Redirect("/Van-ban"),
            refusal =>
            {
                ModelState.AddModelError("file", refusal);
                return FormAgainAsync(form, cancellationToken);
            });
    }

    [Authorize(Policy = Policies.Review)]
    [HttpPost("{id:int}/Thu-hoi")]
    public async Task<IActionResult> Withdraw(int id, string? reason, CancellationToken cancellationToken) =>
        this.Answer(await actions.WithdrawAsync(id, reason, User.ToActor(), cancellationToken), Redirect("/Van-ban"));

    /// <summary>The library with the form as typed and why it was not published (422).</summary>
    private async Task<IActionResult> FormAgainAsync(LibraryForm form, CancellationToken cancellationToken)
    {
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return View(nameof(Index), await PageAsync(null, form, cancellationToken));
    }

    private async Task<LibraryPage> PageAsync(GuidanceCategory? category, LibraryForm? typed, CancellationToken cancellationToken)
    {
        var signedIn = User.Identity?.IsAuthenticated == true;
        var page = await library.ListAsync(signedIn ? User.ToActor().UserId : null, category, cancellationToken);
        return page with { Form = typed ?? new LibraryForm(), CanPublish = User.IsInRole(Roles.Reviewer) };
    }
}
