using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NguyenLuongBang.Emulation.Domain.Common;
using NguyenLuongBang.Emulation.Domain.Documents;
using NguyenLuongBang.Emulation.IntegrationTests.Infrastructure;
using NguyenLuongBang.Emulation.Web.Documents;
using NguyenLuongBang.Emulation.Web.Features.Awards;
using NguyenLuongBang.Emulation.Web.Features.Consolidation;
using NguyenLuongBang.Emulation.Web.Features.DocumentRegister;
using UglyToad.PdfPig;

namespace NguyenLuongBang.Emulation.IntegrationTests.Documents;

/// <summary>
/// The layout of Nghị định 30 holds for every document type the portal issues, in the face it
/// draws with and in the faces a server or a word processor may substitute: each header line on
/// one line, text inside the margins, page numbers from page 2, annexes numbered on their own.
/// Drawing does not depend on the database engine: the class runs once, on SQLite (its LibreOffice
/// conversions and page pushes are among the heaviest work of the suite, and ran twice before).
/// </summary>
[Trait(Engines.Trait, Engines.Sqlite)]
public class DocumentLayoutTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static readonly IssuingCommune Nlb = new(Domain.Communes.CommuneKind.Xa, "Nguyễn Lương Bằng");

    public static TheoryData<string> Faces => new() { PortalFontResolver.Liberation, PortalFontResolver.DejaVu };

    /// <summary>Every numbered document type: the demo's issued ones as stored, and what the demo has no issued copy of.</summary>
    private async Task<IReadOnlyList<(string Name, OfficialDocument Document)>> DocumentsAsync()
    {
        factory.CreatePortalClient();
        var issued = await factory.WithDatabaseAsync(db => db.IssuedDocuments.AsNoTracking().Where(d => d.Kind != IssuedDocumentKind.Certificate)
            .OrderBy(d => d.Kind).Select(d => new { d.Kind, d.Model }).ToListAsync());
        var documents = issued.Select(d => (d.Kind.ToString(), DocumentIssuer.ReadDocument(d.Model)!)).ToList();
        await using var scope = factory.Services.CreateAsyncScope();
        var query = scope.ServiceProvider.GetRequiredService<ConsolidationQuery>();
        documents.Add(("Interim draft", ConsolidatedReportDocument.Compose(await query.LoadAsync(ReviewRound.Interim))));
        documents.Add(("Achievement report", AchievementReportDocument.Build(Nlb, "Nguyễn Thị Phương Thảo", Domain.Nominations.NomineeKind.Individual,
            "Hợp tác xã Dịch vụ nông nghiệp Nguyễn Lương Bằng",
            new AchievementParts("Sinh năm 1985; kế toán trưởng từ năm 2015.", "Đưa 100% chứng từ kế toán lên phần mềm; hướng dẫn 120 xã viên thanh toán không dùng tiền mặt.",
                "Giấy khen của Chủ tịch UBND xã năm 2025.", "Phạm Văn Nam", "Giám đốc Hợp tác xã"), new DateOnly(2026, 12, 10), draft: false,
            new ProposingLevel("Đoàn Văn Cát", ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]))));
        documents.Add(("Achievement report of a collective", AchievementReportDocument.Build(Nlb, "Trường Trung học cơ sở Nguyễn Lương Bằng", Domain.Nominations.NomineeKind.Collective,
            "Trường Trung học cơ sở Nguyễn Lương Bằng", new AchievementParts("Trường có 28 lớp.", "Số hóa học bạ.", "Chưa có.", "Trịnh Văn Long", "Hiệu trưởng"),
            new DateOnly(2026, 12, 10), draft: true, new ProposingLevel("Nguyễn Văn Hải", ["CHỦ TỊCH"]))));
        documents.Add(("Achievement report of a household", AchievementReportDocument.Build(Nlb, "Hộ ông Phạm Văn Bình", Domain.Nominations.NomineeKind.Household, "Thôn Đông",
            new AchievementParts("Hộ có 5 nhân khẩu, trồng 2 ha vải thiều.", "Bán vải thiều qua sàn thương mại điện tử; 100% giao dịch không dùng tiền mặt.", "Chưa có.", "Nguyễn Văn Bình", "Trưởng thôn Đông"),
            new DateOnly(2026, 12, 10), draft: false, new ProposingLevel("Nguyễn Văn Hải", ["CHỦ TỊCH"]))));
        Assert.Equal(9, documents.Count);
        return documents;
    }

    [Theory]
    [MemberData(nameof(Faces))]
    public async Task Every_header_line_of_every_document_type_stays_on_one_line_and_inside_the_margins(string face)
    {
        Assert.True(PortalFontResolver.IsInstalled(face), $"{face} is not installed: tests/run-all.sh installs it (fonts-liberation2, fonts-dejavu-core).");
        foreach (var (name, document) in await DocumentsAsync())
        {
            var pdf = PdfRenderer.Render(document, face);

            Assert.True(Nd30Layout.BrokenHeaderLines(pdf, document) is [], $"{name} in {face}: {string.Join(" | ", Nd30Layout.BrokenHeaderLines(pdf, document))}");
            Assert.True(Nd30Layout.Problems(pdf, document) is [], $"{name} in {face}: {string.Join(" | ", Nd30Layout.Problems(pdf, document))}");
            Assert.True(Nd30Layout.PrintProblems(pdf, document) is [], $"{name} in {face}: {string.Join(" | ", Nd30Layout.PrintProblems(pdf, document))}");
            using var read = PdfDocument.Open(pdf);
            var lines = read.GetPages().SelectMany(Nd30Layout.Lines).Select(l => l.Text).ToList();
            Assert.DoesNotContain(lines, l => l.StartsWith("ST ", StringComparison.Ordinal) || l == "ST");
        }
    }

    [Fact]
    public async Task Issued_PDFs_of_the_demo_pass_the_ND30_layout_check()
    {
        factory.CreatePortalClient();
        var issued = await factory.WithDatabaseAsync(db => db.IssuedDocuments.AsNoTracking().Where(d => d.Kind != IssuedDocumentKind.Certificate)
            .Select(d => new { d.Number, d.Model, Pdf = d.Files.Where(f => f.Format == IssuedFileFormat.Pdf).Select(f => f.StoredFile!.Content).Single() }).ToListAsync());

        Assert.Equal(5, issued.Count);   // the minutes, the two tờ trình (to the chairman, to the city), the decision, the report
        foreach (var document in issued)
        {
            var problems = Nd30Layout.Problems(document.Pdf, DocumentIssuer.ReadDocument(document.Model)!);
            Assert.True(problems.Count == 0, $"{document.Number}: {string.Join(" | ", problems)}");
        }

        // The consolidated report has annexes: each starts a page and numbers its own pages.
        var report = issued.Single(d => d.Number.EndsWith("/BC-UBND", StringComparison.Ordinal));
        using var pdf = PdfDocument.Open(report.Pdf);
        Assert.True(pdf.NumberOfPages >= 5);
    }

    /// <summary>
    /// Every Word file, as a word processor prints it: the demo's issued files as stored, every other
    /// document type, and a decision whose closing is pushed down over a whole page, a few lines at a
    /// time — each header line on one line, the closing on one page, numbers and header words whole,
    /// no page without the document's text.
    /// </summary>
    [Fact]
    public async Task Word_files_print_whole_in_a_real_word_processor()
    {
        factory.CreatePortalClient();
        var issued = await factory.WithDatabaseAsync(db => db.IssuedDocuments.AsNoTracking().Where(d => d.Kind != IssuedDocumentKind.Certificate)
            .Select(d => new { d.Number, d.Model, Word = d.Files.Where(f => f.Format == IssuedFileFormat.Word).Select(f => f.StoredFile!.Content).Single() }).ToListAsync());
        List<(string Name, OfficialDocument Document, byte[] Word)> documents =
        [
            .. issued.Select(d => (d.Number, DocumentIssuer.ReadDocument(d.Model)!, d.Word)),
            .. (await DocumentsAsync()).Select(d => (d.Name, d.Document, WordRenderer.Render(d.Document))),
            .. Enumerable.Range(0, 14).Select(i => ($"decision with {i * 3} legal bases", DecisionWith(i * 3), WordRenderer.Render(DecisionWith(i * 3)))),
            .. Enumerable.Range(0, 8).Select(i => ($"achievement report with {i * 4} lines", ReportWith(i * 4), WordRenderer.Render(ReportWith(i * 4)))),
        ];
        var folder = Directory.CreateTempSubdirectory("nlb-word-");
        try
        {
            var files = documents.Select((d, i) => (d, Path: Path.Combine(folder.FullName, $"doc{i}.docx"))).ToList();
            foreach (var (d, path) in files)
            {
                await File.WriteAllBytesAsync(path, d.Word);
            }

            await ConvertWithLibreOfficeAsync(folder.FullName, files.Select(f => f.Path));
            var problems = new List<string>();
            foreach (var (d, path) in files)
            {
                var pdf = await File.ReadAllBytesAsync(Path.ChangeExtension(path, ".pdf"));
                problems.AddRange(Nd30Layout.BrokenHeaderLines(pdf, d.Document).Select(l => $"{d.Name}: header line not on one line: {l}"));
                problems.AddRange(Nd30Layout.PrintProblems(pdf, d.Document).Select(p => $"{d.Name}: {p}"));
            }

            Assert.True(problems.Count == 0, "In LibreOffice: " + string.Join(Environment.NewLine, problems));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>A decision whose closing falls lower on the page the more legal bases it cites; issued (a verification code).</summary>
    private static OfficialDocument DecisionWith(int bases) =>
        new(["ỦY BAN NHÂN DÂN", "XÃ NGUYỄN LƯƠNG BẰNG"], "Số: 07/QĐ-UBND", "Xã Nguyễn Lương Bằng, ngày 22 tháng 12 năm 2026", "QUYẾT ĐỊNH", ["Về việc tặng Giấy khen"], [],
            [
                .. Enumerable.Range(0, bases).Select(i => new Paragraph($"Căn cứ Tờ trình số {i + 1}/TTr-VHXH ngày 15/12/2026 của Phòng Văn hóa - Xã hội xã;", Italic: true)),
                new Paragraph("Tặng Giấy khen cho các tập thể, cá nhân có thành tích xuất sắc trong Phong trào thi đua giai đoạn 2025-2030.", Lead: "Điều 1."),
                new Paragraph("Chánh Văn phòng HĐND và UBND xã, Trưởng phòng Văn hóa - Xã hội và các tập thể, cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.", Lead: "Điều 3."),
            ],
            ["- Như Điều 3;", "- Lưu: VT, VHXH."], ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], "Nguyễn Văn Hải", [])
        {
            Verification = new DocumentVerification("ABCDEFGHJKLM", "https://nlb.example/Xac-thuc/ABCDEFGHJKLM"),
        };

    [Fact]
    public void The_decision_keeps_its_last_paragraph_with_the_signature_block_and_its_code_wherever_the_page_ends()
    {
        // Push the closing down a line at a time over a whole page: the last article, the signer and the QR code never part.
        for (var bases = 0; bases < 40; bases++)
        {
            var document = DecisionWith(bases);
            var pdf = PdfRenderer.Render(document);
            Assert.True(Nd30Layout.PrintProblems(pdf, document) is [], $"with {bases} legal bases: {string.Join(" | ", Nd30Layout.PrintProblems(pdf, document))}");
        }
    }

    /// <summary>A person's achievement report whose closing (three signatures and "Nơi nhận") falls lower on the page the more lines part II has.</summary>
    private static OfficialDocument ReportWith(int lines) =>
        AchievementReportDocument.Build(Nlb, "Trần Thị Hoa", Domain.Nominations.NomineeKind.Individual, "Văn phòng HĐND và UBND xã",
            new AchievementParts("Sinh năm 1988; công chức Văn phòng - Thống kê từ năm 2016.",
                string.Join("\n", Enumerable.Range(1, lines + 1).Select(i => $"- Kết quả {i}: ký số 1.250 văn bản đi, số hóa 3.400 hồ sơ lưu trữ, hướng dẫn 120 lượt người dân dùng dịch vụ công trực tuyến.")),
                "Chưa có.", "Nguyễn Thị Hằng", "Chánh Văn phòng"),
            new DateOnly(2025, 12, 30), draft: false, new ProposingLevel("Đoàn Văn Cát", ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]));

    [Fact]
    public void The_achievement_report_keeps_its_three_signatures_and_Nơi_nhận_on_one_page_wherever_the_page_ends()
    {
        // Push the closing down a line at a time over a page and a half: the person, the head, the
        // proposing level and "Nơi nhận" never part, and nothing runs into the margin.
        for (var lines = 0; lines < 36; lines++)
        {
            var document = ReportWith(lines);
            var pdf = PdfRenderer.Render(document);
            Assert.True(Nd30Layout.PrintProblems(pdf, document) is [], $"with {lines} lines: {string.Join(" | ", Nd30Layout.PrintProblems(pdf, document))}");
            Assert.True(Nd30Layout.Problems(pdf, document) is [], $"with {lines} lines: {string.Join(" | ", Nd30Layout.Problems(pdf, document))}");
        }
    }

    /// <summary>Debian's libreoffice-writer-nogui turns .docx into PDF as a word processor lays it out (about 2 s).</summary>
    private static readonly string[] LibreOfficePaths = ["/usr/bin/soffice", "/usr/bin/libreoffice"];

    private static async Task ConvertWithLibreOfficeAsync(string folder, IEnumerable<string> files)
    {
        var soffice = LibreOfficePaths.FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException("LibreOffice is not installed: tests/run-all.sh installs libreoffice-writer-nogui.");
        var start = new ProcessStartInfo(soffice)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = folder,
        };
        foreach (var argument in new[] { $"-env:UserInstallation=file://{folder}/profile", "--headless", "--convert-to", "pdf", "--outdir", folder }.Concat(files))
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        var errors = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"soffice failed: {output} {errors}");
    }
}
