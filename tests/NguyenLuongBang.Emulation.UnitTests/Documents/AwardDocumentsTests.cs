using NguyenLuongBang.Emulation.Domain.Awards;
using NguyenLuongBang.Emulation.Domain.Common;
using NguyenLuongBang.Emulation.Domain.Nominations;
using NguyenLuongBang.Emulation.Web.Documents;
using NguyenLuongBang.Emulation.Web.Features.Awards;
using UglyToad.PdfPig;

namespace NguyenLuongBang.Emulation.UnitTests.Documents;

public class AwardDocumentsTests
{
    private const string Campaign = "Hải Phòng thi đua đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số";
    private static readonly Actor Chairman = new("chairman-1", "Nguyễn Văn Hải");
    private static readonly DateTimeOffset Now = new(2026, 12, 20, 9, 0, 0, TimeSpan.FromHours(7));

    private static AwardDecision Decision(SignerTitle title = SignerTitle.Chairman, AwardDecision? corrects = null) => new(
        new DecisionTerms(ReviewRound.Annual(2026), corrects is null ? "07/QĐ-UBND" : "09/QĐ-UBND", new DateOnly(2026, 12, 22), title == SignerTitle.Chairman ? "Nguyễn Văn Hải" : "Đoàn Văn Cát", title, 2_340_000m, "04/TTr-VHXH", new DateOnly(2026, 12, 19)),
        [
            new AwardLine(11, NomineeKind.Individual, "Lê Thị Mai", "Hiệu trưởng, Trường Tiểu học Nguyễn Lương Bằng", "Dẫn đầu phong trào học tập số.", 0.3m, 5, Gender.Female),
            new AwardLine(12, NomineeKind.Collective, "Trung tâm Phục vụ hành chính công", null, "Tỷ lệ hồ sơ trực tuyến toàn trình cao nhất xã.", 0.6m, 6),
        ],
        Chairman, Now, corrects, corrects is null ? null : "Sai chức vụ của bà Lê Thị Mai");

    private static readonly IssuingCommune Commune = new(Domain.Communes.CommuneKind.Xa, "Nguyễn Lương Bằng");

    private static readonly PlanCitations Plans = new("45/KH-UBND", new DateOnly(2025, 8, 25), "phát động Phong trào thi đua trên địa bàn xã giai đoạn 2025-2030", "150/KH-UBND", new DateOnly(2025, 6, 16));

    private static string Text(OfficialDocument document) => string.Join("\n", document.AllText());

    [Fact]
    public void Decision_has_the_decree_layout_articles_amounts_and_the_list()
    {
        var document = AwardDocuments.Decision(Commune, Decision(), Campaign, Plans);
        var text = Text(document);

        Assert.Equal("QUYẾT ĐỊNH", document.TypeTitle);
        Assert.Equal("Số: 07/QĐ-UBND", document.NumberLine);
        Assert.Equal("Xã Nguyễn Lương Bằng, ngày 22 tháng 12 năm 2026", document.PlaceDateLine);
        Assert.StartsWith("Về việc tặng Giấy khen cho các tập thể, cá nhân có thành tích xuất sắc trong Phong trào thi đua “Hải Phòng", document.Summary[0]);
        Assert.Contains("CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ NGUYỄN LƯƠNG BẰNG", text);
        Assert.Contains("Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;", text);
        Assert.Contains("Tờ trình số 04/TTr-VHXH ngày 19/12/2026", text);
        Assert.Contains("Căn cứ Kế hoạch số 45/KH-UBND ngày 25/08/2025 của Ủy ban nhân dân xã Nguyễn Lương Bằng về việc phát động Phong trào thi đua", text);
        Assert.Contains("Căn cứ Kế hoạch số 150/KH-UBND ngày 16/06/2025 của Ủy ban nhân dân thành phố Hải Phòng", text);
        Assert.DoesNotContain("Kế hoạch số      /KH-UBND", text);
        Assert.Contains("QUYẾT ĐỊNH:", text);
        Assert.Contains("Điều 1. Tặng Giấy khen của Chủ tịch Ủy ban nhân dân xã Nguyễn Lương Bằng cho 01 tập thể và 01 cá nhân", text);
        Assert.Contains("mỗi tập thể 1.404.000 đồng (hệ số 0,6 × mức lương cơ sở 2.340.000 đồng)", text);
        Assert.Contains("mỗi cá nhân 702.000 đồng (hệ số 0,3", text);
        Assert.Contains("Tổng số tiền thưởng: 2.106.000 đồng", text);
        Assert.Contains("Điều 3. Chánh Văn phòng", text);
        Assert.Equal(["CHỦ TỊCH"], document.SignerAuthority);
        Assert.Equal("Nguyễn Văn Hải", document.SignerName);

        var annex = Assert.Single(document.Annexes);
        Assert.Equal("(Kèm theo Quyết định số 07/QĐ-UBND ngày 22/12/2026 của Chủ tịch Ủy ban nhân dân xã Nguyễn Lương Bằng)", annex.Note);

        // Collectives and individuals listed apart, each with its subtotal, then the total.
        var tables = annex.Body.OfType<Table>().ToList();
        Assert.Equal(2, tables.Count);
        Assert.Equal(["I. Tập thể (01)", "II. Cá nhân (01)"], annex.Body.OfType<Heading>().Select(h => h.Text));
        Assert.Equal("Tên tập thể", tables[0].Columns[1].Header);
        Assert.Equal("Trung tâm Phục vụ hành chính công", tables[0].Rows[0][1]);
        Assert.Equal(["", "Cộng tập thể", "", "1 Giấy khen", "1.404.000"], tables[0].Rows[^1]);
        Assert.Equal("Họ và tên", tables[1].Columns[1].Header);
        Assert.Equal(["2", "Lê Thị Mai"], tables[1].Rows[0].Take(2));
        Assert.Equal(["", "Cộng cá nhân", "", "1 Giấy khen", "702.000"], tables[1].Rows[^1]);
        Assert.Equal("Tổng cộng: 2 Giấy khen, 2.106.000 đồng.", Assert.IsType<Paragraph>(annex.Body[^1]).Text);
    }

    [Fact]
    public void Vice_chairman_signs_for_the_chairman() =>
        Assert.Equal(["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], AwardDocuments.Decision(Commune, Decision(SignerTitle.ViceChairman), Campaign, Plans).SignerAuthority);

    [Fact]
    public void Correcting_decision_names_the_one_it_replaces()
    {
        var text = Text(AwardDocuments.Decision(Commune, Decision(corrects: Decision()), Campaign, Plans));

        Assert.Contains("Điều 3. Quyết định này thay thế Quyết định số 07/QĐ-UBND ngày 22/12/2026", text);
        Assert.Contains("Sai chức vụ của bà Lê Thị Mai", text);
        Assert.Contains("Điều 4. Chánh Văn phòng", text);
    }

    [Fact]
    public void Decision_pdf_reads_back_with_the_vietnamese_text()
    {
        using var pdf = PdfDocument.Open(PdfRenderer.Render(AwardDocuments.Decision(Commune, Decision(), Campaign, Plans)));
        var words = string.Join(" ", pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));

        Assert.Contains("QUYẾT ĐỊNH:", words);
        Assert.Contains("Điều 1.", words);
        Assert.Contains("07/QĐ-UBND", words);
        Assert.Contains("2.106.000", words);
        Assert.Contains("Lê Thị Mai", words);
    }

    [Fact]
    public void Certificates_are_landscape_pages_with_name_decision_and_register_number()
    {
        var certificates = AwardDocuments.Certificates(Commune, Decision(SignerTitle.ViceChairman), Campaign);
        Assert.Equal(["05/GK-UBND", "06/GK-UBND"], certificates.Select(c => c.RegisterNumber));
        Assert.Equal("Quyết định số 07/QĐ-UBND ngày 22/12/2026", certificates[0].DecisionLine);

        using var pdf = PdfDocument.Open(PdfRenderer.RenderCertificates(certificates));
        Assert.Equal(2, pdf.NumberOfPages);
        var page = pdf.GetPage(1);
        Assert.True(page.Width > page.Height, "A certificate is A4 landscape.");
        Assert.InRange(page.Width, 841, 843);
        var words = string.Join(" ", page.GetWords().Select(w => w.Text));
        foreach (var expected in new[] { "GIẤY KHEN", "TẶNG", "Bà Lê Thị Mai", "Hiệu trưởng, Trường Tiểu học", "07/QĐ-UBND", "Số vào sổ: 05/GK-UBND", "KT. CHỦ TỊCH", "Đoàn Văn Cát", "CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ NGUYỄN LƯƠNG BẰNG" })
        {
            Assert.Contains(expected, words);
        }
    }

    /// <summary>Every award document of a ward names that ward, from the commune's row, at every level: never the first commune, never "xã".</summary>
    [Fact]
    public void A_wards_award_documents_name_the_ward_and_its_level_throughout()
    {
        var ward = new IssuingCommune(Domain.Communes.CommuneKind.Phuong, "An Hải");
        var plans = Plans with { CommunePlanTitle = "phát động Phong trào thi đua trên địa bàn phường giai đoạn 2025-2030" };
        var nominee = new NomineeLine("Lê Thị Mai", NomineeKind.Individual, "Hiệu trưởng", "Dẫn đầu phong trào.", "Thông qua");
        var minutes = new[] { new DocumentReference("01/BB-HĐTĐKT", new DateOnly(2026, 12, 18)) };
        var documents = new[]
        {
            AwardDocuments.Decision(ward, Decision(corrects: Decision()), Campaign, plans),
            AwardDocuments.Submission(new SubmissionData(ward, ReviewRound.Annual(2026), Campaign, SubmissionTarget.Chairman, null, null, "Vũ Thị Lan", minutes, [nominee], 2026, null)),
            AwardDocuments.Submission(new SubmissionData(ward, ReviewRound.Interim, Campaign, SubmissionTarget.City, "03/TTr-UBND", new DateOnly(2027, 12, 10), "Nguyễn Văn Hải", minutes, [nominee], 2027, plans)),
            AwardDocuments.Minutes(new MinutesData(ward, Campaign, "02/BB-HĐTĐKT", new DateOnly(2026, 12, 18), "Hội trường UBND phường", 5, [new("Đoàn Văn Cát", null)], [],
                new Fraction(2, 3), new Fraction(70, 100), [new MinutesLine("Lê Thị Mai", NomineeKind.Individual, "Trường Tiểu học", 4, 0, 0, true)], new("Nguyễn Văn Hải", null), new("Vũ Thị Lan", null),
                new DateTime(2026, 12, 18, 8, 0, 0), new DateTime(2026, 12, 18, 10, 0, 0))),
        };

        Assert.Equal(["ỦY BAN NHÂN DÂN", "PHƯỜNG AN HẢI"], documents[0].IssuerLines);
        Assert.Equal(["UBND PHƯỜNG AN HẢI", "PHÒNG VĂN HÓA - XÃ HỘI"], documents[1].IssuerLines);
        Assert.Equal(["Chủ tịch Ủy ban nhân dân phường An Hải"], documents[1].Recipients);
        Assert.Equal(["UBND PHƯỜNG AN HẢI", "HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG"], documents[3].IssuerLines);
        Assert.Contains("CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG AN HẢI", Text(documents[0]), StringComparison.Ordinal);
        Assert.Contains("Căn cứ Kế hoạch số 45/KH-UBND ngày 25/08/2025 của Ủy ban nhân dân phường An Hải", Text(documents[0]), StringComparison.Ordinal);
        Assert.Contains("Căn cứ Kế hoạch số      /KH-UBND ngày      của Ủy ban nhân dân phường An Hải", Text(documents[1]), StringComparison.Ordinal);
        Assert.Contains("quỹ thi đua, khen thưởng của phường", Text(documents[0]), StringComparison.Ordinal);
        foreach (var document in documents)
        {
            // What the document says in its own words; the awardees' units and achievements are quoted from the nominations.
            var text = Text(document).Replace("Trường Tiểu học Nguyễn Lương Bằng", string.Empty, StringComparison.Ordinal)
                .Replace("toàn trình cao nhất xã", string.Empty, StringComparison.Ordinal);
            Assert.StartsWith("Phường An Hải, ngày", document.PlaceDateLine, StringComparison.Ordinal);
            Assert.DoesNotContain("Lương Bằng", text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotMatch(@"\bxã\b", text);
        }

        var certificate = AwardDocuments.Certificates(ward, Decision(), Campaign)[0];
        Assert.Equal("CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG AN HẢI", certificate.Authority);
        Assert.StartsWith("Phường An Hải, ngày 22 tháng 12 năm 2026", certificate.PlaceDateLine, StringComparison.Ordinal);
        Assert.Contains("CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG AN HẢI", certificate.AllText());
    }

    [Fact]
    public void Proposal_to_the_chairman_is_from_the_culture_office_and_lists_council_results()
    {
        var data = new SubmissionData(Commune, ReviewRound.Annual(2026), Campaign, SubmissionTarget.Chairman, null, null, "Vũ Thị Lan", [new DocumentReference("01/BB-HĐTĐKT", new DateOnly(2026, 12, 18))],
            [new NomineeLine("Lê Thị Mai", NomineeKind.Individual, "Hiệu trưởng", "Dẫn đầu phong trào.", "5 đồng ý, 0 không đồng ý, 0 không tham gia biểu quyết")], 2026, Plans);
        var document = AwardDocuments.Submission(data);
        var text = Text(document);

        Assert.Equal(["UBND XÃ NGUYỄN LƯƠNG BẰNG", "PHÒNG VĂN HÓA - XÃ HỘI"], document.IssuerLines);
        Assert.Equal("Số:      /TTr-VHXH", document.NumberLine);
        Assert.Equal("TỜ TRÌNH", document.TypeTitle);
        Assert.Equal(["Chủ tịch Ủy ban nhân dân xã Nguyễn Lương Bằng"], document.Recipients);
        Assert.Contains("Biên bản họp Hội đồng Thi đua - Khen thưởng xã số 01/BB-HĐTĐKT ngày 18/12/2026", text);
        Assert.True(document.Draft);
        Assert.Contains("tặng Giấy khen của Chủ tịch Ủy ban nhân dân xã Nguyễn Lương Bằng cho 01 cá nhân (có danh sách kèm theo)", text);
        Assert.DoesNotContain("00 tập thể", text);
        Assert.Contains("5 đồng ý", text);
        Assert.Equal(["TRƯỞNG PHÒNG"], document.SignerAuthority);
    }

    [Fact]
    public void Proposal_to_the_city_asks_for_the_citys_certificate()
    {
        var data = new SubmissionData(Commune, ReviewRound.Interim, Campaign, SubmissionTarget.City, "03/TTr-UBND", new DateOnly(2027, 12, 10), "Nguyễn Văn Hải", [],
            [new NomineeLine("Trường Tiểu học", NomineeKind.Collective, null, "Chuyển đổi số toàn diện.", "Thông qua")], 2027, Plans);
        var document = AwardDocuments.Submission(data);

        Assert.Equal(["Chủ tịch Ủy ban nhân dân thành phố Hải Phòng"], document.Recipients);
        Assert.Contains("Bằng khen của Chủ tịch Ủy ban nhân dân thành phố", document.Summary[0]);
        Assert.Contains("(sơ kết giai đoạn 2025-2027)", document.Summary[0]);
        Assert.Equal(["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], document.SignerAuthority);
        Assert.Equal("(Kèm theo Tờ trình số 03/TTr-UBND ngày 10/12/2027)", document.Annexes[0].Note);
    }

    [Fact]
    public void Minutes_show_times_members_with_positions_votes_as_counts_and_shares_collectives_first_and_two_signatures()
    {
        var data = new MinutesData(Commune, Campaign, "02/BB-HĐTĐKT", new DateOnly(2026, 12, 18), "Hội trường UBND xã", 5,
            [new("Phạm Thị Thu", "Trạm trưởng Trạm Y tế xã"), new("Trần Văn Nam", null), new("Vũ Văn Long", "Trưởng phòng Kinh tế, Ủy viên Hội đồng"), new("Đoàn Văn Cát", "Phó Chủ tịch UBND xã")],
            [new("Ngô Văn Hòa", "Chủ tịch Ủy ban MTTQ Việt Nam xã")],
            new Fraction(2, 3), new Fraction(70, 100),
            [
                new MinutesLine("Lê Thị Mai", NomineeKind.Individual, "Trường Tiểu học", 4, 0, 0, true),
                new MinutesLine("Hộ ông Bình", NomineeKind.Household, null, 2, 1, 1, false),
                new MinutesLine("Tổ công nghệ số thôn Đông", NomineeKind.Collective, "Thôn Đông", 3, 0, 1, true),
            ],
            new("Đoàn Văn Cát", "Phó Chủ tịch UBND xã, Phó Chủ tịch Thường trực Hội đồng"), new("Vũ Thị Lan", "Trưởng phòng Văn hóa - Xã hội"),
            new DateTime(2026, 12, 18, 8, 30, 0), new DateTime(2026, 12, 18, 10, 15, 0));
        var document = AwardDocuments.Minutes(data);
        var text = Text(document);

        Assert.Equal("BIÊN BẢN", document.TypeTitle);
        Assert.Equal("Số: 02/BB-HĐTĐKT", document.NumberLine);
        Assert.StartsWith("Vào hồi 08 giờ 30 phút ngày 18/12/2026, tại Hội trường UBND xã,", ((Paragraph)document.Body[0]).Text, StringComparison.Ordinal);
        Assert.Contains("Cuộc họp kết thúc vào hồi 10 giờ 15 phút cùng ngày.", text);
        Assert.Contains("Chủ tọa: Đoàn Văn Cát, Phó Chủ tịch UBND xã, Phó Chủ tịch Thường trực Hội đồng.", text);
        Assert.Contains("Thư ký: Vũ Thị Lan, Trưởng phòng Văn hóa - Xã hội.", text);
        Assert.Contains("Thành viên Hội đồng có mặt: 4/5 thành viên (80%), gồm:", text);
        Assert.Contains("- Vũ Văn Long, Trưởng phòng Kinh tế, Ủy viên Hội đồng", text);
        Assert.Contains("Thành viên vắng mặt: 1 thành viên, gồm:\n- Ngô Văn Hòa, Chủ tịch Ủy ban MTTQ Việt Nam xã.", text);
        Assert.Contains("(2/3 tổng số thành viên Hội đồng)", text);
        Assert.Contains("có từ 70% tổng số thành viên", text);
        Assert.DoesNotContain("70/100", text);
        Assert.DoesNotContain("đã thông qua các thành viên dự họp", text);

        // Collectives first; each vote as counts and the share of the members voting.
        var table = document.Body.OfType<Table>().Single();
        Assert.Equal(["Tổ công nghệ số thôn Đông", "Lê Thị Mai", "Hộ ông Bình"], table.Rows.Select(r => r[1]));
        Assert.Equal(["75%", "80%", "50%"], table.Rows.Select(r => r[6]));
        Assert.Contains("Hội đồng thống nhất đề nghị khen thưởng 01 tập thể và 01 cá nhân trong số 03 trường hợp được xem xét.", text);

        Assert.Equal(["THƯ KÝ"], document.LeftSignature!.Authority);
        Assert.Equal("Vũ Thị Lan", document.LeftSignature.Name);
        Assert.Equal("Đoàn Văn Cát", document.SignerName);

        // A session entered in the portal after the day it was held states that day, and no times the portal did not see.
        var afterwards = Text(AwardDocuments.Minutes(data with { Started = new DateTime(2026, 12, 20, 15, 0, 0), Ended = new DateTime(2026, 12, 20, 15, 20, 0) }));
        Assert.Contains("Ngày 18/12/2026, tại Hội trường UBND xã,", afterwards);
        Assert.DoesNotContain("Vào hồi", afterwards);
        Assert.DoesNotContain("kết thúc vào hồi", afterwards);
        using var pdf = PdfDocument.Open(PdfRenderer.Render(document));
        var words = string.Join(" ", pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
        Assert.Contains("THƯ KÝ", words);
        Assert.Contains("CHỦ TỌA", words);
    }

    [Fact]
    public void The_tờ_trình_to_the_city_cites_the_citys_plan_and_the_minutes_and_counts_by_kind_collectives_first()
    {
        var minutes = new[] { new DocumentReference("03/BB-HĐTĐKT", new DateOnly(2027, 12, 5)) };
        NomineeLine[] nominees =
        [
            new("Lê Thị Mai", NomineeKind.Individual, "Hiệu trưởng", "Dẫn đầu phong trào.", "5/5 đồng ý"),
            new("Hộ ông Phạm Văn Bình", NomineeKind.Household, null, "Bán nông sản qua sàn thương mại điện tử.", "4/5 đồng ý"),
            new("Tổ công nghệ số cộng đồng thôn Đông", NomineeKind.Collective, "Thôn Đông", "Hỗ trợ 412 người kích hoạt VNeID.", "5/5 đồng ý"),
            new("Trần Văn Nam", NomineeKind.Individual, "Công chức", "Số hóa hồ sơ.", "5/5 đồng ý"),
        ];
        var document = AwardDocuments.Submission(new SubmissionData(Commune, ReviewRound.Interim, Campaign, SubmissionTarget.City, "12/TTr-UBND", new DateOnly(2027, 12, 12),
            "Nguyễn Văn Hải", minutes, nominees, 2027, Plans));
        var text = Text(document);

        Assert.Contains("Căn cứ Kế hoạch số 150/KH-UBND ngày 16/06/2025 của Ủy ban nhân dân thành phố Hải Phòng", text, StringComparison.Ordinal);
        Assert.Contains("03/BB-HĐTĐKT", text, StringComparison.Ordinal);
        Assert.Contains("cho 01 tập thể, 02 cá nhân và 01 hộ gia đình (có danh sách kèm theo)", text, StringComparison.Ordinal);
        Assert.Equal(["Tổ công nghệ số cộng đồng thôn Đông", "Lê Thị Mai", "Trần Văn Nam", "Hộ ông Phạm Văn Bình"],
            ((Table)document.Annexes[0].Body[0]).Rows.Select(r => r[1]));

        // A draft with no one passed yet never reads "00 tập thể và 00 cá nhân".
        var empty = Text(AwardDocuments.Submission(new SubmissionData(Commune, ReviewRound.Interim, Campaign, SubmissionTarget.City, null, null, null, [], [], 2027, null)));
        Assert.DoesNotContain("00 ", empty, StringComparison.Ordinal);
        Assert.Contains("Kế hoạch số      /KH-UBND ngày      của Ủy ban nhân dân thành phố Hải Phòng", empty, StringComparison.Ordinal);
    }
}
