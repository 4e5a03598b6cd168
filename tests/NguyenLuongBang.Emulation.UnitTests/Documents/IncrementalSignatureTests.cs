using System.Text;
using NguyenLuongBang.Emulation.Web.Documents.Incremental;
using NguyenLuongBang.Emulation.Web.Documents;
using NguyenLuongBang.Emulation.Web.Features.DocumentRegister;

namespace NguyenLuongBang.Emulation.UnitTests.Documents;

/// <summary>The incremental-update reader and writer, and the check of a copy signed elsewhere, on files made here.</summary>
public sealed class IncrementalSignatureTests : IDisposable
{
    private const string Number = "07/QĐ-UBND";
    private readonly System.Security.Cryptography.X509Certificates.X509Certificate2 _organisation = SamplePdfs.Certificate("UBND xã Nguyễn Lương Bằng");
    private readonly System.Security.Cryptography.X509Certificates.X509Certificate2 _chairman = SamplePdfs.Certificate("Nguyễn Văn Hải");
    private readonly System.Security.Cryptography.X509Certificates.X509Certificate2 _stranger = SamplePdfs.Certificate("Nguyễn Văn Hải");

    public void Dispose()
    {
        _organisation.Dispose();
        _chairman.Dispose();
        _stranger.Dispose();
    }

    private NamedSigner Chairman => SamplePdfs.BoundTo("Nguyễn Văn Hải", _chairman);

    [Fact]
    public void Append_KeepsTheIssuedFileByteForByte_AndAddsOneUpdateWithASignatureFieldOnThePage()
    {
        var issued = SamplePdfs.Issued(_organisation);
        var signed = SamplePdfs.Sign(issued, _chairman, page: 1);

        Assert.Equal(issued, signed[..issued.Length]);
        var revisions = PdfRevisions.Read(signed, issued.Length);
        var update = Assert.Single(revisions.Updates);
        Assert.Equal(signed.Length, update.End);
        var field = Assert.Single(update.Objects.Values, o => o.Value is PdfDict d && d.Is("FT", "Sig"));
        var page = (PdfDict)revisions.Resolve(revisions.Pages(0)[1], 0)!;
        Assert.Contains(new PdfReference(field.Number, 0), ((PdfArray)revisions.Resolve(page["Annots"], 0)!).Items);

        // The page as it was, but for its annotations.
        var before = (PdfDict)revisions.Resolve(revisions.Pages(-1)[1], -1)!;
        Assert.Equal(PdfSyntax.Canonical(before["Contents"]!, signed), PdfSyntax.Canonical(page["Contents"]!, signed));
    }

    [Fact]
    public void Check_SignatureAppendedWithTheNamedPersonsBoundCertificate_IsAccepted()
    {
        var issued = SamplePdfs.Issued(_organisation);
        var result = SignedPdfCheck.Check(SamplePdfs.Sign(issued, _chairman, SamplePdfs.Png(40, 20)), issued, Number, Chairman);

        Assert.Null(result.Problem);
        Assert.Equal(["Nguyễn Văn Hải"], result.Signers);
    }

    [Fact]
    public void Check_TwoSignaturesAppendedOneAfterTheOther_AreBothChecked()
    {
        var issued = SamplePdfs.Issued(_organisation);
        var twice = SamplePdfs.Sign(SamplePdfs.Sign(issued, _chairman), _chairman, page: 1);

        Assert.Equal(2, PdfRevisions.Read(twice, issued.Length).Updates.Count);
        Assert.True(SignedPdfCheck.Check(twice, issued, Number, Chairman).Valid);

        // The second one by someone else: refused, naming its certificate.
        var other = SamplePdfs.Sign(SamplePdfs.Sign(issued, _chairman), _stranger);
        Assert.Contains("«CN=Nguyễn Văn Hải, O=Nguyễn Văn Hải, C=VN»", SignedPdfCheck.Check(other, issued, Number, Chairman).Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_UnchangedCopy_IsRefused()
    {
        var issued = SamplePdfs.Issued(_organisation);

        Assert.Equal(SignedPdfCheck.Unchanged, SignedPdfCheck.Check(issued, issued, Number, Chairman).Problem);
        Assert.Equal(SignedPdfCheck.Unchanged, SignedPdfCheck.Check([.. issued, .. "\n\n"u8], issued, Number, Chairman).Problem);
    }

    [Fact]
    public void Check_SignatureByACertificateNotBoundToTheNamedPerson_IsRefusedNamingItsSubject()
    {
        var issued = SamplePdfs.Issued(_organisation);

        // The same name on a self-made certificate is not the person: only the bound certificate is.
        var problem = SignedPdfCheck.Check(SamplePdfs.Sign(issued, _stranger), issued, Number, Chairman).Problem;
        Assert.Contains("«CN=Nguyễn Văn Hải, O=Nguyễn Văn Hải, C=VN» không phải của người ký văn bản 07/QĐ-UBND (Nguyễn Văn Hải)", problem, StringComparison.Ordinal);
        Assert.NotNull(SignedPdfCheck.Check(SamplePdfs.Sign(issued, _chairman), issued, Number, new NamedSigner("Nguyễn Văn Hải", [])).Problem);
    }

    [Fact]
    public void Check_WithPageContentChanged_IsRefused()
    {
        var issued = SamplePdfs.Issued(_organisation);

        // Even with a proper signature of the named person appended after it (the shadow attack).
        var forged = SamplePdfs.Sign(SamplePdfs.PaintOverFirstPage(issued), _chairman);
        var problem = SignedPdfCheck.Check(forged, issued, Number, Chairman).Problem;

        Assert.Contains("Lần ghi thêm thứ 1 sửa nội dung trang 1", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_BareCmsObjectOutsideASignatureField_IsRefused()
    {
        var issued = SamplePdfs.Issued(_organisation);
        var problem = SignedPdfCheck.Check(SamplePdfs.BareCms(issued, _chairman), issued, Number, Chairman).Problem;

        Assert.Contains("một chữ ký (CMS) không nằm trong ô chữ ký nào", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_FileRewrittenWholeInsteadOfAppended_IsRefused()
    {
        var issued = SamplePdfs.Issued(_organisation);
        var rewritten = SamplePdfs.Sign(SamplePdfs.Issued(_organisation), _chairman);

        Assert.Contains("phần đầu tệp khác bản đã ban hành", SignedPdfCheck.Check(rewritten, issued, Number, Chairman).Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_OneByteChangedInTheSignedUpdate_IsRefused()
    {
        var issued = SamplePdfs.Issued(_organisation);
        var signed = SamplePdfs.Sign(issued, _chairman);
        // The widget moved by one point: "/Rect [320" becomes "/Rect [321".
        var at = Encoding.Latin1.GetString(signed).IndexOf("/Rect [320", issued.Length, StringComparison.Ordinal) + 9;
        signed[at] ^= 0x01;

        Assert.Contains("không hợp lệ: tệp đã bị thay đổi sau khi ký", SignedPdfCheck.Check(signed, issued, Number, Chairman).Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_UpdateAppendedAfterTheSignature_IsCheckedOnItsOwn()
    {
        var issued = SamplePdfs.Issued(_organisation);
        var painted = SamplePdfs.PaintOverFirstPage(SamplePdfs.Sign(issued, _chairman));

        Assert.Contains("Lần ghi thêm thứ 2 sửa nội dung trang 1", SignedPdfCheck.Check(painted, issued, Number, Chairman).Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_UpdateWithACrossReferenceStream_IsRefusedSayingWhy()
    {
        var issued = SamplePdfs.Issued(_organisation);
        var text = $"\n9999 0 obj\n<</Type /XRef /Size 10000 /W [1 4 2] /Root 1 0 R /Length 0>>\nstream\n\nendstream\nendobj\nstartxref\n{issued.Length + 1}\n%%EOF\n";
        var problem = SignedPdfCheck.Check([.. issued, .. Encoding.ASCII.GetBytes(text)], issued, Number, Chairman).Problem;

        Assert.Contains("xref stream", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_AnnotationOtherThanASignatureAddedToAPage_IsRefused()
    {
        var issued = SamplePdfs.Issued(_organisation);
        var signed = SamplePdfs.Sign(issued, _chairman);
        var update = new PdfIncrementalUpdate(signed);
        var pageReference = update.File.Pages(-1)[0];
        var page = (PdfDict)update.File.Resolve(pageReference, -1)!;
        var note = update.Allocate();
        update.Add(note.Number, "<</Type /Annot /Subtype /FreeText /Rect [0 0 595 842] /Contents (KE GIAN) /DA (/Helv 40 Tf 1 0 0 rg)>>");
        var annots = ((PdfArray)page["Annots"]!).Items;
        update.Add(pageReference.Number, PdfSyntax.Write(new PdfDict(new Dictionary<string, PdfValue>(page.Entries) { ["Annots"] = new PdfArray([.. annots, note]) })));

        Assert.Contains("Lần ghi thêm thứ 2 thêm vào trang 1 một chú thích không phải ô chữ ký mới", SignedPdfCheck.Check(update.Finish(), issued, Number, Chairman).Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_ObjectHiddenOutsideTheUpdatesTable_IsRefused()
    {
        var issued = SamplePdfs.Issued(_organisation);
        var update = new PdfIncrementalUpdate(SamplePdfs.Sign(issued, _chairman));
        update.Add(update.Allocate().Number, "<< >>\nendobj\n99 0 obj\n(chỉ trình đọc sửa tệp mới thấy)");

        Assert.Contains("chứa đối tượng 99 không có trong bảng tham chiếu", SignedPdfCheck.Check(update.Finish(), issued, Number, Chairman).Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_ValidationDataAddedAfterTheSignature_IsAccepted()
    {
        var issued = SamplePdfs.Issued(_organisation);
        var signed = SamplePdfs.Sign(issued, _chairman);
        var update = new PdfIncrementalUpdate(signed);
        var root = (PdfReference)update.File.Trailer(-1)["Root"]!;
        var catalog = (PdfDict)update.File.Resolve(root, -1)!;
        var (dss, certificate) = (update.Allocate(), update.Allocate());
        update.AddStream(certificate.Number, [], _chairman.RawData, compress: false);
        update.Add(dss.Number, $"<</Type /DSS /Certs [{certificate}]>>");
        update.Add(root.Number, PdfSyntax.Write(new PdfDict(new Dictionary<string, PdfValue>(catalog.Entries) { ["DSS"] = dss })));

        Assert.Null(SignedPdfCheck.Check(update.Finish(), issued, Number, Chairman).Problem);

        // Any other catalog entry is not validation data.
        var other = new PdfIncrementalUpdate(signed);
        other.Add(root.Number, PdfSyntax.Write(new PdfDict(new Dictionary<string, PdfValue>(catalog.Entries) { ["OpenAction"] = new PdfArray([]) })));
        Assert.Contains("sửa mục /OpenAction của danh mục tài liệu", SignedPdfCheck.Check(other.Finish(), issued, Number, Chairman).Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Syntax_Canonical_ComparesByMeaningNotSpelling()
    {
        var a = "<</B [1 2.0 (x)] /A /N#41me>>"u8.ToArray();
        var b = "<< /A /NAme /B [ 1.00 2 <78> ] >>"u8.ToArray();

        Assert.Equal(PdfSyntax.Canonical(PdfSyntax.ReadValue(a, 0).Value, a), PdfSyntax.Canonical(PdfSyntax.ReadValue(b, 0).Value, b));
    }

    [Fact]
    public void PngPixels_Decode_SplitsColourAndAlpha()
    {
        var pixels = PngPixels.Decode(SamplePdfs.Png(3, 2));

        Assert.Equal((3, 2), (pixels.Width, pixels.Height));
        Assert.Equal([20, 40, 200], pixels.Rgb[..3]);
        Assert.All(pixels.Alpha!, a => Assert.Equal(128, a));
    }
}
