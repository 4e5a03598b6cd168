using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using NguyenLuongBang.Emulation.Domain.Documents;
using NguyenLuongBang.Emulation.Web.Documents;
using NguyenLuongBang.Emulation.Web.Features.DocumentRegister;
using NguyenLuongBang.Emulation.Web.Identity;
using NguyenLuongBang.Emulation.Web.Infrastructure;

namespace NguyenLuongBang.Emulation.Web.Features.PersonalCertificates;

/// <summary>
/// The administrator binds each person's own certificate (the public part, from their token) to
/// their account, sees what is bound, and removes one. A copy signed elsewhere is accepted only with a
/// certificate bound to the person the document names. Where a person signs in the portal itself, the
/// administrator installs their own key (PKCS#12, its password in the server's configuration like the
/// organisation's) with their signature image: documents that person issues carry their signature
/// first. Accounts of another commune answer 404.
/// </summary>
[Authorize(Policy = Policies.InstallKeys)]
public sealed class PersonalCertificatesController(PersonalCertificateQueries queries, PersonalCertificateActions actions) : Controller
{
    [HttpGet("/Admin/Certificates")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await queries.AccountsAsync(cancellationToken));

    [HttpGet("/Admin/Certificates/{accountId}")]
    public async Task<IActionResult> Account(string accountId, CancellationToken cancellationToken) =>
        await queries.PageAsync(accountId, cancellationToken) is { } page ? View(page) : NotFound();

    [HttpPost("/Admin/Certificates/{accountId}/Bind")]
    [RequestSizeLimit(CertificateFile.MaxFileBytes + (16 * 1024))]
    [RequestFormLimits(MultipartBodyLengthLimit = CertificateFile.MaxFileBytes + (16 * 1024))]
    public async Task<IActionResult> Bind(string accountId, IFormFile? file, CancellationToken cancellationToken) =>
        BackToAccount(accountId, await actions.BindAsync(accountId, await UploadedFile.ReadAsync(file, CertificateFile.MaxFileBytes, cancellationToken), User.ToActor(), cancellationToken));

    [HttpPost("/Admin/Certificates/{accountId}/Remove/{id:int}")]
    public async Task<IActionResult> Remove(string accountId, int id, CancellationToken cancellationToken) =>
        BackToAccount(accountId, await actions.RemoveAsync(accountId, id, cancellationToken));

    /// <summary>Installs the person's own signing key and signature image (replacing the one before); its certificate is bound as well.</summary>
    [HttpPost("/Admin/Certificates/{accountId}/Key")]
    [RequestSizeLimit(2 * 1024 * 1024)]
    [RequestFormLimits(MultipartBodyLengthLimit = 2 * 1024 * 1024)]
    public async Task<IActionResult> InstallKey(string accountId, IFormFile? file, IFormFile? image, CancellationToken cancellationToken)
    {
        var pkcs12 = await UploadedFile.ReadAsync(file, SigningCertificate.MaxFileBytes, cancellationToken) ?? [];
        var png = await UploadedFile.ReadAsync(image, SigningCertificate.MaxImageBytes, cancellationToken);
        return BackToAccount(accountId, await actions.InstallKeyAsync(accountId, pkcs12, png, User.ToActor(), cancellationToken));
    }

    [HttpPost("/Admin/Certificates/{accountId}/Key/Remove")]
    public async Task<IActionResult> RemoveKey(string accountId, CancellationToken cancellationToken) =>
        BackToAccount(accountId, await actions.RemoveKeyAsync(accountId, cancellationToken));

    private IActionResult BackToAccount(string accountId, ChangeOutcome outcome) => this.Answer(outcome, Redirect($"/Admin/Certificates/{Uri.EscapeDataString(accountId)}"));
}

public sealed record AccountCertificatesLine(string Id, string FullName, string? Email, int ActiveCertificates);

public sealed record AccountCertificatesPage(string AccountId, string FullName, string? Email, string? Position, IReadOnlyList<BoundCertificateLine> Certificates, DateTimeOffset Now)
{
    /// <summary>The person's own key the portal signs with, when one is installed.</summary>
    public SigningKeyLine? Key { get; init; }
}

public sealed record SigningKeyLine(string Subject, string Issuer, DateTimeOffset NotAfter, bool IsDemo, byte[]? ImagePng, DateTimeOffset InstalledAt, string InstalledByName);

public sealed record BoundCertificateLine(int Id, string Subject, string Issuer, string Thumbprint, DateTimeOffset NotBefore, DateTimeOffset NotAfter,
    DateTimeOffset InstalledAt, string InstalledByName, DateTimeOffset? RemovedAt)
{
    public bool IsActive => RemovedAt is null;
}
