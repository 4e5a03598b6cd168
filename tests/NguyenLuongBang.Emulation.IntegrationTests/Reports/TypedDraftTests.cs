using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using NguyenLuongBang.Emulation.Domain.Reports;
using NguyenLuongBang.Emulation.IntegrationTests.Infrastructure;

namespace NguyenLuongBang.Emulation.IntegrationTests.Reports;

/// <summary>
/// Issue 34: what a unit types in its report is never lost by another action of the page (adding a
/// proposal, uploading or removing evidence), a draft with one wrong value keeps the rest, and a
/// submitted report has a receipt and a PDF the unit keeps.
/// </summary>
public partial class TypedDraftTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private async Task<(HttpClient Client, int ReportId, HtmlForm Form)> UnitAsync(string demoEmail = "htx@nlb.example")
    {
        var client = factory.CreatePortalClient();
        await client.SignInAsync(await factory.UnitLikeAsync(demoEmail));
        var id = await client.StartAsync(2026);
        return (client, id, await client.EditFormAsync(id));
    }

    private Task<string?> NarrativeAsync(int reportId, int area) =>
        factory.WithDatabaseAsync(db => db.Set<ReportAreaSection>().Where(s => s.AnnualReportId == reportId && s.AreaNumber == area).Select(s => s.Narrative).SingleAsync());

    private Task<int> IndicatorAsync(string code) => factory.WithDatabaseAsync(db => db.Indicators.Where(i => i.Code == code).Select(i => i.Id).SingleAsync());

    [Fact]
    public async Task Adding_a_proposal_saves_the_text_typed_in_the_report_with_it()
    {
        var (client, id, form) = await UnitAsync();
        // A cooperative is not asked what only offices report (the training of civil servants).
        var civilServants = (await IndicatorAsync("HS02")).ToString(CultureInfo.InvariantCulture);
        Assert.DoesNotContain(form.Fields, f => f.Key.EndsWith(".IndicatorId", StringComparison.Ordinal) && f.Value == civilServants);
        form.Narrative(factory, 4, "Số hóa 1.250 hồ sơ xã viên trong năm.")
            .Set("Kind", "Individual").Set("NomineeName", "Lê Văn Tâm").Set("Gender", "Male").Set("Achievement", "Đưa sản phẩm của hợp tác xã lên sàn thương mại điện tử.");

        using var content = new FormUrlEncodedContent(form.Fields);
        var response = await client.PostAsync($"/Reports/{id}/Propose", content);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("Số hóa 1.250 hồ sơ xã viên trong năm.", await NarrativeAsync(id, 4));
        Assert.Equal("Lê Văn Tâm", await factory.WithDatabaseAsync(db => db.AnnualReports.Where(r => r.Id == id).SelectMany(r => r.ProposedCommendations).Select(c => c.NomineeName).SingleAsync()));
        var page = WebUtility.HtmlDecode(await client.GetStringAsync($"/Reports/Edit/{id}"));
        Assert.Contains("Số hóa 1.250 hồ sơ xã viên trong năm.", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Uploading_evidence_saves_the_typed_text_and_a_wrong_proposal_keeps_both_the_text_and_the_proposal()
    {
        var (client, id, form) = await UnitAsync();
        form.Narrative(factory, 2, "Mở 2 lớp kỹ năng số cho xã viên.");
        using (var multipart = new MultipartFormDataContent())
        {
            foreach (var (name, value) in form.Fields)
            {
                multipart.Add(new StringContent(value), name);
            }

            multipart.Add(new ByteArrayContent(EvidenceSamples.Pdf), "file", "danh-sach-lop.pdf");
            var uploaded = await client.PostAsync($"/Reports/{id}/Upload", multipart);
            Assert.Equal(HttpStatusCode.Redirect, uploaded.StatusCode);
        }

        Assert.Equal("Mở 2 lớp kỹ năng số cho xã viên.", await NarrativeAsync(id, 2));
        Assert.Equal(1, await factory.WithDatabaseAsync(db => db.AnnualReports.Where(r => r.Id == id).SelectMany(r => r.Attachments).CountAsync()));

        // A proposal without its achievement: refused with the reason; the report's text typed since is saved, the proposal's kept in its fields.
        var again = await client.EditFormAsync(id);
        again.Narrative(factory, 3, "Đề xuất quy trình nhận đơn hàng trực tuyến.").Set("NomineeName", "Tổ sản xuất số 2").Set("Kind", "Collective").Set("Achievement", "");
        using var proposal = new FormUrlEncodedContent(again.Fields);
        var refused = await client.PostAsync($"/Reports/{id}/Propose", proposal);
        var page = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Contains("Vui lòng nêu thành tích.", page, StringComparison.Ordinal);
        Assert.Contains("value=\"Tổ sản xuất số 2\"", page, StringComparison.Ordinal);
        Assert.Contains("Đề xuất quy trình nhận đơn hàng trực tuyến.", page, StringComparison.Ordinal);
        Assert.Equal("Đề xuất quy trình nhận đơn hàng trực tuyến.", await NarrativeAsync(id, 3));
        // The page it answers carries the stamp of what was saved: saving again from it is not a conflict.
        Assert.Equal(HttpStatusCode.Redirect, (await HtmlForm.Parse(page, "report-form").SaveAsync(client)).StatusCode);
    }

    [Fact]
    public async Task A_proposal_added_on_a_page_someone_else_saved_since_waits_with_everything_typed_kept()
    {
        var (client, id, stale) = await UnitAsync();
        var fresh = await client.EditFormAsync(id);
        Assert.Equal(HttpStatusCode.Redirect, (await fresh.Narrative(factory, 1, "Bản của người kia.").SaveAsync(client)).StatusCode);

        stale.Narrative(factory, 1, "Bản của tôi.").Set("NomineeName", "Tổ sản xuất số 3").Set("Kind", "Collective").Set("Achievement", "Bán hàng trên sàn.");
        using var content = new FormUrlEncodedContent(stale.Fields);
        var response = await client.PostAsync($"/Reports/{id}/Propose", content);
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("Đề nghị khen thưởng chưa được thêm.", page, StringComparison.Ordinal);
        Assert.Contains("value=\"Tổ sản xuất số 3\"", page, StringComparison.Ordinal);
        Assert.Contains("Bán hàng trên sàn.", page, StringComparison.Ordinal);
        Assert.Contains("Bản của tôi.", page, StringComparison.Ordinal);
        Assert.Contains("data-unsaved=\"true\"", page, StringComparison.Ordinal);
        Assert.Equal("Bản của người kia.", await NarrativeAsync(id, 1));
        Assert.Equal(0, await factory.WithDatabaseAsync(db => db.AnnualReports.Where(r => r.Id == id).SelectMany(r => r.ProposedCommendations).CountAsync()));
    }

    [Fact]
    public async Task A_draft_with_one_wrong_value_saves_the_rest_and_marks_that_field_where_it_is()
    {
        var (client, id, form) = await UnitAsync("tieuhoc@nlb.example");
        var sessions = await IndicatorAsync("TT01");
        var area = form.AreaIndex(factory, 1);
        var valueField = form.Fields.Single(f => f.Key.StartsWith($"Areas[{area}].Indicators[", StringComparison.Ordinal) && f.Key.EndsWith(".IndicatorId", StringComparison.Ordinal)
            && f.Value == sessions.ToString(CultureInfo.InvariantCulture)).Key.Replace(".IndicatorId", ".Value", StringComparison.Ordinal);
        form.Narrative(factory, 1, "Tổ chức 12 buổi tuyên truyền.").Narrative(factory, 2, "Mở 3 lớp kỹ năng số.").Set(valueField, "45,5");

        var response = await form.SaveAsync(client);
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Tổ chức 12 buổi tuyên truyền.", await NarrativeAsync(id, 1));
        Assert.Equal("Mở 3 lớp kỹ năng số.", await NarrativeAsync(id, 2));
        Assert.False(await factory.WithDatabaseAsync(db => db.Set<ReportAreaSection>().Where(s => s.AnnualReportId == id).SelectMany(s => s.IndicatorValues).AnyAsync(v => v.IndicatorId == sessions && v.Value != null)));
        // The wrong box keeps what was typed, is marked and carries its message; the summary links to it.
        var box = InputWithId().Matches(page).Select(m => m.Value).Single(i => i.Contains($"id=\"value-{sessions}\"", StringComparison.Ordinal));
        Assert.Contains("is-invalid", box, StringComparison.Ordinal);
        Assert.Contains("value=\"45,5\"", box, StringComparison.Ordinal);
        Assert.Contains("aria-invalid=\"true\"", box, StringComparison.Ordinal);
        Assert.Matches($"id=\"value-{sessions}-error\"[^>]*>[^<]*số nguyên", page);
        Assert.Contains($"href=\"#value-{sessions}\"", page, StringComparison.Ordinal);
        Assert.Contains("Đã lưu các phần hợp lệ", page, StringComparison.Ordinal);
        // Saving again from that page (the wrong value corrected) is not a conflict: its stamp is the saved one.
        var corrected = HtmlForm.Parse(page, "report-form").Set(valueField, "45");
        Assert.Equal(HttpStatusCode.Redirect, (await corrected.SaveAsync(client)).StatusCode);
    }

    [Fact]
    public async Task A_submitted_report_has_a_receipt_and_a_pdf_the_unit_keeps()
    {
        var (client, id, form) = await UnitAsync("tieuhoc@nlb.example");
        var submitted = await form.FillAll(factory, "Nhà trường thực hiện").SubmitAsync(client);
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);

        var details = WebUtility.HtmlDecode(await client.GetStringAsync($"/Reports/Details/{id}"));
        var receipt = Receipt().Match(details);
        Assert.True(receipt.Success, "The submitted report shows its receipt number.");
        Assert.Contains($"href=\"/Reports/{id}/Pdf\"", details, StringComparison.Ordinal);

        var pdf = await (await client.GetAsync($"/Reports/{id}/Pdf")).PdfTextAsync();
        Assert.Contains(receipt.Groups[1].Value, pdf, StringComparison.Ordinal);
        Assert.Contains("Nhà trường thực hiện nội dung 3.", pdf, StringComparison.Ordinal);
        Assert.Contains("BÁO CÁO", pdf, StringComparison.Ordinal);

        // Another unit cannot read it.
        var other = factory.CreatePortalClient();
        await other.SignInAsync("htx@nlb.example");
        Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync($"/Reports/{id}/Pdf")).StatusCode);
    }

    [GeneratedRegex("<(?:input|select|textarea)[^>]*>")]
    private static partial Regex InputWithId();

    [GeneratedRegex(@"Số biên nhận:?\s*(?:<[^>]+>)*\s*(BN-\d{4}-\d+-\d+)")]
    private static partial Regex Receipt();
}
