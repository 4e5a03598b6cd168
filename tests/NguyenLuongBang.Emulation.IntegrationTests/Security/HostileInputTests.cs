using System.Globalization;
using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using NguyenLuongBang.Emulation.Domain.Reports;
using NguyenLuongBang.Emulation.IntegrationTests.Infrastructure;
using NguyenLuongBang.Emulation.IntegrationTests.Reports;

namespace NguyenLuongBang.Emulation.IntegrationTests.Security;

/// <summary>
/// What an attacker or a careless hand might send, through HTTP: each gets a clear Vietnamese
/// answer, nothing half-stored, and the typed text back.
/// </summary>
public class HostileInputTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Script = "<script>alert('xss')</script><img src=x onerror=alert(1)>";
    private const string Encoded = "&lt;script&gt;alert(&#x27;xss&#x27;)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;";

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    private async Task<(HttpClient Client, int ReportId)> UnitReportAsync(string email)
    {
        var client = factory.CreatePortalClient();
        await client.SignInAsync(email);
        return (client, await client.StartAsync(2026));
    }

    private Task<string> FieldOfAsync(HtmlForm form, string indicatorCode) => factory.WithDatabaseAsync(async db =>
    {
        var id = Id(await db.Indicators.Where(i => i.Code == indicatorCode).Select(i => i.Id).SingleAsync());
        var hidden = form.Fields.First(f => f.Key.EndsWith(".IndicatorId", StringComparison.Ordinal) && f.Value == id).Key;
        return hidden[..^".IndicatorId".Length] + ".Value";
    });

    [Fact]
    public async Task Script_typed_into_text_fields_is_stored_as_typed_and_shown_encoded()
    {
        var (unit, reportId) = await UnitReportAsync("vanphong@nlb.example");
        var form = (await unit.EditFormAsync(reportId)).Narrative(factory, 1, Script).Set("Difficulties", Script);
        Assert.Equal(HttpStatusCode.Redirect, (await form.SaveAsync(unit)).StatusCode);
        Assert.Equal(Script, await factory.WithDatabaseAsync(db => db.AnnualReports.Where(r => r.Id == reportId).Select(r => r.Difficulties).SingleAsync()));
        foreach (var page in new[] { $"/Reports/Edit/{Id(reportId)}", $"/Reports/Details/{Id(reportId)}" })
        {
            var html = await unit.GetStringAsync(page);
            Assert.Contains(Encoded, html);
            Assert.DoesNotContain("<script>alert(", html);
        }

        var reviewer = factory.CreatePortalClient();
        await reviewer.SignInAsync("chuyenvien@nlb.example");
        var nomination = await HtmlForm.Parse(await reviewer.GetStringAsync("/Nominations/2025/New"), "nomination-form")
            .Set("Kind", "Individual").Set("Gender", "Female").Set("NomineeName", Script).Set("Achievement", Script).PostAsync(reviewer);
        Assert.Equal(HttpStatusCode.Redirect, nomination.StatusCode);
        var list = await reviewer.GetStringAsync("/Nominations/2025");
        Assert.DoesNotContain("<script>alert(", list);
        Assert.Contains("&lt;script&gt;", list);
        Assert.DoesNotContain("<script>alert(", await reviewer.GetStringAsync("/Awards/History?q=" + Uri.EscapeDataString("<script>")));
    }

    [Theory]
    [InlineData("TT01", "-5", "phải là số nguyên không âm")]
    [InlineData("TT01", "2,5", "phải là số nguyên không âm")]
    [InlineData("TT01", "NaN", "không phải là số")]
    [InlineData("TT01", "1e400", "không phải là số")]
    [InlineData("TT01", "99999999999999999999999999999999999", "không phải là số")]
    [InlineData("TT01", "1,234.5", "không phải là số")]
    [InlineData("TT01", "١٢٣", "không phải là số")]
    [InlineData("CP01", "150", "tỷ lệ phải từ 0 đến 100")]
    [InlineData("CP01", "-0,5", "tỷ lệ phải từ 0 đến 100")]
    [InlineData("TT01", "79228162514264337593543950335", "tối đa 10.000.000")]
    [InlineData("TT01", "99999999999999999999", "tối đa 10.000.000")]
    [InlineData("TT01", "12.345.678,9", "tối đa 10.000.000")]
    [InlineData("TT01", "0,0000001", "phải là số nguyên không âm")]
    [InlineData("TT01", "1.5e3", "không phải là số")]
    [InlineData("TT01", "Infinity", "không phải là số")]
    [InlineData("TT01", "１２３", "không phải là số")]
    [InlineData("CP01", "100,01", "tỷ lệ phải từ 0 đến 100")]
    [InlineData("CP03", "1.000.000.000,01", "số tiền phải từ 0 đến 1.000.000.000")]
    [InlineData("CP03", "12,345", "tối đa 2 chữ số thập phân")]
    public async Task Numbers_that_are_not_what_the_indicator_takes_are_refused_and_the_typing_kept(string code, string typed, string message)
    {
        // An office: every indicator of the plan applies to it, the rate of online procedures too.
        var (unit, reportId) = await UnitReportAsync(await factory.UnitLikeAsync("vanphong@nlb.example"));
        var form = await unit.EditFormAsync(reportId);
        var before = await factory.WithDatabaseAsync(db => db.Set<IndicatorValue>().CountAsync());
        const string narrative = "Đơn vị đã tổ chức 12 buổi tuyên truyền.";
        form.Narrative(factory, 1, narrative).Set(await FieldOfAsync(form, code), typed);

        var response = await form.SaveAsync(unit);

        Assert.NotEqual(HttpStatusCode.Redirect, response.StatusCode); // the form comes back, not "saved"
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains(message, html);
        Assert.Contains($"value=\"{System.Net.WebUtility.HtmlEncode(typed)}\"", html.Replace("&#x2C;", ",", StringComparison.Ordinal));
        Assert.Contains(narrative, html);
        Assert.Equal(before, await factory.WithDatabaseAsync(db => db.Set<IndicatorValue>().CountAsync()));
        // Issue 34: the wrong box alone is kept back; the rest of the draft (the narrative) is saved.
        Assert.Contains(narrative, await factory.WithDatabaseAsync(db => db.Set<ReportAreaSection>().Where(s => s.AnnualReportId == reportId).Select(s => s.Narrative ?? string.Empty).ToListAsync()));
    }

    [Trait(Engines.Trait, Engines.Sqlite)]
    [Fact]
    public async Task A_value_stored_before_values_had_ranges_opens_and_can_be_corrected()
    {
        var (unit, reportId) = await UnitReportAsync("tieuhoc@nlb.example");
        var form = (await unit.EditFormAsync(reportId)).Narrative(factory, 1, "Có số liệu.");
        var field = await FieldOfAsync(form, "TT01");
        Assert.Equal(HttpStatusCode.Redirect, (await form.Set(field, "12").SaveAsync(unit)).StatusCode);

        // What SQLite took before: a REAL no decimal can hold.
        var valueId = await factory.WithDatabaseAsync(db => db.Set<IndicatorValue>().Where(v => db.Indicators.Any(i => i.Id == v.IndicatorId && i.Code == "TT01") && db.Set<ReportAreaSection>().Any(s => s.Id == v.ReportAreaSectionId && s.AnnualReportId == reportId)).Select(v => v.Id).SingleAsync());
        await factory.WithDatabaseAsync(db => db.Database.ExecuteSqlAsync($"UPDATE IndicatorValues SET Value = 7.9228162514264338e28 WHERE Id = {valueId}"));

        var reviewer = factory.CreatePortalClient();
        await reviewer.SignInAsync("chuyenvien@nlb.example");
        foreach (var (client, page) in new[] { (unit, $"/Reports/Edit/{Id(reportId)}"), (unit, $"/Reports/Details/{Id(reportId)}"), (reviewer, $"/Reports/Details/{Id(reportId)}"), (reviewer, "/Review?year=2026"), (reviewer, "/Dashboard?year=2026"), (reviewer, "/Consolidation/2026") })
        {
            var response = await client.GetAsync(page);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{page}: {(int)response.StatusCode}");
        }

        var again = await unit.EditFormAsync(reportId);
        Assert.NotEqual(HttpStatusCode.Redirect, (await again.SaveAsync(unit)).StatusCode); // the absurd figure is refused, not saved again
        Assert.Equal(HttpStatusCode.Redirect, (await (await unit.EditFormAsync(reportId)).Set(field, "15").SaveAsync(unit)).StatusCode);
        Assert.Equal(15m, await factory.WithDatabaseAsync(db => db.Set<IndicatorValue>().Where(v => v.Id == valueId).Select(v => v.Value).SingleAsync()));
    }

    [Theory]
    [InlineData("Targets", "79228162514264337593543950335", "tối đa 10.000.000")]
    [InlineData("Targets", "99999999999999999999", "tối đa 10.000.000")]
    [InlineData("Targets", "Infinity", "không phải là số")]
    [InlineData("Areas", "9999", "Nội dung thi đua đã chọn không hợp lệ")]
    [InlineData("Areas", "-1", "Nội dung thi đua đã chọn không hợp lệ")]
    [InlineData("Areas", "tám", "Nội dung thi đua đã chọn không hợp lệ")]
    public async Task A_registration_with_values_it_cannot_hold_is_refused_and_the_page_still_opens(string field, string typed, string message)
    {
        var unit = factory.CreatePortalClient();
        await unit.SignInAsync("htx@nlb.example");
        var indicator = Id(await factory.WithDatabaseAsync(db => db.Indicators.Where(i => i.Code == "TT01").Select(i => i.Id).SingleAsync()));
        var area = Id(await factory.WithDatabaseAsync(db => db.ContentAreas.Where(a => a.Number == 1).Select(a => a.Id).SingleAsync()));
        var before = await factory.WithDatabaseAsync(db => db.Registrations.CountAsync());
        var form = HtmlForm.Parse(await unit.GetStringAsync("/Registration/2026"), "registration-form").Set("Areas", area).Set($"Targets[{indicator}]", "40");
        form = field == "Targets" ? form.Set($"Targets[{indicator}]", typed) : form.Add("Areas", typed);

        var response = await form.PostAsync(unit, "intent", "submit");

        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.UnprocessableEntity or HttpStatusCode.BadRequest, $"answered {(int)response.StatusCode}");
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains(message, html);
        if (field == "Targets")
        {
            Assert.Contains($"value=\"{typed}\"", html);
        }

        Assert.Equal(before, await factory.WithDatabaseAsync(db => db.Registrations.CountAsync()));
        Assert.Equal(HttpStatusCode.OK, (await unit.GetAsync("/Registration/2026")).StatusCode);
    }

    [Theory]
    [InlineData("2026-02-31")]
    [InlineData("31/02/2026")]
    [InlineData("2026-13-01")]
    public async Task An_objection_on_a_day_that_does_not_exist_is_refused_not_dated_today(string receivedOn)
    {
        var reviewer = factory.CreatePortalClient();
        await reviewer.SignInAsync("chuyenvien@nlb.example");
        var created = await HtmlForm.Parse(await reviewer.GetStringAsync("/Nominations/2026/New"), "nomination-form")
            .Set("Kind", "Household").Set("NomineeName", "Hộ ông Vũ Văn Phản").Set("Achievement", "Dùng dịch vụ công trực tuyến.").PostAsync(reviewer);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var id = await factory.WithDatabaseAsync(db => db.Nominations.Where(n => n.NomineeName == "Hộ ông Vũ Văn Phản").OrderByDescending(n => n.Id).Select(n => n.Id).FirstAsync());
        await reviewer.PostFormAsync("/Nominations/2026", $"/Nominations/2026/{Id(id)}/Post", new Dictionary<string, string>());

        var response = await reviewer.PostFormAsync("/Nominations/2026", $"/Nominations/2026/{Id(id)}/Objections",
            new Dictionary<string, string> { ["fromWhom"] = "Bà Lê Thị Hỏi", ["content"] = "Chưa đúng.", ["receivedOn"] = receivedOn });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("không hợp lệ", await response.Content.ReadAsStringAsync());
        Assert.False(await factory.WithDatabaseAsync(db => db.Set<Domain.Nominations.NominationObjection>().AnyAsync(o => o.FromWhom == "Bà Lê Thị Hỏi")));
    }

    [Fact]
    public async Task A_refused_commendation_comes_back_with_what_was_typed_and_nothing_stored()
    {
        var (unit, reportId) = await UnitReportAsync("tieuhoc@nlb.example");
        var before = await factory.WithDatabaseAsync(db => db.Set<ProposedCommendation>().CountAsync());
        const string achievement = "Cô giáo dạy tin học cho 300 học sinh <em>và</em> phụ huynh.";

        var response = await HtmlForm.Parse(await unit.GetStringAsync($"/Reports/Edit/{Id(reportId)}"), "report-form").To($"/Reports/{Id(reportId)}/Propose")
            .Set("NomineeName", "   ").Set("Position", "Giáo viên").Set("Achievement", achievement).PostAsync(unit);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("alert-danger", html);
        Assert.Contains("Cô giáo dạy tin học cho 300 học sinh &lt;em&gt;và&lt;/em&gt; phụ huynh.", html);
        Assert.Contains("value=\"Giáo viên\"", html);
        Assert.Equal(before, await factory.WithDatabaseAsync(db => db.Set<ProposedCommendation>().CountAsync()));
    }

    [Fact]
    public async Task Overlong_text_is_refused_with_the_text_kept_and_nothing_stored()
    {
        var reviewer = factory.CreatePortalClient();
        await reviewer.SignInAsync("chuyenvien@nlb.example");
        var name = new string('Ạ', 201);
        var response = await HtmlForm.Parse(await reviewer.GetStringAsync("/Nominations/2026/New"), "nomination-form")
            .Set("Kind", "Household").Set("NomineeName", name).Set("Achievement", "Hộ gia đình mẫu mực.").PostAsync(reviewer);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Tên dài quá 200 ký tự", html);
        Assert.Contains(name, html);
        Assert.Contains("Hộ gia đình mẫu mực.", html);
        Assert.False(await factory.WithDatabaseAsync(db => db.Nominations.AnyAsync(n => n.RoundYear == 2026 && n.Achievement == "Hộ gia đình mẫu mực.")));
    }

    [Theory]
    [InlineData("0001-01-01")]
    [InlineData("9999-12-31")]
    [InlineData("26/11/2026")]
    public async Task Dates_out_of_range_or_shape_get_a_clear_answer(string heldOn)
    {
        var reviewer = factory.CreatePortalClient();
        await reviewer.SignInAsync("chuyenvien@nlb.example");
        var sessions = await factory.WithDatabaseAsync(db => db.CouncilSessions.CountAsync());

        var response = await HtmlForm.Parse(await reviewer.GetStringAsync("/Council/New?round=2026"), "session-form").Set("heldOn", heldOn).PostAsync(reviewer);

        // The form comes back with why, answered 422 as every refused form.
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("alert-danger", html);
        Assert.Equal(sessions, await factory.WithDatabaseAsync(db => db.CouncilSessions.CountAsync()));
    }

    [Fact]
    public async Task Two_submits_of_one_report_at_once_store_one_submission()
    {
        var (unit, reportId) = await UnitReportAsync("htx@nlb.example");
        var form = (await unit.EditFormAsync(reportId)).FillAll(factory);

        var answers = await Task.WhenAll(form.SubmitAsync(unit), form.SubmitAsync(unit));

        Assert.Contains(answers, a => a.StatusCode == HttpStatusCode.Redirect);
        Assert.All(answers, a => Assert.True((int)a.StatusCode < 500, $"answered {(int)a.StatusCode}"));
        Assert.Equal(1, await factory.WithDatabaseAsync(db => db.ReportVersions.CountAsync(v => v.AnnualReportId == reportId)));
        Assert.Equal(1, await factory.WithDatabaseAsync(db => db.ReportStatusChanges.CountAsync(h => h.AnnualReportId == reportId && h.To == ReportStatus.Submitted)));
    }

    [Fact]
    public async Task A_zip_bomb_dressed_as_a_word_file_is_refused_unopened()
    {
        var (unit, reportId) = await UnitReportAsync("vanphong@nlb.example");
        using var bomb = new MemoryStream();
        using (var zip = new ZipArchive(bomb, ZipArchiveMode.Create, leaveOpen: true))
        {
            using (var types = new StreamWriter(zip.CreateEntry("[Content_Types].xml").Open()))
            {
                await types.WriteAsync("<Types/>");
            }

            await using var document = zip.CreateEntry("word/document.xml", CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < 200; i++)
            {
                await document.WriteAsync(zeros);
            }
        }

        Assert.True(bomb.Length < 2 * 1024 * 1024, "200 MB of zeros compress to well under 2 MB");
        var token = await unit.AntiforgeryTokenAsync($"/Reports/Edit/{Id(reportId)}");
        using var content = new MultipartFormDataContent();
        var file = new ByteArrayContent(bomb.ToArray());
        file.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        content.Add(file, "file", "bao-cao.docx");
        content.Add(new StringContent(token), "__RequestVerificationToken");
        var response = await unit.PostAsync($"/Reports/{Id(reportId)}/Upload", content);

        Assert.True((int)response.StatusCode is 302 or 422, $"answered {(int)response.StatusCode}");
        Assert.False(await factory.WithDatabaseAsync(db => db.StoredFiles.AnyAsync(f => f.FileName == "bao-cao.docx")));
        var page = response.StatusCode == HttpStatusCode.Redirect ? await unit.GetStringAsync(response.Headers.Location!.OriginalString) : await response.Content.ReadAsStringAsync();
        Assert.Contains("không đúng", page);
    }

    [Fact]
    public async Task A_zip_bomb_sent_as_an_account_import_is_refused_unopened()
    {
        var admin = factory.CreatePortalClient();
        await admin.SignInAsync("quantri@nlb.example");
        using var bomb = new MemoryStream();
        using (var zip = new ZipArchive(bomb, ZipArchiveMode.Create, leaveOpen: true))
        {
            zip.CreateEntry("[Content_Types].xml");
            zip.CreateEntry("xl/workbook.xml");
            await using var sheet = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < 150; i++)
            {
                await sheet.WriteAsync(zeros);
            }
        }

        var token = await admin.AntiforgeryTokenAsync("/Admin/Users/Import");
        using var content = new MultipartFormDataContent();
        content.Add(new ByteArrayContent(bomb.ToArray()), "file", "tai-khoan.xlsx");
        content.Add(new StringContent(token), "__RequestVerificationToken");
        var response = await admin.PostAsync("/Admin/Users/Import/Preview", content);

        Assert.Contains("Không đọc được tệp", await response.Content.ReadAsStringAsync());
    }
}
