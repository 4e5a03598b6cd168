using NguyenLuongBang.Emulation.Domain.Awards;
using NguyenLuongBang.Emulation.Domain.Campaigns;
using NguyenLuongBang.Emulation.Domain.Common;
using NguyenLuongBang.Emulation.Domain.Communes;
using NguyenLuongBang.Emulation.Domain.Nominations;
using NguyenLuongBang.Emulation.Web.Documents;
using NguyenLuongBang.Emulation.Web.Features.City;
using NguyenLuongBang.Emulation.Web.Features.CityReport;
using NguyenLuongBang.Emulation.Web.Features.Consolidation;
using UglyToad.PdfPig;

namespace NguyenLuongBang.Emulation.UnitTests.Documents;

/// <summary>The city's own report across communes: issued by the Ban Thi đua - Khen thưởng of Sở Nội vụ, in the decree's layout.</summary>
public class CityReportDocumentTests
{
    private static readonly IssuingCommune City = new(CommuneKind.City, "Hải Phòng");

    private static CityReportData Data(string? number = null, DateOnly? issuedOn = null, SignerTitle signer = SignerTitle.Chairman, string? signerName = null) => new(
        City,
        2026,
        "Hải Phòng thi đua đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số",
        PlanCitations.CityPlanOf("150/KH-UBND", new DateOnly(2025, 6, 16)),
        number,
        issuedOn,
        new AssessmentText(null, "Các xã vào cuộc đồng bộ.", null, "Tiếp tục số hóa.", null),
        new CityOverview(2026,
        [
            new CityCommuneRow(1, "xã Nguyễn Lương Bằng", 20, 20, 18, 15, 16, new CityReportLine("07/BC-UBND", new DateOnly(2026, 12, 20), 1)),
            new CityCommuneRow(2, "phường Hồng Bàng", 10, 6, 4, 2, 3, null),
        ]),
        new CityIndicators(2026,
        [
            new CityIndicatorLine(new IndicatorFigure("TT01", "Số buổi tuyên truyền", "buổi", IndicatorKind.Count, IndicatorAggregation.Flow, [new YearFigure(2026, 1234, 17)], null), 2),
        ], 2),
        [
            new ForwardedNominationLine(1, "xã Nguyễn Lương Bằng", 5, "Trường Tiểu học Nguyễn Lương Bằng", NomineeKind.Collective, null, ReviewRound.Annual(2026), "05/TTr-UBND",
                new DateOnly(2026, 11, 20), true, true, "1234/QĐ-UBND", new DateOnly(2026, 12, 1)),
            new ForwardedNominationLine(2, "phường Hồng Bàng", 9, "Lê Thị Mai", NomineeKind.Individual, "Trường THCS Hồng Bàng", ReviewRound.Annual(2026), "03/TTr-UBND",
                new DateOnly(2026, 11, 25), true, null, null, null),
        ],
        signer,
        signerName);

    [Fact]
    public void The_citys_report_is_the_bans_own_to_the_citys_committee_with_every_communes_figures()
    {
        var document = CityReportDocument.Compose(Data("03/BC-BTĐKT", new DateOnly(2026, 12, 28), signerName: "Phạm Quang Khải"));
        var text = string.Join("\n", document.AllText());

        Assert.Equal(["SỞ NỘI VỤ THÀNH PHỐ HẢI PHÒNG", "BAN THI ĐUA - KHEN THƯỞNG"], document.IssuerLines);
        Assert.Equal("Số: 03/BC-BTĐKT", document.NumberLine);
        Assert.Equal("Hải Phòng, ngày 28 tháng 12 năm 2026", document.PlaceDateLine);
        Assert.Equal(["Ủy ban nhân dân thành phố Hải Phòng"], document.Recipients);
        Assert.Equal(["TRƯỞNG BAN"], document.SignerAuthority);
        Assert.Equal("Phạm Quang Khải", document.SignerName);
        Assert.False(document.Draft);
        Assert.Contains("Kế hoạch số 150/KH-UBND ngày 16/06/2025 của Ủy ban nhân dân thành phố Hải Phòng", text, StringComparison.Ordinal);
        Assert.Contains("Có 2 xã, phường, đặc khu triển khai Phong trào với 30 cơ quan, đơn vị, doanh nghiệp", text, StringComparison.Ordinal);
        Assert.Contains("22/30 đơn vị đã gửi báo cáo, trong đó 19 đơn vị gửi đúng hạn (63%) và 17 báo cáo đã được tiếp nhận; 1/2 xã, phường, đặc khu đã ban hành báo cáo tổng hợp", text, StringComparison.Ordinal);
        Assert.Contains("1.234", text, StringComparison.Ordinal);
        Assert.Contains("cho 2 trường hợp (1 tập thể, 1 cá nhân); đã có kết quả đối với 1 trường hợp, trong đó 1 được tặng Bằng khen; 1 trường hợp đang xem xét", text, StringComparison.Ordinal);
        Assert.Contains("Các xã vào cuộc đồng bộ.", text, StringComparison.Ordinal);
        Assert.Contains(ConsolidatedReportDocument.Placeholder("nội dung hạn chế và nguyên nhân"), text, StringComparison.Ordinal);

        var communes = (Table)document.Annexes[0].Body[0];
        Assert.Equal(["1", "xã Nguyễn Lương Bằng", "20", "18", "16 (80%)", "15", "Số 07/BC-UBND ngày 20/12/2026"], communes.Rows[0]);
        Assert.Equal(["2", "phường Hồng Bàng", "10", "4", "3 (30%)", "2", "Chưa ban hành"], communes.Rows[1]);
        var proposals = (Table)document.Annexes[1].Body[0];
        Assert.Equal("Tặng Bằng khen (Quyết định số 1234/QĐ-UBND ngày 01/12/2026)", proposals.Rows[0][4]);
        Assert.Equal("Lê Thị Mai (Cá nhân), Trường THCS Hồng Bàng", proposals.Rows[1][2]);
        Assert.Equal("Đang xem xét", proposals.Rows[1][4]);
        Assert.Equal("(Kèm theo Báo cáo số 03/BC-BTĐKT ngày 28/12/2026 của Ban Thi đua - Khen thưởng (Sở Nội vụ))", document.Annexes[0].Note);
        Assert.DoesNotContain("ỦY BAN NHÂN DÂN", document.IssuerLines);
    }

    [Fact]
    public void A_draft_leaves_number_date_and_name_blank_and_a_deputy_signs_for_the_head()
    {
        var document = CityReportDocument.Compose(Data(signer: SignerTitle.ViceChairman));

        Assert.True(document.Draft);
        Assert.Equal("Số:      /BC-BTĐKT", document.NumberLine);
        Assert.Equal("Hải Phòng, ngày      tháng      năm 2026", document.PlaceDateLine);
        Assert.Equal(["KT. TRƯỞNG BAN", "PHÓ TRƯỞNG BAN"], document.SignerAuthority);
        Assert.Equal(string.Empty, document.SignerName);
    }

    [Fact]
    public void The_pdf_prints_the_bans_header_and_the_communes_annex()
    {
        var pdf = PdfRenderer.Render(CityReportDocument.Compose(Data("03/BC-BTĐKT", new DateOnly(2026, 12, 28), signerName: "Phạm Quang Khải")));
        using var read = PdfDocument.Open(pdf);
        var text = string.Join(" ", read.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));

        Assert.Contains("BAN THI ĐUA - KHEN THƯỞNG", text, StringComparison.Ordinal);
        Assert.Contains("Hải Phòng, ngày 28 tháng 12 năm 2026", text, StringComparison.Ordinal);
        Assert.Contains("phường Hồng Bàng", text, StringComparison.Ordinal);
        Assert.Contains("Phạm Quang Khải", text, StringComparison.Ordinal);
        Assert.DoesNotContain("DỰ THẢO", text, StringComparison.Ordinal);
    }
}
