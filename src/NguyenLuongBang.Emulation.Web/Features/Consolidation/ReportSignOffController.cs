using FluentValidation;
using FluentValidation.AspNetCore;
using Microsoft.AspNetCore.Mvc;
using NguyenLuongBang.Emulation.Domain.Common;
using NguyenLuongBang.Emulation.Domain.Documents;
using NguyenLuongBang.Emulation.Web.Documents;
using NguyenLuongBang.Emulation.Web.Features.DocumentRegister;
using NguyenLuongBang.Emulation.Web.Identity;
using NguyenLuongBang.Emulation.Web.Infrastructure;

namespace NguyenLuongBang.Emulation.Web.Features.Consolidation;

/// <summary>
/// The one sign-off of a consolidated report, a commune's or the city's: the page, the assessment
/// saved (an invalid or refused form comes back with what was typed, 422), trình ký, trả lại, ký
/// ban hành, and the downloads (the stored files once issued, a draft drawn live before). A scope's
/// controller declares its routes and policies and hands each action here; a null round is one its
/// routes do not know (404).
/// </summary>
public abstract class ReportSignOffController<TData>(IReportScope<TData> scope, ReportSignOffQueries queries, ConsolidationSignOff signOff, IssuedFiles files) : Controller
{
    protected async Task<IActionResult> ShowAsync(ReviewRound? round, CancellationToken cancellationToken) =>
        round is { } known ? View("Index", await queries.PageAsync(scope, known, null, User, cancellationToken)) : NotFound();

    protected async Task<IActionResult> SaveAsync(ReviewRound? round, AssessmentForm form, IValidator<AssessmentForm> validator, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(validator);
        if (round is not { } known)
        {
            return NotFound();
        }

        var validation = await validator.ValidateAsync(form, cancellationToken);
        if (!validation.IsValid)
        {
            validation.AddToModelState(ModelState);
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return await FormAgainAsync(known, form, cancellationToken);
        }

        return await this.AnswerForm(await signOff.SaveAssessmentAsync(scope, known, form, User.ToActor(), cancellationToken), () => Back(known), async refusal =>
        {
            ModelState.AddModelError(string.Empty, refusal);
            return await FormAgainAsync(known, form, cancellationToken);
        });
    }

    /// <summary>Trình ký: a reason is needed before the deadline or with unit reports not accepted.</summary>
    protected Task<IActionResult> SubmitForSignatureAsync(ReviewRound? round, string? reason, CancellationToken cancellationToken) =>
        AnswerAsync(round, known => signOff.SubmitForSignatureAsync(scope, known, reason, User.ToActor(), cancellationToken));

    protected Task<IActionResult> ReturnAsync(ReviewRound? round, string? comment, CancellationToken cancellationToken) =>
        AnswerAsync(round, known => signOff.ReturnAsync(scope, known, comment, User.ToActor(), cancellationToken));

    protected Task<IActionResult> SignAsync(ReviewRound? round, CancellationToken cancellationToken) =>
        AnswerAsync(round, known => signOff.SignAsync(scope, known, User.ToActor(), cancellationToken));

    /// <summary>The issued report's stored file, never drawn again; before issue, the draft drawn from today's data, marked DỰ THẢO.</summary>
    protected async Task<IActionResult> DownloadAsync(ReviewRound? round, IssuedFileFormat format, CancellationToken cancellationToken)
    {
        if (round is not { } known)
        {
            return NotFound();
        }

        if (await queries.IssuedDocumentAsync(known, cancellationToken) is { } issued)
        {
            return await files.DownloadAsync(issued, format, cancellationToken);
        }

        var document = await scope.ComposeAsync(known, null, null, cancellationToken);
        return format == IssuedFileFormat.Pdf
            ? File(PdfRenderer.Render(document), DocumentIssuer.PdfType, scope.DraftFileName(known, "pdf"))
            : File(WordRenderer.Render(document), DocumentIssuer.WordType, scope.DraftFileName(known, "docx"));
    }

    private async Task<IActionResult> AnswerAsync(ReviewRound? round, Func<ReviewRound, Task<ChangeOutcome>> step) =>
        round is { } known ? this.Answer(await step(known), Back(known)) : NotFound();

    private async Task<IActionResult> FormAgainAsync(ReviewRound round, AssessmentForm form, CancellationToken cancellationToken) =>
        View("Index", await queries.PageAsync(scope, round, form, User, cancellationToken));

    private RedirectToActionResult Back(ReviewRound round) => RedirectToAction("Index", scope.RouteValues(round));
}
