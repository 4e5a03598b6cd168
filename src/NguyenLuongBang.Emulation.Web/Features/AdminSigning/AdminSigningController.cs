using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using NguyenLuongBang.Emulation.Domain.Documents;
using NguyenLuongBang.Emulation.Web.Documents;
using NguyenLuongBang.Emulation.Web.Features.DocumentRegister;
using NguyenLuongBang.Emulation.Web.Identity;
using NguyenLuongBang.Emulation.Web.Infrastructure;

namespace NguyenLuongBang.Emulation.Web.Features.AdminSigning;

/// <summary>
/// The organisation's certificate: the administrator installs the PKCS#12 file (its password is in
/// the server's configuration only), sees its subject, issuer and validity, is warned 30 days before
/// it expires, and can stop signing. A file that cannot sign is refused with the reason.
/// </summary>
[Authorize(Policy = Policies.InstallKeys)]
public sealed class AdminSigningController(OrganisationSignature signature, AdminSigningActions actions) : Controller
{
    [HttpGet("/Admin/Signing")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) => View(new SigningPage(await signature.StatusAsync(cancellationToken), null));

    [HttpPost("/Admin/Signing/Install")]
    [RequestSizeLimit(1024 * 1024)]
    [RequestFormLimits(MultipartBodyLengthLimit = 1024 * 1024)]
    public async Task<IActionResult> Install(IFormFile? file, CancellationToken cancellationToken)
    {
        var bytes = await UploadedFile.ReadAsync(file, SigningCertificate.MaxFileBytes, cancellationToken) ?? [];
        return await Answered(await actions.InstallAsync(bytes, User.ToActor(), cancellationToken), cancellationToken);
    }

    /// <summary>The seal the organisation's signature shows (NĐ 30, Phụ lục I, item 8a), for the certificate in use.</summary>
    [HttpPost("/Admin/Signing/Seal")]
    [RequestSizeLimit(1024 * 1024)]
    [RequestFormLimits(MultipartBodyLengthLimit = 1024 * 1024)]
    public async Task<IActionResult> Seal(IFormFile? file, CancellationToken cancellationToken)
    {
        var bytes = await UploadedFile.ReadAsync(file, SigningCertificate.MaxImageBytes, cancellationToken);
        return await Answered(await actions.SealAsync(bytes, cancellationToken), cancellationToken);
    }

    [HttpPost("/Admin/Signing/Remove")]
    public async Task<IActionResult> Remove(CancellationToken cancellationToken) => await Answered(await actions.RemoveAsync(cancellationToken), cancellationToken);

    /// <summary>Back to the page with the message; refused, the page itself with the reason (422).</summary>
    private Task<IActionResult> Answered(ChangeOutcome outcome, CancellationToken cancellationToken) =>
        this.AnswerForm(outcome, () => Redirect("/Admin/Signing"),
            async error => View(nameof(Index), new SigningPage(await signature.StatusAsync(cancellationToken), error)));
}

public sealed record SigningPage(SigningStatus Status, string? Error);
