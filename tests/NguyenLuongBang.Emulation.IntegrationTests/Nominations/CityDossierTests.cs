using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using NguyenLuongBang.Emulation.Domain.Common;
using NguyenLuongBang.Emulation.Domain.Nominations;
using NguyenLuongBang.Emulation.Domain.Reports;
using NguyenLuongBang.Emulation.IntegrationTests.Infrastructure;
using NguyenLuongBang.Emulation.IntegrationTests.PublicPages;
using UglyToad.PdfPig;

namespace NguyenLuongBang.Emulation.IntegrationTests.Nominations;

/// <summary>
/// The dossier for the city's Bằng khen through HTTP: drafted from the unit's reports, edited as
/// typed (hostile text too), guarded against a stale save and a double click, downloaded as Word
/// and PDF, and the city's decision recorded once, reaching the award history and the honour board.
/// </summary>
public sealed partial class CityDossierTests(BlankRoundPortalFactory factory) : IClassFixture<BlankRoundPortalFactory>
{
    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    [Fact]
    public async Task The_dossier_is_drafted_edited_completed_and_the_city_result_is_recorded_once()
    {
        var reviewer = factory.CreatePortalClient();
        await reviewer.SignInAsync("chuyenvien@nlb.example");
        var source = await factory.WithDatabaseAsync(db => (
                from r in db.AnnualReports
                where r.Year == 2026 && r.Status == ReportStatus.Accepted
                from s in r.Sections
                where s.Narrative != null && !s.NoActivity
                orderby r.UnitId, s.AreaNumber
                select new { r.UnitId, s.Narrative })
            .FirstAsync());
        var created = await HtmlForm.Parse(await reviewer.GetStringAsync("/Nominations/2026/New"), "nomination-form")
            .Set("Kind", "Individual").Set("NomineeName", "Lê Thị Số").Set("Gender", "Female").Set("Position", "Kế toán").Set("UnitId", Id(source.UnitId))
            .Set("AwardForm", "CityCertificate").Set("Achievement", "Số hóa toàn bộ chứng từ kế toán của đơn vị.").PostAsync(reviewer);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var id = await factory.WithDatabaseAsync(db => db.Nominations.Where(n => n.NomineeName == "Lê Thị Số").Select(n => n.Id).SingleAsync());
        await factory.WithDatabaseAsync(async db =>
        {
            var n = await db.Nominations.Include(x => x.Objections).SingleAsync(x => x.Id == id);
            var by = new Actor("test", "Kiểm thử");
            var now = factory.Clock.GetUtcNow();
            n.Post(7, by, now.AddDays(-8));
            n.SendToCouncil(by, now, []);
            n.RecordCouncilResult(true, "6 đồng ý", by, now);
            n.Approve(by, now, null);
            await db.SaveChangesAsync();
            return 0;
        });
        var url = $"/Awards/2026/Dossier/{Id(id)}";

        // The chairman reads but does not write; a unit does not see it at all.
        var chairman = factory.CreatePortalClient();
        await chairman.SignInAsync("chutich@nlb.example");
        var chairmanView = await chairman.GetStringAsync(url);
        Assert.DoesNotContain("dossier-form", chairmanView);
        Assert.DoesNotContain("Bản nháp dưới đây", chairmanView);   // no draft offered to someone who cannot save it
        Assert.Contains("Chưa lập báo cáo thành tích", chairmanView);
        var unit = factory.CreatePortalClient();
        await unit.SignInAsync("tieuhoc@nlb.example");
        Assert.NotEqual(HttpStatusCode.OK, (await unit.GetAsync(url)).StatusCode);

        // The draft: the person's particulars, the achievement the council voted on, what the unit reported.
        var draftPage = await reviewer.GetStringAsync(url);
        var draft = WebUtility.HtmlDecode(draftPage);
        Assert.Contains("Họ và tên: Lê Thị Số.", draft);
        Assert.Contains("Chức vụ: Kế toán.", draft);
        Assert.Contains("Số hóa toàn bộ chứng từ kế toán của đơn vị.", draft);
        var snippet = string.Join(' ', source.Narrative!.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries).Select(l => l.Trim()))[..30];
        Assert.Contains(snippet, draft);
        Assert.Contains("Danh mục hồ sơ (3/6)", draft);
        var head = await factory.WithDatabaseAsync(db => db.Units.Where(u => u.Id == source.UnitId).Select(u => u.HeadName).SingleAsync());
        Assert.Contains($"value=\"{head}\"", draft);   // the unit's head, as registered, certifies by default
        Assert.False(await factory.WithDatabaseAsync(db => db.Set<AchievementReport>().AnyAsync()));   // a draft is not saved until the reviewer saves it

        // Too long: refused with a message, everything typed comes back, nothing is stored.
        var hostile = string.Join("\n", PublicPostingTests.Hostile);
        var tooLong = await HtmlForm.Parse(draftPage, "dossier-form").Set("overview", hostile).Set("achievements", new string('x', AchievementReport.AchievementsLength + 1))
            .Set("certifierName", "Trần Văn Thủ").PostAsync(reviewer);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, tooLong.StatusCode);
        var tooLongHtml = await tooLong.Content.ReadAsStringAsync();
        Assert.Contains("Phần II", tooLongHtml);
        Assert.Contains("&lt;svg onload=alert(document.domain)&gt;", tooLongHtml);
        Assert.DoesNotContain("<svg onload", tooLongHtml);
        Assert.Contains("Trần Văn Thủ", tooLongHtml);
        Assert.False(await factory.WithDatabaseAsync(db => db.Set<AchievementReport>().AnyAsync()));

        // Hostile text is stored as typed and shown encoded.
        // A browser sends line ends as CRLF: they count as the one character the browser's counter showed.
        var atTheLimit = string.Join("\r\n", Enumerable.Repeat(new string('y', 99), AchievementReport.AchievementsLength / 100));
        var saveForm = HtmlForm.Parse(tooLongHtml, "dossier-form").Set("achievements", atTheLimit)
            .Set("honours", "Giấy khen của Chủ tịch UBND xã năm 2025.").Set("certifierTitle", "Giám đốc");
        var saved = await saveForm.PostAsync(reviewer);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var stored = await factory.WithDatabaseAsync(db => db.Set<AchievementReport>().AsNoTracking().SingleAsync(r => r.NominationId == id));
        Assert.Equal(hostile, stored.Overview);
        Assert.Equal(atTheLimit.ReplaceLineEndings("\n"), stored.Achievements);
        Assert.Equal("Trần Văn Thủ", stored.CertifierName);

        // Save clicked twice: the second finds it saved (not "someone else saved"), and one audit row.
        var twiceSaved = await saveForm.PostAsync(reviewer);
        Assert.Equal(HttpStatusCode.Redirect, twiceSaved.StatusCode);
        Assert.Contains("đã được lưu", await reviewer.GetStringAsync(twiceSaved.Headers.Location!.OriginalString));
        Assert.Equal(1, await factory.WithDatabaseAsync(db => db.AuditEntries.CountAsync(a => a.Action == "Lưu báo cáo thành tích")));
        Assert.Equal(HttpStatusCode.Redirect, (await HtmlForm.Parse(await reviewer.GetStringAsync(url), "dossier-form")
            .Set("achievements", "Số hóa 1.250 chứng từ.\r\nTập huấn 30 lượt người.").PostAsync(reviewer)).StatusCode);

        // Two people at once: the second save from a page opened before the first is refused, and keeps its text.
        var pageA = await reviewer.GetStringAsync(url);
        var other = factory.CreatePortalClient();
        await other.SignInAsync("chuyenvien@nlb.example");
        Assert.Equal(HttpStatusCode.Redirect, (await HtmlForm.Parse(await other.GetStringAsync(url), "dossier-form").Set("honours", "Bằng khen năm 2024.").PostAsync(other)).StatusCode);
        var stale = await HtmlForm.Parse(pageA, "dossier-form").Set("honours", "Không có.").PostAsync(reviewer);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, stale.StatusCode);
        var staleHtml = await stale.Content.ReadAsStringAsync();
        Assert.Contains("vừa được", staleHtml);
        Assert.Contains("Không có.", staleHtml);
        Assert.Equal("Bằng khen năm 2024.", await factory.WithDatabaseAsync(db => db.Set<AchievementReport>().Where(r => r.NominationId == id).Select(r => r.Honours).SingleAsync()));

        // Completing what one has not seen is refused: the report changed after the page was opened.
        var staleComplete = HtmlForm.Parse(pageA, "complete-form");
        var refusedComplete = await staleComplete.PostAsync(reviewer);
        Assert.Contains("vừa được sửa sau khi bạn mở trang", await reviewer.GetStringAsync(refusedComplete.Headers.Location!.OriginalString));
        Assert.Null(await factory.WithDatabaseAsync(db => db.Set<AchievementReport>().Where(r => r.NominationId == id).Select(r => r.CompletedAt).SingleAsync()));

        // Completed once, however many clicks.
        var completeForm = HtmlForm.Parse(await reviewer.GetStringAsync(url), "complete-form");
        await completeForm.PostAsync(reviewer);
        var again = await completeForm.PostAsync(reviewer);
        Assert.Contains("đã được hoàn thiện", await reviewer.GetStringAsync(again.Headers.Location!.OriginalString));
        Assert.Equal(1, await factory.WithDatabaseAsync(db => db.Nominations.Where(n => n.Id == id).SelectMany(n => n.History).CountAsync(h => h.Comment == "Hoàn thiện báo cáo thành tích đề nghị Bằng khen")));
        Assert.Contains("Danh mục hồ sơ (6/6)", await reviewer.GetStringAsync(url));

        // Word (editable, as the city asks) and PDF, in the form's three parts.
        var word = await reviewer.GetAsync($"{url}.docx");
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", word.Content.Headers.ContentType!.MediaType);
        using (var docx = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(new MemoryStream(await word.Content.ReadAsByteArrayAsync()), false))
        {
            var text = docx.MainDocumentPart!.Document!.Body!.InnerText;
            Assert.Contains("BÁO CÁO THÀNH TÍCH", text);
            Assert.Contains("I. SƠ LƯỢC LÝ LỊCH", text);
            Assert.Contains("III. CÁC HÌNH THỨC KHEN THƯỞNG ĐÃ ĐƯỢC GHI NHẬN", text);
            Assert.Contains("Số hóa 1.250 chứng từ.", text);
            Assert.Contains("<svg onload=alert(document.domain)>", text);
        }

        var pdf = await reviewer.GetAsync($"{url}.pdf");
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType!.MediaType);
        using (var document = PdfDocument.Open(await pdf.Content.ReadAsByteArrayAsync()))
        {
            var text = string.Join(" ", document.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
            Assert.Contains("THÀNH TÍCH", text);
            Assert.Contains("Lê Thị Số", text);
            Assert.Contains("Bằng khen", text);
            Assert.DoesNotContain("DỰ THẢO", text);
        }

        // Up to the city; nothing on the honour board until the city decides.
        Assert.Equal(HttpStatusCode.Redirect, (await HtmlForm.Parse(await chairman.GetStringAsync("/Awards/2026"), "city-form").PostAsync(chairman)).StatusCode);
        Assert.NotNull(await factory.WithDatabaseAsync(db => db.Nominations.AsNoTracking().Where(n => n.Id == id).Select(n => n.City).SingleAsync()));
        var frozen = await HtmlForm.Parse(pageA, "dossier-form").PostAsync(reviewer);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, frozen.StatusCode);
        Assert.DoesNotContain("Lê Thị Số", await factory.CreatePortalClient().GetStringAsync("/Vinh-danh"));

        var decisionPage = await reviewer.GetStringAsync(url);
        var today = MaxDate().Match(decisionPage).Groups[1].Value;
        var tooEarly = await HtmlForm.Parse(decisionPage, "city-decision-form").Set("awarded", "true").Set("number", "1234/QĐ-UBND").Set("decidedOn", "2020-01-01").PostAsync(reviewer);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, tooEarly.StatusCode);
        var tooEarlyHtml = await tooEarly.Content.ReadAsStringAsync();
        Assert.Contains("Ngày quyết định của thành phố phải từ ngày trình đến hôm nay", tooEarlyHtml);
        Assert.Contains("value=\"1234/QĐ-UBND\"", tooEarlyHtml);
        Assert.Equal("true", HtmlForm.Parse(tooEarlyHtml, "city-decision-form")["awarded"]);
        Assert.Null(await factory.WithDatabaseAsync(db => db.Nominations.Where(n => n.Id == id).Select(n => n.City!.Awarded).SingleAsync()));
        var decision = HtmlForm.Parse(decisionPage, "city-decision-form").Set("awarded", "true").Set("number", "1234/QĐ-UBND").Set("decidedOn", today);
        Assert.Equal(HttpStatusCode.Redirect, (await decision.PostAsync(reviewer)).StatusCode);
        var twice = await decision.PostAsync(reviewer);
        Assert.Contains("Đã ghi nhận Quyết định số 1234/QĐ-UBND", await reviewer.GetStringAsync(twice.Headers.Location!.OriginalString));
        Assert.Equal(1, await factory.WithDatabaseAsync(db => db.Nominations.Where(n => n.Id == id).SelectMany(n => n.History).CountAsync(h => h.Comment!.StartsWith("Thành phố tặng Bằng khen"))));

        var board = await factory.CreatePortalClient().GetStringAsync("/Vinh-danh");
        Assert.Contains("Lê Thị Số", board);
        Assert.Contains("Bằng khen của Chủ tịch UBND thành phố", board);
        var history = await reviewer.GetStringAsync("/Awards/History?q=le%20thi%20so");
        Assert.Contains("1234/QĐ-UBND (Chủ tịch UBND thành phố tặng Bằng khen)", history);
        Assert.Contains("Được tặng Bằng khen — QĐ số 1234/QĐ-UBND", await chairman.GetStringAsync("/Awards/2026"));

        var audited = await factory.WithDatabaseAsync(db => db.AuditEntries.Select(a => a.Action).ToListAsync());
        foreach (var action in new[] { "Lưu báo cáo thành tích", "Hoàn thiện báo cáo thành tích", "Ghi nhận quyết định khen thưởng của thành phố" })
        {
            Assert.Contains(action, audited);
        }
    }

    [GeneratedRegex("id=\"decidedOn\"[^>]*max=\"([0-9-]+)\"")]
    private static partial Regex MaxDate();
}
