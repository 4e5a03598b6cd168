using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using NguyenLuongBang.Emulation.Domain.Common;
using NguyenLuongBang.Emulation.Domain.Documents;
using NguyenLuongBang.Emulation.Web.Documents;
using NguyenLuongBang.Emulation.Web.Features.DocumentRegister;
using NguyenLuongBang.Emulation.Web.Identity;

namespace NguyenLuongBang.Emulation.Web.Features.Consolidation;

/// <summary>
/// The commune's consolidated report to the city for a year or a review round: the reviewer drafts
/// the assessment and submits it for signature; the chairman approves (number, date, stored files)
/// or sends it back. The sign-off is the city's too (<see cref="ReportSignOffController{TData}"/>
/// over <see cref="CommuneReportScope"/>); this controller names its routes and who may call them.
/// </summary>
[Authorize(Policy = Policies.ReadAllReports)]
[Route("Consolidation/{round:round}")]
public sealed class ConsolidationController(CommuneReportScope scope, ReportSignOffQueries queries, ConsolidationSignOff signOff, IssuedFiles files)
    : ReportSignOffController<ConsolidationData>(scope, queries, signOff, files)
{
    [HttpGet("")]
    public Task<IActionResult> Index(ReviewRound round, CancellationToken cancellationToken) => ShowAsync(round, cancellationToken);

    [Authorize(Policy = Policies.Review)]
    [HttpPost("")]
    public Task<IActionResult> Save(ReviewRound round, AssessmentForm form, [FromServices] IValidator<AssessmentForm> validator, CancellationToken cancellationToken) =>
        SaveAsync(round, form, validator, cancellationToken);

    /// <summary>Trình ký: sends the report to the chairman; a reason is needed before the deadline or with reports not accepted.</summary>
    [Authorize(Policy = Policies.Review)]
    [HttpPost("Trinh-ky")]
    public Task<IActionResult> SubmitForSignature(ReviewRound round, string? reason, CancellationToken cancellationToken) => SubmitForSignatureAsync(round, reason, cancellationToken);

    /// <summary>The chairman sends the report back to Phòng VH-XH with a comment.</summary>
    [Authorize(Policy = Policies.Approve)]
    [HttpPost("Tra-lai")]
    public Task<IActionResult> Return(ReviewRound round, string? comment, CancellationToken cancellationToken) => ReturnAsync(round, comment, cancellationToken);

    /// <summary>The chairman (or the vice-chairman for him) approves and signs: number, date and the stored files.</summary>
    [Authorize(Policy = Policies.Approve)]
    [HttpPost("Ky")]
    public Task<IActionResult> Sign(ReviewRound round, CancellationToken cancellationToken) => SignAsync(round, cancellationToken);

    [HttpGet("Pdf")]
    public Task<IActionResult> Pdf(ReviewRound round, CancellationToken cancellationToken) => DownloadAsync(round, IssuedFileFormat.Pdf, cancellationToken);

    [HttpGet("Word")]
    public Task<IActionResult> Word(ReviewRound round, CancellationToken cancellationToken) => DownloadAsync(round, IssuedFileFormat.Word, cancellationToken);

    [HttpGet("Excel")]
    public async Task<IActionResult> Excel(ReviewRound round, CancellationToken cancellationToken) =>
        File(ConsolidationExcel.Render(await scope.LoadAsync(round, cancellationToken)),
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ConsolidationExcel.FileName(round, "xlsx"));
}
