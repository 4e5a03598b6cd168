using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NguyenLuongBang.Emulation.Domain.Common;
using NguyenLuongBang.Emulation.Domain.Communes;
using NguyenLuongBang.Emulation.Domain.Consolidation;
using NguyenLuongBang.Emulation.Domain.Documents;
using NguyenLuongBang.Emulation.IntegrationTests.Infrastructure;
using NguyenLuongBang.Emulation.Web.Data.Seeding;
using NguyenLuongBang.Emulation.Web.Data;
using NguyenLuongBang.Emulation.Web.Documents;
using NguyenLuongBang.Emulation.Web.Features.DocumentRegister;
using UglyToad.PdfPig;

namespace NguyenLuongBang.Emulation.IntegrationTests.Communes;

/// <summary>
/// The city's own consolidated report across communes: one officer of the Ban writes it and sends
/// it for signature, another signs it; it is numbered in the city's register (…/BC-BTĐKT), stored
/// once, and downloaded as stored. Runs on SQLite and PostgreSQL.
/// </summary>
public sealed class CityReportTests(CityPortal portal) : IClassFixture<CityPortal>
{
    private const string Page = "/Thanh-pho/Bao-cao-tong-hop/2026";
    private static readonly string Officer = DemoData.CityAccount.Email;
    private static readonly string Head = DemoData.CityHeadAccount.Email;

    private async Task<HttpClient> SignedInAsync(string email)
    {
        await portal.EnsureAsync();
        var client = portal.CreatePortalClient();
        Assert.Equal(HttpStatusCode.Redirect, (await client.SignInAsync(email)).StatusCode);
        return client;
    }

    private static async Task<string> PdfTextAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        using var pdf = PdfDocument.Open(await response.Content.ReadAsByteArrayAsync());
        return string.Join(" ", pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
    }

    internal static Dictionary<string, string> Assessment(string strengths) => new()
    {
        ["Direction"] = "", ["Strengths"] = strengths, ["Limitations"] = "Một số phường còn nộp muộn.",
        ["TasksAhead"] = "Hoàn thành số hóa hồ sơ năm 2027.", ["Recommendations"] = "Đề nghị UBND thành phố bố trí kinh phí.",
    };

    [Fact]
    public async Task One_officer_drafts_and_sends_it_another_signs_it_in_the_citys_register_and_the_stored_copy_is_what_everyone_downloads()
    {
        var officer = await SignedInAsync(Officer);
        var page = await officer.GetStringAsync(Page);
        Assert.Contains("Dự thảo", page, StringComparison.Ordinal);

        // The draft: the Ban's header, the city's place, every commune in the annex, marked as a draft.
        var draft = await PdfTextAsync(officer, Page + ".pdf");
        Assert.Contains("BAN THI ĐUA - KHEN THƯỞNG", draft, StringComparison.Ordinal);
        Assert.Contains("/BC-BTĐKT", draft, StringComparison.Ordinal);
        Assert.Contains("DỰ THẢO", draft, StringComparison.Ordinal);
        Assert.Contains("phường An Hải", draft, StringComparison.Ordinal);
        Assert.Contains("Lương Bằng", draft, StringComparison.Ordinal);
        Assert.Contains("cho 2 trường hợp (2 tập thể); các trường hợp đang được xem xét", draft, StringComparison.Ordinal);

        // Sent without its assessment: refused with the reason, nothing written.
        var early = await officer.PostFormAsync(Page, Page + "/Trinh-ky", new Dictionary<string, string> { ["reason"] = "" });
        Assert.Equal(HttpStatusCode.Redirect, early.StatusCode);
        Assert.Contains("Chưa thể trình ký: còn thiếu phần Ưu điểm", await officer.GetStringAsync(Page), StringComparison.Ordinal);
        using (var inCity = portal.InCommune(portal.CityId))
        {
            Assert.False(await inCity.ServiceProvider.GetRequiredService<AppDbContext>().ConsolidatedReports.AnyAsync(r => r.RoundYear == 2026));
        }


        // Hostile text is kept as text; then sent before the units' deadline only with a reason.
        const string hostile = "Các xã vào cuộc <script>alert('x')</script> đồng bộ.";
        Assert.Equal(HttpStatusCode.Redirect, (await officer.PostFormAsync(Page, Page, Assessment(hostile))).StatusCode);
        await officer.PostFormAsync(Page, Page + "/Trinh-ky", new Dictionary<string, string> { ["reason"] = "" });
        Assert.Contains("Cần ghi lý do trình ký", await officer.GetStringAsync(Page), StringComparison.Ordinal);
        await officer.PostFormAsync(Page, Page + "/Trinh-ky", new Dictionary<string, string> { ["reason"] = "Thành phố cần số liệu để sơ kết." });
        page = await officer.GetStringAsync(Page);
        Assert.Contains("Đã trình ký", page, StringComparison.Ordinal);
        Assert.Contains("id=\"awaiting-leader\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert", page, StringComparison.Ordinal);

        // An officer of the Ban who is not one of its leaders neither signs nor sends it back.
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.PostFormAsync(Page, Page + "/Ky", new Dictionary<string, string> { ["signer"] = "Chairman" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.PostFormAsync(Page, Page + "/Tra-lai", new Dictionary<string, string> { ["comment"] = "Sửa." })).StatusCode);

        // The head signs, twice at once (a double click): one number, one document.
        var head = await SignedInAsync(Head);
        var token = await head.AntiforgeryTokenAsync(Page);
        var clicks = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => head.PostAsync(Page + "/Ky",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["signer"] = "Chairman", ["__RequestVerificationToken"] = token }))));
        Assert.All(clicks, c => Assert.Equal(HttpStatusCode.Redirect, c.StatusCode));
        page = await head.GetStringAsync(Page);
        Assert.Contains("Đã ban hành: số 01/BC-BTĐKT", page, StringComparison.Ordinal);

        // Its history names who signs in the Ban, not a commune's chairman.
        Assert.Contains("Chờ Trưởng Ban ký", System.Net.WebUtility.HtmlDecode(page), StringComparison.Ordinal);
        Assert.DoesNotContain("Chờ Chủ tịch ký", System.Net.WebUtility.HtmlDecode(page), StringComparison.Ordinal);

        string sha;
        string? code;
        using (var inCity = portal.InCommune(portal.CityId))
        {
            var db = inCity.ServiceProvider.GetRequiredService<AppDbContext>();
            var register = await db.DocumentRegister.Where(d => d.Issuer == DocumentNumbers.CityBoard).ToListAsync();
            Assert.Equal(["01/BC-BTĐKT"], register.Select(d => d.Number));
            var report = await db.ConsolidatedReports.SingleAsync(r => r.RoundKind == RoundKind.Annual && r.RoundYear == 2026);
            Assert.Equal(ConsolidatedReportStatus.Issued, report.Status);
            var issued = await db.IssuedDocuments.Include(d => d.Files).ThenInclude(f => f.StoredFile).SingleAsync(d => d.Id == report.DocumentId);
            Assert.Equal(DemoData.CityHeadAccount.FullName, issued.SignerName);
            sha = issued.Files.Single(f => f.Format == IssuedFileFormat.Pdf).StoredFile!.Sha256;
            code = issued.VerificationCode;
            var audit = await db.AuditEntries.Where(e => e.Action == "Ký ban hành báo cáo tổng hợp").ToListAsync();
            Assert.Equal("01/BC-BTĐKT, người ký " + DemoData.CityHeadAccount.FullName, Assert.Single(audit).Details);
        }

        // Nothing of it in the commune's register or its own report.
        using (var inA = portal.InCommune(Commune.FirstId))
        {
            var db = inA.ServiceProvider.GetRequiredService<AppDbContext>();
            Assert.False(await db.DocumentRegister.AnyAsync(d => d.Issuer == DocumentNumbers.CityBoard));
        }

        // Everyone in the Ban downloads the stored copy, byte for byte.
        var bytes = await officer.GetByteArrayAsync(Page + ".pdf");
        Assert.Equal(sha, DocumentIssuer.Sha256(bytes));
        var final = await PdfTextAsync(head, Page + ".pdf");
        Assert.Contains("Số: 01/BC-BTĐKT", final, StringComparison.Ordinal);
        Assert.Contains("TRƯỞNG BAN", final, StringComparison.Ordinal);
        Assert.Contains(DemoData.CityHeadAccount.FullName, final, StringComparison.Ordinal);
        Assert.Contains("Hải Phòng, ngày", final, StringComparison.Ordinal);
        Assert.Contains("Các xã vào cuộc <script>alert('x')</script> đồng bộ.", final, StringComparison.Ordinal);
        Assert.DoesNotContain("DỰ THẢO", final, StringComparison.Ordinal);

        // How rates are added up is said as the table shows them: weighted where units give a total, the median where they do not.
        var normalized = System.Text.RegularExpressions.Regex.Replace(final, @"\s+", " ");
        Assert.Contains("trung vị", normalized, StringComparison.Ordinal);
        Assert.Contains("tỷ lệ lấy bình quân gia quyền theo tổng số khi các đơn vị báo cáo tổng số, trung vị khi không", normalized, StringComparison.Ordinal);
        Assert.DoesNotContain("theo quy tắc tổng hợp của nó", normalized, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await officer.GetAsync(Page + ".docx")).StatusCode);

        // The public check finds it by the code printed on it.
        Assert.NotNull(code);
        var check = await portal.CreatePortalClient().GetStringAsync("/Xac-thuc/" + code);
        Assert.Contains("01/BC-BTĐKT", check, StringComparison.Ordinal);

        // Issued means final: no more editing, sending back or signing.
        await officer.PostFormAsync(Page, Page, Assessment("Sửa sau khi ban hành."));
        var after = await head.PostFormAsync(Page, Page + "/Tra-lai", new Dictionary<string, string> { ["comment"] = "Trả lại." });
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.Equal(sha, DocumentIssuer.Sha256(await officer.GetByteArrayAsync(Page + ".pdf")));
    }

    [Fact]
    public async Task A_leader_who_sent_the_report_for_signature_cannot_sign_it()
    {
        const string page = "/Thanh-pho/Bao-cao-tong-hop/2028";
        var head = await SignedInAsync(Head);
        await head.PostFormAsync(page, page, Assessment("Ưu điểm."));
        await head.PostFormAsync(page, page + "/Trinh-ky", new Dictionary<string, string> { ["reason"] = "Gửi sớm." });
        Assert.Contains("id=\"awaiting-other\"", await head.GetStringAsync(page), StringComparison.Ordinal);

        var self = await head.PostFormAsync(page, page + "/Ky", new Dictionary<string, string> { ["signer"] = "Chairman" });

        Assert.Equal(HttpStatusCode.Redirect, self.StatusCode);
        Assert.Contains("Người trình ký không tự ký", await head.GetStringAsync(page), StringComparison.Ordinal);
        using var inCity = portal.InCommune(portal.CityId);
        var db = inCity.ServiceProvider.GetRequiredService<AppDbContext>();
        Assert.Equal(ConsolidatedReportStatus.AwaitingSignature, await db.ConsolidatedReports.Where(r => r.RoundYear == 2028).Select(r => r.Status).SingleAsync());
        Assert.Null(await db.ConsolidatedReports.Where(r => r.RoundYear == 2028).Select(r => r.Number).SingleAsync());
    }

    [Theory]
    [InlineData("Chairman")]
    [InlineData("7")]
    public async Task A_leader_without_a_signing_office_cannot_sign_whatever_title_the_form_names_and_nothing_is_numbered(string signer)
    {
        const string page = "/Thanh-pho/Bao-cao-tong-hop/2029";
        var officer = await SignedInAsync(Officer);
        await officer.PostFormAsync(page, page, Assessment("Ưu điểm."));
        await officer.PostFormAsync(page, page + "/Trinh-ky", new Dictionary<string, string> { ["reason"] = "Gửi sớm." });
        var email = $"lanhdao-{signer.ToLowerInvariant()}@haiphong.example";
        using (var inCity = portal.InCommune(portal.CityId))
        {
            var users = inCity.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Web.Identity.AppUser>>();
            var leader = new Web.Identity.AppUser { UserName = email, Email = email, EmailConfirmed = true, FullName = "Lãnh Đạo Chưa Giao" };
            Assert.True((await users.CreateAsync(leader, DemoData.Password)).Succeeded);
            Assert.True((await users.AddToRolesAsync(leader, [Web.Identity.Roles.City, Web.Identity.Roles.CityLeader])).Succeeded);
        }

        var unassigned = await SignedInAsync(email);
        Assert.Contains("chưa được giao chức vụ Trưởng Ban", System.Net.WebUtility.HtmlDecode(await unassigned.GetStringAsync(page)), StringComparison.Ordinal);

        // The title a form names (a tampered one included) chooses nothing: the account's office does.
        var refused = await unassigned.PostFormAsync(page, page + "/Ky", new Dictionary<string, string> { ["signer"] = signer });

        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Contains("tài khoản của bạn chưa được giao chức vụ đó", System.Net.WebUtility.HtmlDecode(await unassigned.GetStringAsync(page)), StringComparison.Ordinal);
        using var inCityAfter = portal.InCommune(portal.CityId);
        var db = inCityAfter.ServiceProvider.GetRequiredService<AppDbContext>();
        var report = await db.ConsolidatedReports.SingleAsync(r => r.RoundYear == 2029);
        Assert.Equal((ConsolidatedReportStatus.AwaitingSignature, (string?)null), (report.Status, report.Number));
    }

    [Fact]
    public async Task A_too_long_part_comes_back_with_a_vietnamese_message_and_what_was_typed()
    {
        var officer = await SignedInAsync(Officer);
        var typed = Assessment(new string('x', ConsolidatedReport.SectionMaxLength + 1));
        typed["Limitations"] = "Giữ lại đoạn đã gõ này.";
        var refused = await officer.PostFormAsync("/Thanh-pho/Bao-cao-tong-hop/2027", "/Thanh-pho/Bao-cao-tong-hop/2027", typed);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var html = await refused.Content.ReadAsStringAsync();
        Assert.Contains("tối đa", html, StringComparison.Ordinal);
        Assert.Contains("Giữ lại đoạn đã gõ này.", html, StringComparison.Ordinal);
        using var inCity = portal.InCommune(portal.CityId);
        Assert.False(await inCity.ServiceProvider.GetRequiredService<AppDbContext>().ConsolidatedReports.AnyAsync(r => r.RoundYear == 2027));
    }

    [Theory]
    [InlineData("/Thanh-pho/Bao-cao-tong-hop/2019")]
    [InlineData("/Thanh-pho/Bao-cao-tong-hop/2031.pdf")]
    public async Task A_year_outside_the_movement_is_not_found(string url) =>
        Assert.Equal(HttpStatusCode.NotFound, (await (await SignedInAsync(Officer)).GetAsync(url)).StatusCode);

    [Theory]
    [InlineData("chuyenvien@nlb.example")]
    [InlineData("chutich@nlb.example")]
    [InlineData(CityPortal.AdminB)]
    public async Task A_communes_accounts_cannot_open_or_sign_the_citys_report(string email)
    {
        var commune = await SignedInAsync(email);
        Assert.Equal(HttpStatusCode.Forbidden, (await commune.GetAsync(Page)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await commune.GetAsync(Page + ".pdf")).StatusCode);
        var post = await commune.PostFormAsync("/", Page + "/Ky", new Dictionary<string, string> { ["signer"] = "Chairman" });
        Assert.Equal(HttpStatusCode.Forbidden, post.StatusCode);
    }
}
