using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using NguyenLuongBang.Emulation.Web.Documents;
using NguyenLuongBang.Emulation.Web.Identity;
using NguyenLuongBang.Emulation.Web.Infrastructure;

namespace NguyenLuongBang.Emulation.Web.Features.DocumentRegister;

/// <summary>The văn thư (the administrator in the portal) enters a document signed on paper in the register, with its scan.</summary>
[Authorize(Policy = Policies.Administer)]
[Route("Admin/Register/Paper")]
public sealed class PaperRecordsController(PaperRecords records) : Controller
{
    private const string ViewPath = "~/Features/DocumentRegister/Paper.cshtml";

    [HttpGet("")]
    public IActionResult Index() => View(ViewPath, new PaperRecordPage(new PaperRecordForm(), null));

    [HttpPost("")]
    [RequestSizeLimit(PaperRecords.MaxScanBytes + (64 * 1024))]
    [RequestFormLimits(MultipartBodyLengthLimit = PaperRecords.MaxScanBytes + (64 * 1024))]
    public async Task<IActionResult> Record(PaperRecordForm form, IFormFile? file, CancellationToken cancellationToken)
    {
        var outcome = await records.RecordAsync(form, await UploadedFile.ReadAsync(file, PaperRecords.MaxScanBytes, cancellationToken), User.ToActor(), cancellationToken);
        // Refused: what was typed comes back with the reason; the file has to be chosen again (browsers do not keep it).
        return await this.AnswerForm(outcome, () => Redirect($"/Admin/Register?year={PaperRecords.ParseDate(form.IssuedOn)!.Value.Year}"),
            error => Task.FromResult<IActionResult>(View(ViewPath, new PaperRecordPage(form, error))));
    }
}

public sealed record PaperRecordPage(PaperRecordForm Form, string? Error);
