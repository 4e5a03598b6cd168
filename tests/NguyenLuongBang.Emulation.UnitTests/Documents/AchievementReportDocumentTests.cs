using NguyenLuongBang.Emulation.Domain.Common;
using NguyenLuongBang.Emulation.Domain.Nominations;
using NguyenLuongBang.Emulation.Web.Documents;
using NguyenLuongBang.Emulation.Web.Features.Awards;
using UglyToad.PdfPig;

namespace NguyenLuongBang.Emulation.UnitTests.Documents;

public class AchievementReportDocumentTests
{
    private static readonly IssuingCommune Nlb = new(Domain.Communes.CommuneKind.Xa, "Nguyễn Lương Bằng");

    private static readonly ProposingLevel Chairman = new("Đoàn Văn Cát", ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]);

    private const string Campaign = "Hải Phòng thi đua đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số";

    private static AchievementSources Sources(NomineeKind kind, IReadOnlyList<string> earlier, string narrative = "Cài đặt VNeID cho 1.200 người dân.") => new(
        kind == NomineeKind.Collective ? "Tổ Số hóa thôn Đông" : "Lê Thị Mai", kind, kind == NomineeKind.Collective ? null : "Hiệu trưởng",
        "Trường Tiểu học Nguyễn Lương Bằng", "Dẫn đầu phong trào học tập số.", Campaign, ReviewRound.Annual(2026),
        [(2026, [(1, "Nâng cao nhận thức", narrative), (4, "Chính quyền số", "Hồ sơ trực tuyến toàn trình đạt 95%.")])],
        earlier, "Ngô Thị Hạnh", "Hiệu trưởng");

    [Fact]
    public void The_draft_takes_the_particulars_the_voted_achievement_each_reported_area_and_earlier_awards()
    {
        var draft = AchievementReportDocument.Draft(Sources(NomineeKind.Individual, ["Giấy khen của Chủ tịch Ủy ban nhân dân xã Nguyễn Lương Bằng (Quyết định số 07/QĐ-UBND ngày 22/12/2025)."]));

        Assert.Equal("Họ và tên: Lê Thị Mai.\nChức vụ: Hiệu trưởng.\nĐơn vị công tác: Trường Tiểu học Nguyễn Lương Bằng.", draft.Overview!.ReplaceLineEndings("\n"));
        Assert.StartsWith("Dẫn đầu phong trào học tập số.", draft.Achievements, StringComparison.Ordinal);
        Assert.Contains("năm 2026 (theo báo cáo của Trường Tiểu học Nguyễn Lương Bằng", draft.Achievements, StringComparison.Ordinal);
        Assert.Contains("- Nội dung 1 (Nâng cao nhận thức): Cài đặt VNeID cho 1.200 người dân.", draft.Achievements, StringComparison.Ordinal);
        Assert.Contains("- Nội dung 4 (Chính quyền số): Hồ sơ trực tuyến toàn trình đạt 95%.", draft.Achievements, StringComparison.Ordinal);
        Assert.Equal("- Giấy khen của Chủ tịch Ủy ban nhân dân xã Nguyễn Lương Bằng (Quyết định số 07/QĐ-UBND ngày 22/12/2025).", draft.Honours);
        Assert.Equal("Ngô Thị Hạnh", draft.CertifierName);
        Assert.Equal("Hiệu trưởng", draft.CertifierTitle);
    }

    [Fact]
    public void A_collective_of_its_own_unit_is_not_named_twice_and_long_narratives_are_shortened_within_the_limit()
    {
        var collective = Sources(NomineeKind.Collective, [], narrative: new string('a', 5000)) with { NomineeName = "Trường Tiểu học Nguyễn Lương Bằng" };
        var draft = AchievementReportDocument.Draft(collective);

        Assert.Equal("Tên tập thể: Trường Tiểu học Nguyễn Lương Bằng.", draft.Overview);
        Assert.Contains(new string('a', 700) + "…", draft.Achievements, StringComparison.Ordinal);
        Assert.DoesNotContain(new string('a', 701), draft.Achievements, StringComparison.Ordinal);
        Assert.True(draft.Achievements!.Length <= AchievementReport.AchievementsLength);
        Assert.StartsWith("Chưa có hình thức khen thưởng nào", draft.Honours, StringComparison.Ordinal);
    }

    [Fact]
    public void An_individual_signs_the_report_and_the_head_certifies_it_a_collective_is_signed_by_its_head()
    {
        var parts = new AchievementParts("Sinh năm 1980.", "Số hóa hồ sơ.\n\nTập huấn 30 lượt.", "Chưa có.", "Nguyễn Văn Hiệu", "Hiệu trưởng");

        var individual = AchievementReportDocument.Build(new IssuingCommune(Domain.Communes.CommuneKind.Xa, "Nguyễn Lương Bằng"), "Lê Thị Mai", NomineeKind.Individual, "Trường Tiểu học Nguyễn Lương Bằng", parts, new DateOnly(2026, 12, 10), draft: false, Chairman);
        Assert.Equal("BÁO CÁO THÀNH TÍCH", individual.TypeTitle);
        Assert.Equal(["UBND XÃ NGUYỄN LƯƠNG BẰNG", "TRƯỜNG TIỂU HỌC NGUYỄN LƯƠNG BẰNG"], individual.IssuerLines);
        Assert.Contains("Bằng khen của Chủ tịch Ủy ban nhân dân thành phố Hải Phòng", individual.Summary[0], StringComparison.Ordinal);
        Assert.Equal(["NGƯỜI BÁO CÁO THÀNH TÍCH"], individual.SignerAuthority);
        Assert.Equal("Lê Thị Mai", individual.SignerName);
        Assert.Equal("Nguyễn Văn Hiệu", individual.LeftSignature!.Name);
        Assert.Contains("HIỆU TRƯỞNG", individual.LeftSignature.Authority);
        Assert.Equal(["I. SƠ LƯỢC LÝ LỊCH", "Sinh năm 1980.", "II. THÀNH TÍCH ĐẠT ĐƯỢC", "Số hóa hồ sơ.", "Tập huấn 30 lượt.", "III. CÁC HÌNH THỨC KHEN THƯỞNG ĐÃ ĐƯỢC GHI NHẬN", "Chưa có."],
            individual.Body.SelectMany(b => b.Texts()));
        Assert.Contains("ngày 10 tháng 12 năm 2026", individual.PlaceDateLine, StringComparison.Ordinal);
        Assert.False(individual.Draft);

        var collective = AchievementReportDocument.Build(new IssuingCommune(Domain.Communes.CommuneKind.Xa, "Nguyễn Lương Bằng"), "Tổ Số hóa thôn Đông", NomineeKind.Collective, null, parts with { Overview = null }, new DateOnly(2026, 12, 10), draft: true, Chairman);
        Assert.Equal(["HIỆU TRƯỞNG"], collective.SignerAuthority);
        Assert.Equal("Nguyễn Văn Hiệu", collective.SignerName);
        Assert.Equal("XÁC NHẬN CỦA CẤP TRÌNH", collective.LeftSignature!.Authority[0]);   // the proposing level certifies a collective's report
        Assert.Equal("I. ĐẶC ĐIỂM, TÌNH HÌNH", collective.Body[0].Texts().Single());
        Assert.Equal("(chưa viết)", collective.Body[1].Texts().Single());
        Assert.True(collective.Draft);
        Assert.NotEmpty(PdfRenderer.Render(collective));
        Assert.NotEmpty(WordRenderer.Render(individual));
    }

    [Fact]
    public void A_collectives_report_is_signed_by_its_head_and_certified_on_the_left_by_the_proposing_level_with_Nơi_nhận_below()
    {
        var parts = new AchievementParts("Trường có 28 lớp.", "Số hóa học bạ.", "Chưa có.", "Trịnh Văn Long", "Hiệu trưởng");
        var report = AchievementReportDocument.Build(Nlb, "Trường Trung học cơ sở Nguyễn Lương Bằng", NomineeKind.Collective, "Trường Trung học cơ sở Nguyễn Lương Bằng",
            parts, new DateOnly(2025, 12, 30), draft: false, Chairman);

        Assert.Equal(["HIỆU TRƯỞNG"], report.SignerAuthority);
        Assert.Equal("(Ký, đóng dấu)", report.SignerNote);
        Assert.Equal("Trịnh Văn Long", report.SignerName);
        Assert.Equal(["XÁC NHẬN CỦA CẤP TRÌNH", "KHEN THƯỞNG", "TM. ỦY BAN NHÂN DÂN XÃ", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], report.LeftSignature!.Authority);
        Assert.Equal("(Ký, đóng dấu)", report.LeftSignature.Note);
        Assert.Equal("Đoàn Văn Cát", report.LeftSignature.Name);
        Assert.Null(report.LowerSignature);
        Assert.Equal(["- Ban Thi đua - Khen thưởng (Sở Nội vụ);", "- UBND xã (qua Phòng Văn hóa - Xã hội);", "- Lưu: VT."], report.Distribution);
        Assert.True(report.DistributionBelow);
        Assert.Equal("(tập thể: Trường Trung học cơ sở Nguyễn Lương Bằng)", report.Summary[1]);

        // A ward's report is certified by the ward's People's Committee.
        var ward = AchievementReportDocument.Build(new IssuingCommune(Domain.Communes.CommuneKind.Phuong, "Hồng Bàng"), "Trạm Y tế phường", NomineeKind.Collective, null,
            parts, new DateOnly(2025, 12, 30), draft: false, new ProposingLevel("Nguyễn Văn Hải", ["CHỦ TỊCH"]));
        Assert.Equal(["XÁC NHẬN CỦA CẤP TRÌNH", "KHEN THƯỞNG", "TM. ỦY BAN NHÂN DÂN PHƯỜNG", "CHỦ TỊCH"], ward.LeftSignature!.Authority);
        Assert.Contains("- UBND phường (qua Phòng Văn hóa - Xã hội);", ward.Distribution);
    }

    [Fact]
    public void A_persons_report_is_signed_by_the_person_certified_by_the_head_and_under_them_by_the_proposing_level()
    {
        var parts = new AchievementParts("Sinh năm 1988.", "Ký số 100% văn bản đi.", "Chưa có.", "Nguyễn Thị Hằng", "Chánh Văn phòng");
        var report = AchievementReportDocument.Build(Nlb, "Trần Thị Hoa", NomineeKind.Individual, "Văn phòng HĐND và UBND xã", parts, new DateOnly(2025, 12, 30), draft: false, Chairman);

        Assert.Equal(["NGƯỜI BÁO CÁO THÀNH TÍCH"], report.SignerAuthority);
        Assert.Equal("(Ký, ghi rõ họ và tên)", report.SignerNote);
        Assert.Equal("Trần Thị Hoa", report.SignerName);
        Assert.Equal(["THỦ TRƯỞNG ĐƠN VỊ", "XÁC NHẬN, ĐỀ NGHỊ", "CHÁNH VĂN PHÒNG"], report.LeftSignature!.Authority);
        Assert.Equal("(Ký, đóng dấu)", report.LeftSignature.Note);
        Assert.Equal("Nguyễn Thị Hằng", report.LeftSignature.Name);
        Assert.Equal(["XÁC NHẬN CỦA CẤP TRÌNH", "KHEN THƯỞNG", "TM. ỦY BAN NHÂN DÂN XÃ", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], report.LowerSignature!.Authority);
        Assert.Equal("Đoàn Văn Cát", report.LowerSignature.Name);
        Assert.Equal("- Lưu: đơn vị, cá nhân.", report.Distribution[^1]);
        Assert.Equal(2, report.Distribution.Count(d => d.EndsWith(';')));
    }

    [Fact]
    public void A_households_report_is_signed_by_its_representative_certified_by_the_village_and_the_proposing_level()
    {
        var parts = new AchievementParts("Hộ có 5 nhân khẩu.", "Bán nông sản qua sàn thương mại điện tử.", "Chưa có.", "Nguyễn Văn Bình", "Trưởng thôn Đông");
        var report = AchievementReportDocument.Build(Nlb, "Hộ ông Phạm Văn Bình", NomineeKind.Household, "Thôn Đông", parts, new DateOnly(2025, 12, 30), draft: false,
            new ProposingLevel(null, ["CHỦ TỊCH"]));

        Assert.Equal("(hộ gia đình: Hộ ông Phạm Văn Bình)", report.Summary[1]);
        Assert.Equal(["ĐẠI DIỆN HỘ GIA ĐÌNH"], report.SignerAuthority);
        Assert.Equal("Phạm Văn Bình", report.SignerName);
        Assert.Equal(["XÁC NHẬN CỦA", "TRƯỞNG THÔN ĐÔNG"], report.LeftSignature!.Authority);
        Assert.Equal(["XÁC NHẬN CỦA CẤP TRÌNH", "KHEN THƯỞNG", "TM. ỦY BAN NHÂN DÂN XÃ", "CHỦ TỊCH"], report.LowerSignature!.Authority);
        Assert.Equal(string.Empty, report.LowerSignature.Name);   // no one holds the office yet: left blank, never another's name
        Assert.Equal("- Lưu: hộ gia đình.", report.Distribution[^1]);
        Assert.Equal(string.Empty, AchievementReportDocument.Representative("Gia đình văn hóa thôn Tây"));
        Assert.Equal("Lê Thị Nga", AchievementReportDocument.Representative("Hộ gia đình bà Lê Thị Nga"));
    }

    [Fact]
    public void The_PDF_and_the_Word_file_draw_the_three_signatures_and_Nơi_nhận_where_the_form_has_them()
    {
        var parts = new AchievementParts("Sinh năm 1988.", "Ký số 100% văn bản đi.", "Chưa có.", "Nguyễn Thị Hằng", "Chánh Văn phòng");
        var report = AchievementReportDocument.Build(Nlb, "Trần Thị Hoa", NomineeKind.Individual, "Văn phòng HĐND và UBND xã", parts, new DateOnly(2025, 12, 30), draft: false, Chairman);

        using (var pdf = PdfDocument.Open(PdfRenderer.Render(report)))
        {
            var words = pdf.GetPages().SelectMany(p => p.GetWords()).ToList();
            var page = pdf.GetPage(pdf.NumberOfPages);
            UglyToad.PdfPig.Content.Word Find(string text) => page.GetWords().Single(w => w.Text == text);
            var person = Find("Hoa");                     // the person, top right
            var head = Find("Hằng");                      // the head, top left
            var certifier = Find("Cát");                  // the proposing level, under the person
            var recipients = Find("nhận:");               // "Nơi nhận:", under the head
            Assert.True(head.BoundingBox.Right < person.BoundingBox.Left);
            Assert.True(Math.Abs(Find("NGƯỜI").BoundingBox.Bottom - page.GetWords().First(w => w.Text == "THỦ").BoundingBox.Bottom) < 1);   // the first row's columns level
            Assert.True(certifier.BoundingBox.Top < person.BoundingBox.Bottom - 60);
            Assert.True(certifier.BoundingBox.Left > head.BoundingBox.Right);
            Assert.True(recipients.BoundingBox.Top < head.BoundingBox.Bottom);
            Assert.True(recipients.BoundingBox.Left < person.BoundingBox.Left);
            var text = string.Join(" ", words.Select(w => w.Text));
            foreach (var expected in new[] { "XÁC NHẬN CỦA CẤP TRÌNH", "KHEN THƯỞNG", "TM. ỦY BAN NHÂN DÂN XÃ", "(Ký, đóng dấu)", "(Ký, ghi rõ họ và tên)", "Lưu: đơn vị, cá nhân." })
            {
                Assert.Contains(expected, text, StringComparison.Ordinal);
            }
        }

        using var word = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(new MemoryStream(WordRenderer.Render(report)), false);
        var closing = word.MainDocumentPart!.Document!.Body!.Elements<DocumentFormat.OpenXml.Wordprocessing.Table>().Last();
        var rows = closing.Elements<DocumentFormat.OpenXml.Wordprocessing.TableRow>().ToList();
        Assert.Equal(2, rows.Count);
        var cells = rows.Select(r => r.Elements<DocumentFormat.OpenXml.Wordprocessing.TableCell>().Select(c => c.InnerText).ToList()).ToList();
        Assert.Contains("Nguyễn Thị Hằng", cells[0][0], StringComparison.Ordinal);
        Assert.Contains("NGƯỜI BÁO CÁO THÀNH TÍCH(Ký, ghi rõ họ và tên)Trần Thị Hoa", cells[0][1], StringComparison.Ordinal);
        Assert.StartsWith("Nơi nhận:- Ban Thi đua - Khen thưởng (Sở Nội vụ);", cells[1][0], StringComparison.Ordinal);
        Assert.Contains("XÁC NHẬN CỦA CẤP TRÌNHKHEN THƯỞNGTM. ỦY BAN NHÂN DÂN XÃKT. CHỦ TỊCHPHÓ CHỦ TỊCH(Ký, đóng dấu)Đoàn Văn Cát", cells[1][1], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("TRƯỜNG TIỂU HỌC NGUYỄN LƯƠNG BẰNG", new[] { "TRƯỜNG TIỂU HỌC NGUYỄN LƯƠNG BẰNG" })]
    [InlineData("TRƯỜNG TRUNG HỌC CƠ SỞ NGUYỄN LƯƠNG BẰNG", new[] { "TRƯỜNG TRUNG HỌC CƠ SỞ", "NGUYỄN LƯƠNG BẰNG" })]
    [InlineData("HỢP TÁC XÃ DỊCH VỤ NÔNG NGHIỆP NGUYỄN LƯƠNG BẰNG", new[] { "HỢP TÁC XÃ DỊCH VỤ NÔNG NGHIỆP", "NGUYỄN LƯƠNG BẰNG" })]
    [InlineData("TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG XÃ", new[] { "TRUNG TÂM PHỤC VỤ", "HÀNH CHÍNH CÔNG XÃ" })]
    [InlineData("ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM XÃ", new[] { "ỦY BAN MẶT TRẬN TỔ QUỐC", "VIỆT NAM XÃ" })]
    public void A_long_unit_name_takes_as_few_balanced_header_lines_as_fit(string name, string[] lines) =>
        Assert.Equal(lines, AchievementReportDocument.IssuerLines(name));
}
