using NguyenLuongBang.Emulation.Domain.Common;
using NguyenLuongBang.Emulation.Domain.Nominations;
using NguyenLuongBang.Emulation.Web.Documents;
using NguyenLuongBang.Emulation.Web.Features.Awards;

namespace NguyenLuongBang.Emulation.UnitTests.Documents;

public class AchievementReportDocumentTests
{
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

        var individual = AchievementReportDocument.Build(new IssuingCommune(Domain.Communes.CommuneKind.Xa, "Nguyễn Lương Bằng"), "Lê Thị Mai", NomineeKind.Individual, "Trường Tiểu học Nguyễn Lương Bằng", parts, new DateOnly(2026, 12, 10), draft: false);
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

        var collective = AchievementReportDocument.Build(new IssuingCommune(Domain.Communes.CommuneKind.Xa, "Nguyễn Lương Bằng"), "Tổ Số hóa thôn Đông", NomineeKind.Collective, null, parts with { Overview = null }, new DateOnly(2026, 12, 10), draft: true);
        Assert.Equal(["HIỆU TRƯỞNG"], collective.SignerAuthority);
        Assert.Equal("Nguyễn Văn Hiệu", collective.SignerName);
        Assert.Null(collective.LeftSignature);
        Assert.Equal("I. ĐẶC ĐIỂM, TÌNH HÌNH", collective.Body[0].Texts().Single());
        Assert.Equal("(chưa viết)", collective.Body[1].Texts().Single());
        Assert.True(collective.Draft);
        Assert.NotEmpty(PdfRenderer.Render(collective));
        Assert.NotEmpty(WordRenderer.Render(individual));
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
