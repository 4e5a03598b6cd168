using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using NguyenLuongBang.Emulation.Domain.Documents;
using NguyenLuongBang.Emulation.Web.Documents;
using NguyenLuongBang.Emulation.Web.Identity;

namespace NguyenLuongBang.Emulation.Web.Features.DocumentRegister;

/// <summary>Each signer's own list of what they signed, and each of those documents as issued.</summary>
[Authorize(Roles = Roles.Reviewer + "," + Roles.CouncilMember + "," + Roles.Chairman)]
[Route("Van-ban-da-ky")]
public sealed class SignedDocumentsController(SignedDocuments documents, IssuedFiles files) : Controller
{
    private const string ViewPath = "~/Features/DocumentRegister/Signed.cshtml";

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(ViewPath, await documents.ByAsync(User.ToActor().UserId, cancellationToken));

    /// <summary>The official PDF of a document this person signed (the latest signed copy, else as issued); not found for any other.</summary>
    [HttpGet("{id:int}.pdf")]
    public async Task<IActionResult> Pdf(int id, CancellationToken cancellationToken) =>
        await documents.SignedAsync(User.ToActor().UserId, id, cancellationToken)
            ? await files.DownloadAsync(id, IssuedFileFormat.Pdf, cancellationToken)
            : NotFound();
}
