using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using NguyenLuongBang.Emulation.Domain.Awards;
using NguyenLuongBang.Emulation.Domain.Nominations;
using NguyenLuongBang.Emulation.IntegrationTests.Infrastructure;
using NguyenLuongBang.Emulation.Web.Data.Seeding;
using NguyenLuongBang.Emulation.Web.Documents;
using NguyenLuongBang.Emulation.Web.Features.DocumentRegister;

namespace NguyenLuongBang.Emulation.IntegrationTests.Nominations;

/// <summary>
/// The demo's finished round sent a collective and an individual up for the city chairman's Bằng
/// khen: the tờ trình to the city as issued (its citations, its counts, its list), each dossier as
/// the reviewer downloads it (the certifying block of the commune, "Nơi nhận"), and the city's decision.
/// </summary>
public sealed class DemoCityDossierTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task The_tờ_trình_to_the_city_cites_the_citys_plan_and_the_councils_minutes_and_counts_its_collectives_and_individuals()
    {
        var chairman = factory.CreatePortalClient();
        await chairman.SignInAsync("chutich@nlb.example");
        var issued = await factory.WithDatabaseAsync(db => db.Submissions.AsNoTracking().Where(s => s.RoundYear == 2025 && s.Target == SubmissionTarget.City)
            .Select(s => new { s.Number, s.IssuedOn, s.NomineeCount, s.Document!.Model }).SingleAsync());
        var minutes = await factory.WithDatabaseAsync(db => db.CouncilSessions.AsNoTracking().Where(s => s.MinutesNumber != null).Select(s => s.MinutesNumber).SingleAsync());
        Assert.Equal("187/TTr-UBND", issued.Number);   // the commune's register of tờ trình ran all year
        Assert.Equal(new DateOnly(2025, 12, 30), issued.IssuedOn);
        Assert.Equal(2, issued.NomineeCount);

        var document = DocumentIssuer.ReadDocument(issued.Model)!;
        var text = string.Join("\n", document.AllText());
        Assert.Equal("Số: 187/TTr-UBND", document.NumberLine);
        Assert.Equal("Xã Nguyễn Lương Bằng, ngày 30 tháng 12 năm 2025", document.PlaceDateLine);
        Assert.Equal(["Chủ tịch Ủy ban nhân dân thành phố Hải Phòng"], document.Recipients);
        Assert.Contains("Căn cứ Kế hoạch số 150/KH-UBND ngày 16/06/2025 của Ủy ban nhân dân thành phố Hải Phòng về phát động Phong trào thi đua", text, StringComparison.Ordinal);
        Assert.Contains($"Căn cứ Biên bản họp Hội đồng Thi đua - Khen thưởng xã số {minutes} ngày 28/12/2025.", text, StringComparison.Ordinal);
        Assert.Contains("tặng Bằng khen của Chủ tịch Ủy ban nhân dân thành phố cho 01 tập thể và 01 cá nhân (có danh sách kèm theo)", text, StringComparison.Ordinal);
        var list = document.Annexes.Single().Body.OfType<Table>().Single();
        Assert.Equal([DemoAwardRound.CityCollective, DemoAwardRound.CityIndividual], list.Rows.Select(r => r[1]));
        Assert.Equal("Công chức Văn phòng - Thống kê, Văn phòng HĐND và UBND xã", list.Rows[1][2]);
        Assert.Equal(["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], document.SignerAuthority);
        Assert.Equal("Đoàn Văn Cát", document.SignerName);

        // The file the city receives says the same.
        var pdf = await (await chairman.GetAsync("/Awards/2025/Proposal.pdf?target=City")).PdfTextAsync();
        foreach (var expected in new[] { "187/TTr-UBND", "150/KH-UBND", minutes!, "01 tập thể và 01 cá nhân", DemoAwardRound.CityIndividual, "Đoàn Văn Cát" })
        {
            Assert.Contains(expected, pdf, StringComparison.Ordinal);
        }

        // Both went up with it, and the city's decision came back in January.
        var proposals = await factory.WithDatabaseAsync(db => db.Nominations.AsNoTracking()
            .Where(n => n.RoundYear == 2025 && n.AwardForm == AwardForm.CityCertificate).OrderBy(n => n.Id)
            .Select(n => new { n.NomineeName, n.NomineeKind, n.City }).ToListAsync());
        Assert.Equal([NomineeKind.Collective, NomineeKind.Individual], proposals.Select(p => p.NomineeKind));
        Assert.All(proposals, p =>
        {
            Assert.Equal("187/TTr-UBND", p.City?.SubmissionNumber);
            Assert.True(p.City?.Awarded);
            Assert.Equal("215/QĐ-UBND", p.City?.DecisionNumber);
            Assert.Equal(new DateOnly(2026, 1, 22), p.City?.DecidedOn);
        });
        var board = await factory.CreatePortalClient().GetStringAsync("/Vinh-danh");
        Assert.Contains(DemoAwardRound.CityIndividual, board, StringComparison.Ordinal);
        Assert.Contains(DemoAwardRound.CityCollective, board, StringComparison.Ordinal);

        // Each step at its own date, in the name of who took it.
        var audit = await factory.WithDatabaseAsync(db => db.AuditEntries.AsNoTracking()
            .Where(a => a.Action == "Lưu báo cáo thành tích" || a.Action == "Hoàn thiện báo cáo thành tích" || a.Action == "Ghi nhận quyết định khen thưởng của thành phố"
                        || (a.Action == "Ban hành tờ trình" && a.EntityId == "187/TTr-UBND"))
            .Select(a => new { a.Action, a.UserName, a.At }).ToListAsync());
        Assert.Equal(7, audit.Count);
        Assert.All(audit.Where(a => a.Action != "Ban hành tờ trình"), a => Assert.Equal("Vũ Thị Lan", a.UserName));
        Assert.Equal("Đoàn Văn Cát", audit.Single(a => a.Action == "Ban hành tờ trình").UserName);
        Assert.All(audit.Where(a => a.Action.StartsWith("Ghi nhận", StringComparison.Ordinal)), a => Assert.Equal(new DateOnly(2026, 1, 26), DateOnly.FromDateTime(a.At.ToOffset(TimeSpan.FromHours(7)).DateTime)));
    }

    [Fact]
    public async Task Each_dossier_is_drafted_from_the_units_report_and_certified_by_the_commune_as_its_tờ_trình_was_signed_with_its_recipients()
    {
        var reviewer = factory.CreatePortalClient();
        await reviewer.SignInAsync("chuyenvien@nlb.example");
        var ids = await factory.WithDatabaseAsync(db => db.Nominations.AsNoTracking()
            .Where(n => n.RoundYear == 2025 && n.AwardForm == AwardForm.CityCertificate).OrderBy(n => n.Id).Select(n => n.Id).ToListAsync());
        var (collective, individual) = (ids[0].ToString(CultureInfo.InvariantCulture), ids[1].ToString(CultureInfo.InvariantCulture));

        var page = WebUtility.HtmlDecode(await reviewer.GetStringAsync($"/Awards/2025/Dossier/{individual}"));
        Assert.Contains("Danh mục hồ sơ (6/6)", page, StringComparison.Ordinal);
        Assert.Contains("215/QĐ-UBND", page, StringComparison.Ordinal);

        // The person's report: she signs, her head certifies, the commune certifies under her, as the tờ trình was signed.
        var report = await (await reviewer.GetAsync($"/Awards/2025/Dossier/{individual}.pdf")).PdfTextAsync();
        foreach (var expected in new[]
                 {
                     "ngày 30 tháng 12 năm 2025", "NGƯỜI BÁO CÁO THÀNH TÍCH", "(Ký, ghi rõ họ và tên)", "THỦ TRƯỞNG ĐƠN VỊ", "CHÁNH VĂN PHÒNG", "Nguyễn Thị Hằng",
                     "XÁC NHẬN CỦA CẤP TRÌNH", "KHEN THƯỞNG", "TM. ỦY BAN NHÂN DÂN XÃ", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Đoàn Văn Cát", "(Ký, đóng dấu)",
                     "Nơi nhận:", "Ban Thi đua - Khen thưởng (Sở Nội vụ);", "UBND xã (qua Phòng Văn hóa - Xã hội);", "Lưu: đơn vị, cá nhân.",
                     "Kết quả thực hiện Phong trào thi đua",   // drafted from the unit's accepted report of 2025
                 })
        {
            Assert.Contains(expected, report, StringComparison.Ordinal);
        }

        Assert.DoesNotContain(PdfRenderer.DraftMark, report, StringComparison.Ordinal);

        // The collective's, as the city asks for it, in Word: its head signs, the commune certifies on the left.
        using (var word = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(
                   new MemoryStream(await reviewer.GetByteArrayAsync($"/Awards/2025/Dossier/{collective}.docx")), false))
        {
            var text = word.MainDocumentPart!.Document!.Body!.InnerText;
            foreach (var expected in new[] { "(tập thể: Trường Trung học cơ sở Nguyễn Lương Bằng)", "HIỆU TRƯỞNG", "Trịnh Văn Long", "TM. ỦY BAN NHÂN DÂN XÃ", "Đoàn Văn Cát", "Lưu: VT." })
            {
                Assert.Contains(expected, text, StringComparison.Ordinal);
            }
        }

        // The commune's certifier is the person who signed the tờ trình, whatever the account is called later.
        await factory.WithDatabaseAsync(async db =>
        {
            (await db.Users.SingleAsync(u => u.Email == "chutich@nlb.example")).FullName = "Người Khác";
            return await db.SaveChangesAsync();
        });
        try
        {
            var later = await (await reviewer.GetAsync($"/Awards/2025/Dossier/{individual}.pdf")).PdfTextAsync();
            Assert.Contains("Đoàn Văn Cát", later, StringComparison.Ordinal);
            Assert.DoesNotContain("Người Khác", later, StringComparison.Ordinal);
        }
        finally
        {
            await factory.WithDatabaseAsync(async db =>
            {
                (await db.Users.SingleAsync(u => u.Email == "chutich@nlb.example")).FullName = "Đoàn Văn Cát";
                return await db.SaveChangesAsync();
            });
        }
    }
}
