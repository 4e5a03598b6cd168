using FluentValidation;
using FluentValidation.AspNetCore;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using NguyenLuongBang.Emulation.Web.Identity;
using NguyenLuongBang.Emulation.Web.Infrastructure;

namespace NguyenLuongBang.Emulation.Web.Features.Reports;

/// <summary>A report's evidence files and proposed commendations.</summary>
[Route("Reports/{id:int}/[action]")]
/// <remarks>
/// Each action is posted by the report's own form (the buttons carry their action), so it first saves
/// what was typed in the report: adding a proposal or a file never costs the text typed before it.
/// </remarks>
public sealed class ReportPartsController(ReportQueries queries, ReportEditor editor, ReportDrafts drafts, IAuthorizationService authorization) : Controller
{
    /// <summary>The largest request the server reads at all; the configured per-file limit is checked inside.</summary>
    private const long RequestLimit = 64L * 1024 * 1024;

    [HttpPost]
    [RequestSizeLimit(RequestLimit)]
    [RequestFormLimits(MultipartBodyLengthLimit = RequestLimit)]
    public async Task<IActionResult> Upload(int id, IFormFile? file, int? contentAreaId, ReportForm draft, [FromServices] EvidenceFiles evidence, CancellationToken cancellationToken)
    {
        if (await DenyAsync(id, UnitOperations.Edit, cancellationToken) is { } denied)
        {
            return denied;
        }

        return await AfterDraftAsync(id, draft, "Tệp chưa được tải lên.", async () =>
        {
            var (stored, error) = await evidence.ReadAsync(file, User.ToActor(), cancellationToken);
            return (error is null ? await editor.AttachAsync(id, stored!, contentAreaId, User.ToActor(), cancellationToken) : ChangeOutcome.Refused(error), "minh-chung");
        }, cancellationToken);
    }

    [HttpPost]
    public async Task<IActionResult> RemoveFile(int id, int attachmentId, ReportForm draft, CancellationToken cancellationToken)
    {
        if (await DenyAsync(id, UnitOperations.Edit, cancellationToken) is { } denied)
        {
            return denied;
        }

        return await AfterDraftAsync(id, draft, "Tệp chưa được gỡ.", async () =>
            (await editor.DetachAsync(id, attachmentId, User.ToActor(), cancellationToken), "minh-chung"), cancellationToken);
    }

    /// <summary>Downloads an evidence file; only for those who may read the report.</summary>
    [HttpGet]
    public async Task<IActionResult> File(int id, int attachmentId, CancellationToken cancellationToken)
    {
        if (await DenyAsync(id, UnitOperations.Read, cancellationToken) is { } denied)
        {
            return denied;
        }

        var stored = await queries.AttachmentFileAsync(id, attachmentId, cancellationToken);
        if (stored is null)
        {
            return NotFound();
        }

        Response.Headers.XContentTypeOptions = "nosniff";
        return File(stored.Content, stored.ContentType, EvidenceFiles.SafeName(stored.FileName));
    }

    /// <summary>The report as last submitted, with its receipt: a PDF the unit keeps or prints.</summary>
    [HttpGet]
    public async Task<IActionResult> Pdf(int id, [FromServices] SubmittedReportDocument documents, CancellationToken cancellationToken)
    {
        if (await DenyAsync(id, UnitOperations.Read, cancellationToken) is { } denied)
        {
            return denied;
        }

        return await documents.LoadAsync(id, cancellationToken) is { } document
            ? File(Documents.PdfRenderer.Render(document), "application/pdf", $"bao-cao-{id}.pdf")
            : NotFound();
    }

    [HttpPost]
    public async Task<IActionResult> Propose(int id, CommendationForm form, ReportForm draft, [FromServices] IValidator<CommendationForm> validator, CancellationToken cancellationToken)
    {
        if (await DenyAsync(id, UnitOperations.Edit, cancellationToken) is { } denied)
        {
            return denied;
        }

        var validation = await validator.ValidateAsync(form, cancellationToken);
        if (!validation.IsValid)
        {
            // The report page again, with the report's text saved and the proposal as typed, so nothing is lost.
            var saved = await drafts.SaveChangesAsync(id, draft, User.ToActor(), cancellationToken);
            ReportEditPage Typed(ReportEditPage page) => new(page.Report, page.Form)
            {
                Conflict = page.Conflict,
                Commendation = form,
                CommendationError = string.Join(" ", validation.Errors.Select(e => e.ErrorMessage)),
            };
            var shown = await this.UnlessSavedAsync(id, draft, saved, queries, cancellationToken, Typed);
            if (shown is null)
            {
                var report = await queries.ViewAsync(id, cancellationToken);
                shown = View(ReportPage.ViewPath, Typed(new ReportEditPage(report, saved == DraftSaved.NothingPosted ? ReportForm.From(report) : Fresh(draft, report))));
            }

            ViewData[ReportPage.Unsaved] = true;
            Response.StatusCode = Response.StatusCode == StatusCodes.Status409Conflict ? StatusCodes.Status409Conflict : StatusCodes.Status422UnprocessableEntity;
            return shown;
        }

        return await AfterDraftAsync(id, draft, "Đề nghị khen thưởng chưa được thêm.", async () =>
            (await editor.ProposeAsync(id, form, User.ToActor(), cancellationToken), "khen-thuong"), cancellationToken, form);
    }

    [HttpPost]
    public async Task<IActionResult> Withdraw(int id, int proposalId, ReportForm draft, CancellationToken cancellationToken)
    {
        if (await DenyAsync(id, UnitOperations.Edit, cancellationToken) is { } denied)
        {
            return denied;
        }

        return await AfterDraftAsync(id, draft, "Đề nghị chưa được rút.", async () =>
            (await editor.WithdrawAsync(id, proposalId, User.ToActor(), cancellationToken), "khen-thuong"), cancellationToken);
    }

    /// <summary>
    /// Saves the report's typed text, then runs the part's action. The answer is the report page at
    /// the part's section; when some typed field was wrong, the page itself with that field marked.
    /// </summary>
    private async Task<IActionResult> AfterDraftAsync(int id, ReportForm draft, string notDone, Func<Task<(ChangeOutcome Outcome, string Section)>> action,
        CancellationToken cancellationToken, CommendationForm? typed = null)
    {
        var saved = await drafts.SaveChangesAsync(id, draft, User.ToActor(), cancellationToken);
        if (saved.Result.Outcome is SaveOutcome.Conflict or SaveOutcome.Refused)
        {
            // The part's own change waits for the report: said so, and a proposal typed comes back in its boxes.
            var shown = (await this.UnlessSavedAsync(id, draft, saved, queries, cancellationToken,
                page => typed is null ? page : new ReportEditPage(page.Report, page.Form) { Conflict = page.Conflict, Commendation = typed }))!;
            ViewData["Error"] = $"{notDone} {ViewData["Error"]}";
            return shown;
        }

        var (outcome, section) = await action();
        var error = outcome.Result switch
        {
            ChangeResult.Refused => outcome.Message,
            ChangeResult.NotFound => "Không tìm thấy báo cáo.",
            _ => null,
        };
        var success = outcome.Message;
        if (saved.Errors.Count > 0)
        {
            // The part's outcome above the page; the fields kept back marked below (and a refused proposal in its boxes).
            ViewData[error is null ? "Message" : "PartError"] = error ?? success;
            return await this.WithKeptBackAsync(id, draft, saved, queries, cancellationToken,
                page => typed is null || error is null ? page : new ReportEditPage(page.Report, page.Form) { Commendation = typed });
        }

        TempData[error is null ? "Message" : "Error"] = error ?? success;
        return RedirectToAction(nameof(ReportsController.Edit), "Reports", new { id }, section);
    }

    /// <summary>The typed report on a page answered after it was saved: with the saved stamp, so saving again from it is no conflict.</summary>
    private static ReportForm Fresh(ReportForm typed, ReportView saved)
    {
        typed.ConcurrencyStamp = saved.ConcurrencyStamp;
        return typed;
    }

    private Task<IActionResult?> DenyAsync(int id, OperationAuthorizationRequirement operation, CancellationToken cancellationToken) =>
        this.DenyReportAsync(id, operation, queries, authorization, cancellationToken);
}
