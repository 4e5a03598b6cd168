using FluentValidation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using NguyenLuongBang.Emulation.Domain.Common;
using NguyenLuongBang.Emulation.Domain.Documents;
using NguyenLuongBang.Emulation.Web.Documents;
using NguyenLuongBang.Emulation.Web.Features.Consolidation;
using NguyenLuongBang.Emulation.Web.Features.DocumentRegister;
using NguyenLuongBang.Emulation.Web.Identity;

namespace NguyenLuongBang.Emulation.Web.Features.CityReport;

/// <summary>
/// The city's own consolidated report across communes, by the Ban Thi đua - Khen thưởng: one of its
/// officers writes the assessment and sends it for signature; a leader of the Ban (role CityLeader)
/// other than the one who sent it signs it as the head, or as a deputy for him, with the name the
/// city's settings give that title; only then is it numbered in the city's register (…/BC-BTĐKT)
/// and its PDF and Word stored for good. The same sign-off as a commune's
/// (<see cref="ReportSignOffController{TData}"/> over <see cref="CityReportScope"/>); a year outside
/// the movement is not found.
/// </summary>
[Authorize(Policy = Policies.City)]
[Route("Thanh-pho/Bao-cao-tong-hop")]
public sealed class CityReportController(CityReportScope scope, ReportSignOffQueries queries, ConsolidationSignOff signOff, IssuedFiles files, TimeProvider clock)
    : ReportSignOffController<CityReportData>(scope, queries, signOff, files)
{
    /// <summary>This year's report (the last year of the movement after it ends).</summary>
    [HttpGet("")]
    public IActionResult Current() =>
        RedirectToAction(nameof(Index), new { year = ReviewRound.CurrentYear(clock) });

    [HttpGet("{year:int}")]
    public Task<IActionResult> Index(int year, CancellationToken cancellationToken) => ShowAsync(CityReportScope.Year(year), cancellationToken);

    [HttpPost("{year:int}")]
    public Task<IActionResult> Save(int year, AssessmentForm form, [FromServices] IValidator<AssessmentForm> validator, CancellationToken cancellationToken) =>
        SaveAsync(CityReportScope.Year(year), form, validator, cancellationToken);

    /// <summary>Trình ký: before the units' deadline, or with unit reports not accepted anywhere in the city, only with a reason.</summary>
    [HttpPost("{year:int}/Trinh-ky")]
    public Task<IActionResult> SubmitForSignature(int year, string? reason, CancellationToken cancellationToken) => SubmitForSignatureAsync(CityReportScope.Year(year), reason, cancellationToken);

    [Authorize(Policy = Policies.CitySign)]
    [HttpPost("{year:int}/Tra-lai")]
    public Task<IActionResult> Return(int year, string? comment, CancellationToken cancellationToken) => ReturnAsync(CityReportScope.Year(year), comment, cancellationToken);

    /// <summary>Signs and issues: the number in the city's register, today's date, the signer's name from the city's settings, the stored files.</summary>
    [Authorize(Policy = Policies.CitySign)]
    [HttpPost("{year:int}/Ky")]
    public Task<IActionResult> Sign(int year, CancellationToken cancellationToken) => SignAsync(CityReportScope.Year(year), cancellationToken);

    [HttpGet("{year:int}.pdf")]
    public Task<IActionResult> Pdf(int year, CancellationToken cancellationToken) => DownloadAsync(CityReportScope.Year(year), IssuedFileFormat.Pdf, cancellationToken);

    [HttpGet("{year:int}.docx")]
    public Task<IActionResult> Word(int year, CancellationToken cancellationToken) => DownloadAsync(CityReportScope.Year(year), IssuedFileFormat.Word, cancellationToken);
}
