using FluentValidation;
using FluentValidation.AspNetCore;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using NguyenLuongBang.Emulation.Web.Data;
using NguyenLuongBang.Emulation.Web.Identity;

namespace NguyenLuongBang.Emulation.Web.Features.Reports;

/// <summary>A report's evidence files and proposed commendations.</summary>
[Route("Reports/{id:int}/[action]")]
public sealed class ReportPartsController(ReportQueries queries, ReportEditor editor, IAuthorizationService authorization) : Controller
{
    /// <summary>The largest request the server reads at all; the configured per-file limit is checked inside.</summary>
    private const long RequestLimit = 64L * 1024 * 1024;

    [HttpPost]
    [RequestSizeLimit(RequestLimit)]
    [RequestFormLimits(MultipartBodyLengthLimit = RequestLimit)]
    public async Task<IActionResult> Upload(int id, IFormFile? file, int? contentAreaId, [FromServices] EvidenceFiles evidence, CancellationToken cancellationToken)
    {
        if (await DenyAsync(id, UnitOperations.Edit, cancellationToken) is { } denied)
        {
            return denied;
        }

        var (stored, error) = await evidence.ReadAsync(file, User.ToActor(), cancellationToken);
        error ??= await editor.AttachAsync(id, stored!, contentAreaId, User.ToActor(), cancellationToken);
        SetMessage(error, $"Đã tải lên tệp minh chứng \"{stored?.FileName}\".");
        return RedirectToAction(nameof(ReportsController.Edit), "Reports", new { id }, "minh-chung");
    }

    [HttpPost]
    public async Task<IActionResult> RemoveFile(int id, int attachmentId, CancellationToken cancellationToken)
    {
        if (await DenyAsync(id, UnitOperations.Edit, cancellationToken) is { } denied)
        {
            return denied;
        }

        SetMessage(await editor.DetachAsync(id, attachmentId, User.ToActor(), cancellationToken), "Đã gỡ tệp minh chứng khỏi báo cáo.");
        return RedirectToAction(nameof(ReportsController.Edit), "Reports", new { id }, "minh-chung");
    }

    /// <summary>Downloads an evidence file; only for those who may read the report.</summary>
    [HttpGet]
    public async Task<IActionResult> File(int id, int attachmentId, [FromServices] AppDbContext db, CancellationToken cancellationToken)
    {
        if (await DenyAsync(id, UnitOperations.Read, cancellationToken) is { } denied)
        {
            return denied;
        }

        var stored = await db.AnnualReports.Where(r => r.Id == id)
            .SelectMany(r => r.Attachments).Where(a => a.Id == attachmentId)
            .Join(db.StoredFiles, a => a.StoredFileId, f => f.Id, (_, f) => new { f.FileName, f.ContentType, f.Content })
            .SingleOrDefaultAsync(cancellationToken);
        if (stored is null)
        {
            return NotFound();
        }

        Response.Headers.XContentTypeOptions = "nosniff";
        return File(stored.Content, stored.ContentType, EvidenceFiles.SafeName(stored.FileName));
    }

    [HttpPost]
    public async Task<IActionResult> Propose(int id, CommendationForm form, [FromServices] IValidator<CommendationForm> validator, CancellationToken cancellationToken)
    {
        if (await DenyAsync(id, UnitOperations.Edit, cancellationToken) is { } denied)
        {
            return denied;
        }

        var validation = await validator.ValidateAsync(form, cancellationToken);
        if (!validation.IsValid)
        {
            // The report page again, with what was typed, so nothing is lost.
            var report = await queries.ViewAsync(id, cancellationToken);
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View("~/Features/Reports/Edit.cshtml", new ReportEditPage(report, ReportForm.From(report))
            {
                Commendation = form,
                CommendationError = string.Join(" ", validation.Errors.Select(e => e.ErrorMessage)),
            });
        }

        SetMessage(await editor.ProposeAsync(id, form, User.ToActor(), cancellationToken), "Đã thêm đề nghị khen thưởng.");
        return RedirectToAction(nameof(ReportsController.Edit), "Reports", new { id }, "khen-thuong");
    }

    [HttpPost]
    public async Task<IActionResult> Withdraw(int id, int proposalId, CancellationToken cancellationToken)
    {
        if (await DenyAsync(id, UnitOperations.Edit, cancellationToken) is { } denied)
        {
            return denied;
        }

        SetMessage(await editor.WithdrawAsync(id, proposalId, User.ToActor(), cancellationToken), "Đã rút đề nghị khen thưởng.");
        return RedirectToAction(nameof(ReportsController.Edit), "Reports", new { id }, "khen-thuong");
    }

    private void SetMessage(string? error, string success)
    {
        if (error is null)
        {
            TempData["Message"] = success;
        }
        else
        {
            TempData["Error"] = error;
        }
    }

    private Task<IActionResult?> DenyAsync(int id, OperationAuthorizationRequirement operation, CancellationToken cancellationToken) =>
        this.DenyReportAsync(id, operation, queries, authorization, cancellationToken);
}
