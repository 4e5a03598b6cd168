using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using NguyenLuongBang.Emulation.Domain.Common;
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
        try
        {
            var document = await records.RecordAsync(form, await UploadedFile.ReadAsync(file, PaperRecords.MaxScanBytes, cancellationToken), User.ToActor(), cancellationToken);
            TempData["Message"] = $"Đã vào sổ văn bản số {document.Number} ngày {document.IssuedOn:dd/MM/yyyy} (ký giấy), mã xác thực {Domain.Documents.VerificationCode.Display(document.VerificationCode!)}.";
            return Redirect($"/Admin/Register?year={document.IssuedOn.Year}");
        }
        catch (DomainException refused)
        {
            // What was typed comes back with the reason; the file has to be chosen again (browsers do not keep it).
            Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
            return View(ViewPath, new PaperRecordPage(form, refused.Message));
        }
    }
}

public sealed record PaperRecordPage(PaperRecordForm Form, string? Error);
