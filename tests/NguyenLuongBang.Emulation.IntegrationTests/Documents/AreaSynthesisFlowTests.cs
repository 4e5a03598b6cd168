using System.Net;
using Microsoft.EntityFrameworkCore;
using NguyenLuongBang.Emulation.IntegrationTests.Infrastructure;
using UglyToad.PdfPig;

namespace NguyenLuongBang.Emulation.IntegrationTests.Documents;

/// <summary>
/// The consolidated report reads like the office wrote it (issue 28): the portal drafts each content
/// area's synthesis, the reviewer edits it in the browser, and the edited text is what is issued;
/// the units' own texts are in an annex, not the body.
/// </summary>
public class AreaSynthesisFlowTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Edited = "Các cơ quan, đơn vị đã số hóa toàn bộ hồ sơ công việc; Trung tâm Phục vụ hành chính công xã dẫn đầu về thủ tục trực tuyến toàn trình.";

    internal static string Text(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return string.Join(" ", document.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
    }

    [Fact]
    public async Task The_reviewer_edits_an_areas_drafted_synthesis_and_the_issued_report_says_what_she_wrote()
    {
        var reviewer = factory.CreatePortalClient();
        await reviewer.SignInAsync("chuyenvien@nlb.example");
        var page = await reviewer.GetStringAsync("/Consolidation/2026");

        // Each area is drafted from the year's data, in the plan's order.
        var form = HtmlForm.Parse(page, "assessment-form");
        Assert.Equal(Enumerable.Range(1, 8).Select(n => $"area-{n}"), System.Text.RegularExpressions.Regex.Matches(page, "id=\"(area-\\d)\"").Select(m => m.Groups[1].Value));
        Assert.StartsWith("Năm 2026, ", form.Value("Areas[1]"), StringComparison.Ordinal);

        // Too long: a Vietnamese message, and every text typed comes back.
        var tooLong = new string('x', 20_001);
        var refused = await HtmlForm.Parse(page, "assessment-form").Set("Areas[3]", Edited).Set("Areas[5]", tooLong).Set("Strengths", "Giữ lại.").PostAsync(reviewer);
        var again = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("Phần tổng hợp của mỗi nội dung tối đa 20000 ký tự.", again, StringComparison.Ordinal);
        Assert.Contains(Edited, again, StringComparison.Ordinal);
        Assert.Contains(tooLong, again, StringComparison.Ordinal);
        Assert.Contains("Giữ lại.", again, StringComparison.Ordinal);
        Assert.Equal(0, await factory.WithDatabaseAsync(db => db.Set<Domain.Consolidation.ConsolidatedAreaText>().CountAsync()));

        // Meanwhile another unit's report is accepted: every draft on the page is now out of date,
        // yet only what she rewrote is kept as hers.
        var drafted = form.Value("Areas[1]");
        await factory.WithDatabaseAsync(async db =>
        {
            var other = await db.AnnualReports.FirstAsync(r => r.Year == 2026 && r.Status == Domain.Reports.ReportStatus.Submitted);
            other.Accept(new Domain.Common.Actor("khac", "Người khác"), factory.Clock.GetUtcNow());
            await db.SaveChangesAsync();
            return other.Id;
        });
        var now = HtmlForm.Parse(await reviewer.GetStringAsync("/Consolidation/2026"), "assessment-form");
        Assert.NotEqual(drafted, now.Value("Areas[1]"));

        var saved = await form.Set("Areas[3]", Edited).Set("Strengths", "Các đơn vị tích cực hưởng ứng.").Set("Limitations", "Một số đơn vị nộp chậm.")
            .Set("TasksAhead", "Phổ cập kỹ năng số.").Set("Recommendations", "Đề nghị hỗ trợ kinh phí.").PostAsync(reviewer);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        // Only what she changed is kept: the other areas go on following the data.
        var kept = await factory.WithDatabaseAsync(db => db.Set<Domain.Consolidation.ConsolidatedAreaText>().Select(t => new { t.AreaNumber, t.Text }).ToListAsync());
        Assert.Equal(3, Assert.Single(kept).AreaNumber);
        Assert.Equal(Edited, kept[0].Text);
        page = WebUtility.HtmlDecode(await reviewer.GetStringAsync("/Consolidation/2026"));
        Assert.Contains("Chuyên viên đã sửa", page, StringComparison.Ordinal);
        Assert.Contains("Chuyên viên viết lại nội dung (3)", await factory.WithDatabaseAsync(db => db.AuditEntries.Where(a => a.Action == "Sửa báo cáo tổng hợp" && a.EntityId == "2026").Select(a => a.Details).SingleAsync()),
            StringComparison.Ordinal);

        // Trình ký, then the chairman signs: the issued report says what she wrote, and the drafted text elsewhere.
        await HtmlForm.Parse(await reviewer.GetStringAsync("/Consolidation/2026"), "submit-form").Set("reason", "Thành phố đề nghị gửi sớm.").PostAsync(reviewer);
        var chairman = factory.CreatePortalClient();
        await chairman.SignInAsync("chutich@nlb.example");
        Assert.Equal(HttpStatusCode.Redirect, (await HtmlForm.Parse(await chairman.GetStringAsync("/Consolidation/2026"), "approve-form").PostAsync(chairman)).StatusCode);
        var issued = Text(await reviewer.GetByteArrayAsync("/Consolidation/2026/Pdf"));
        Assert.Contains("Số: 01/BC-UBND", issued, StringComparison.Ordinal);
        Assert.Contains(Edited, issued, StringComparison.Ordinal);
        Assert.Matches(@"Năm 2026, có \d+/\d+ cơ quan, đơn vị báo cáo kết quả thực hiện nội dung này\.", issued);

        // The units' own texts come after the body, in Phụ lục IV.
        var narrative = await factory.WithDatabaseAsync(db => db.AnnualReports.Where(r => r.Year == 2026 && r.Status == Domain.Reports.ReportStatus.Accepted)
            .SelectMany(r => r.Sections).Where(s => s.Narrative != null && !s.NoActivity).Select(s => s.Narrative!).FirstAsync());
        var tail = string.Join(" ", narrative.Split(" ", StringSplitOptions.RemoveEmptyEntries).TakeLast(6));
        Assert.True(issued.IndexOf(tail, StringComparison.Ordinal) > issued.IndexOf("KẾT QUẢ CỦA CÁC ĐƠN VỊ THEO TỪNG NỘI DUNG THI ĐUA", StringComparison.Ordinal),
            $"a unit's text (\"{tail}\" at {issued.IndexOf(tail, StringComparison.Ordinal)}) is printed before the annex that holds them (at {issued.IndexOf("KẾT QUẢ CỦA CÁC ĐƠN VỊ THEO TỪNG NỘI DUNG THI ĐUA", StringComparison.Ordinal)})");
        Assert.True(issued.IndexOf("KẾT QUẢ CỦA CÁC ĐƠN VỊ THEO TỪNG NỘI DUNG THI ĐUA", StringComparison.Ordinal) > issued.IndexOf("Nơi nhận:", StringComparison.Ordinal));

        // The issued report no longer follows the data: the form is closed to edits (refused, the form again with what was typed).
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await form.Set("Areas[3]", "Sửa sau khi ký.").PostAsync(reviewer)).StatusCode);
        Assert.Equal(Edited, await factory.WithDatabaseAsync(db => db.Set<Domain.Consolidation.ConsolidatedAreaText>().Select(t => t.Text).SingleAsync()));
    }
}

/// <summary>The sơ kết and tổng kết draft each area over the period and print what the reviewer wrote (issue 28); a portal of its own, so its saved texts are the only ones.</summary>
public class PeriodSynthesisFlowTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static string Text(byte[] pdf) => AreaSynthesisFlowTests.Text(pdf);

    [Fact]
    public async Task A_periods_report_drafts_each_area_over_its_years_compares_the_same_units_and_prints_the_reviewers_text()
    {
        var reviewer = factory.CreatePortalClient();
        await reviewer.SignInAsync("chuyenvien@nlb.example");
        var page = await reviewer.GetStringAsync("/Consolidation/so-ket-2027");
        var form = HtmlForm.Parse(page, "assessment-form");
        // The period is under way in the demo's calendar: its figures are said to go to 2026, never "cả giai đoạn".
        Assert.StartsWith("Trong giai đoạn 2025-2027 (số liệu đến năm 2026), số cơ quan, đơn vị báo cáo kết quả thực hiện nội dung này: năm 2025 có ", form.Value("Areas[1]"), StringComparison.Ordinal);
        Assert.DoesNotContain("cả giai đoạn", form.Value("Areas[6]"), StringComparison.Ordinal);

        // Years still to come are not listed; in area 8 no unit "stands out" for having most security incidents.
        Assert.DoesNotContain("năm 2027 có", form.Value("Areas[1]"), StringComparison.Ordinal);
        Assert.Contains("Số sự cố an toàn thông tin", form.Value("Areas[8]"), StringComparison.Ordinal);
        Assert.DoesNotContain("Dẫn đầu", form.Value("Areas[8]"), StringComparison.Ordinal);

        // People helped to VNeID level 2: 2026 against 2025 over only the units accepted in both years, worked out here from the reports themselves.
        var values = await factory.WithDatabaseAsync(db => (
                from r in db.AnnualReports
                where r.Status == Domain.Reports.ReportStatus.Accepted && (r.Year == 2025 || r.Year == 2026)
                from s in r.Sections
                from v in s.IndicatorValues
                join i in db.Indicators on v.IndicatorId equals i.Id
                where i.Code == "XH01"
                select new { r.UnitId, r.Year, Value = v.Value!.Value })
            .ToListAsync());
        var both = values.Where(v => v.Year == 2025).Select(v => v.UnitId).Intersect(values.Where(v => v.Year == 2026).Select(v => v.UnitId)).ToHashSet();
        Assert.InRange(both.Count, 1, values.Count(v => v.Year == 2025) - 1);
        var before = values.Where(v => v.Year == 2025 && both.Contains(v.UnitId)).Sum(v => v.Value);
        var after = values.Where(v => v.Year == 2026 && both.Contains(v.UnitId)).Sum(v => v.Value);
        Assert.True(after > before, $"{after} after {before}");
        var vi = System.Globalization.CultureInfo.GetCultureInfo("vi-VN");
        var change = decimal.Round((after - before) * 100 / before, 1, MidpointRounding.AwayFromZero).ToString("0.#", vi);
        Assert.Contains($"so sánh trên {both.Count} đơn vị có báo cáo cả hai năm 2025 và 2026, tăng {change}% (từ {before.ToString("#,##0", vi)} người lên {after.ToString("#,##0", vi)} người)",
            form.Value("Areas[6]"), StringComparison.Ordinal);

        // Her text for one area is what the report prints; the others stay as drafted.
        const string periodText = "Sau hai năm, mô hình tổ công nghệ số cộng đồng đã có ở tất cả các thôn của xã.";
        Assert.Equal(HttpStatusCode.Redirect, (await form.Set("Areas[6]", periodText).PostAsync(reviewer)).StatusCode);
        var draft = Text(await reviewer.GetByteArrayAsync("/Consolidation/so-ket-2027/Pdf"));
        Assert.Contains(periodText, draft, StringComparison.Ordinal);
        Assert.Contains("Trong giai đoạn 2025-2027 (số liệu đến năm 2026), số cơ quan, đơn vị báo cáo kết quả thực hiện nội dung này: năm 2025 có", draft, StringComparison.Ordinal);
        Assert.Equal(6, await factory.WithDatabaseAsync(db => db.Set<Domain.Consolidation.ConsolidatedAreaText>().Select(t => t.AreaNumber).SingleAsync()));
    }
}
