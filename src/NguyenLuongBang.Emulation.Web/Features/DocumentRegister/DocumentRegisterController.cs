using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using NguyenLuongBang.Emulation.Domain.Common;
using NguyenLuongBang.Emulation.Domain.Documents;
using NguyenLuongBang.Emulation.Web.Documents;
using NguyenLuongBang.Emulation.Web.Identity;
using NguyenLuongBang.Emulation.Web.Infrastructure;

namespace NguyenLuongBang.Emulation.Web.Features.DocumentRegister;

/// <summary>
/// The document register: who issued which number, per issuer, type and year — and, for each
/// issued document, its stored files with their SHA-256 and what replaced it.
/// </summary>
[Authorize(Policy = Policies.Administer)]
public sealed class DocumentRegisterController(DocumentRegisterQueries queries, DocumentRegisterActions actions, TimeProvider clock) : Controller
{
    /// <summary>A copy of an issued document signed outside the portal becomes its official PDF (<see cref="DocumentRegisterActions.AcceptSignedCopyAsync"/>).</summary>
    [HttpPost("/Admin/Register/SignedCopy/{id:int}")]
    [RequestSizeLimit(Verification.VerificationController.MaxCheckBytes + (64 * 1024))]
    [RequestFormLimits(MultipartBodyLengthLimit = Verification.VerificationController.MaxCheckBytes + (64 * 1024))]
    public async Task<IActionResult> SignedCopy(int id, IFormFile? file, int? year, CancellationToken cancellationToken)
    {
        var bytes = await UploadedFile.ReadAsync(file, Verification.VerificationController.MaxCheckBytes, cancellationToken);
        return this.Answer(await actions.AcceptSignedCopyAsync(id, bytes, User.ToActor(), cancellationToken),
            Redirect($"/Admin/Register?year={year ?? VietnamTime.Today(clock).Year}"));
    }

    /// <summary>One stored file of an issued document, exactly as the register lists it (its SHA-256 beside the link).</summary>
    [HttpGet("/Admin/Register/Files/{fileId:int}")]
    public async Task<IActionResult> Download(int fileId, CancellationToken cancellationToken) =>
        await queries.FileAsync(fileId, cancellationToken) is { } stored
            ? File(stored.Content, stored.ContentType, stored.FileName)
            : NotFound();

    [HttpGet("/Admin/Register")]
    public async Task<IActionResult> Index(int? year, string? type, CancellationToken cancellationToken) =>
        View(await queries.RegisterAsync(year, type, cancellationToken));
}

public sealed record RegisterPage(int Year, string? Type, IReadOnlyList<RegisterLine> Rows);

public sealed record RegisterLine(RegisteredDocument Registration, IssuedLine? Issued);

public sealed record IssuedLine(int Id, string SignerName, string? ReplacedBy, IReadOnlyList<IssuedFileLine> Files, string? VerificationCode, string? SignedWith)
{
    /// <summary>For a Giấy khen no longer in force: the decision that replaced its own.</summary>
    public string? ByDecision { get; init; }

    /// <summary>A Giấy khen whose awardee the correcting decision left out.</summary>
    public bool Revoked { get; init; }
}

public sealed record IssuedFileLine(int Id, IssuedFileFormat Format, string Sha256, long Size);
