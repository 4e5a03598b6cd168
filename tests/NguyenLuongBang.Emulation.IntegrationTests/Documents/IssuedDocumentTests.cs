using System.Net;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NguyenLuongBang.Emulation.Domain.Consolidation;
using NguyenLuongBang.Emulation.Domain.Documents;
using NguyenLuongBang.Emulation.IntegrationTests.Infrastructure;
using NguyenLuongBang.Emulation.Web.Documents;
using NguyenLuongBang.Emulation.Web.Features.DocumentRegister;
using NguyenLuongBang.Emulation.Web.Infrastructure;
using UglyToad.PdfPig;

namespace NguyenLuongBang.Emulation.IntegrationTests.Documents;

/// <summary>What the portal issues is frozen: stored at issue with its hashes, served byte for byte, signed by who the record says.</summary>
public class IssuedDocumentTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static string Sha256(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    private async Task<HttpClient> AsAsync(string email)
    {
        var client = factory.CreatePortalClient();
        await client.SignInAsync(email);
        return client;
    }

    /// <summary>Every download of the demo's finished 2025 round, by URL.</summary>
    private async Task<IReadOnlyList<string>> IssuedUrlsAsync()
    {
        var (decision, lines, session, proposal, toCity) = await factory.WithDatabaseAsync(async db => (
            await db.AwardDecisions.Where(d => d.RoundYear == 2025).Select(d => d.Id).SingleAsync(),
            await db.AwardDecisions.Where(d => d.RoundYear == 2025).SelectMany(d => d.Lines).Select(l => l.Id).ToListAsync(),
            await db.CouncilSessions.Where(s => s.MinutesNumber != null).Select(s => s.Id).SingleAsync(),
            await db.Submissions.Where(s => s.RoundYear == 2025 && s.Target == Domain.Awards.SubmissionTarget.Chairman).Select(s => s.Id).SingleAsync(),
            await db.Submissions.Where(s => s.RoundYear == 2025 && s.Target == Domain.Awards.SubmissionTarget.City).Select(s => s.Id).SingleAsync()));
        return
        [
            "/Consolidation/2025/Pdf", "/Consolidation/2025/Word", "/Awards/2025/Proposal.pdf?target=Chairman", $"/Council/{session}/Minutes.pdf",
            $"/Council/{session}/Minutes.docx", $"/Awards/2025/Proposal/{proposal}.pdf", $"/Awards/2025/Proposal/{proposal}.docx",
            "/Awards/2025/Proposal.pdf?target=City", $"/Awards/2025/Proposal/{toCity}.pdf", $"/Awards/2025/Proposal/{toCity}.docx",
            $"/Awards/2025/Decision/{decision}.pdf", $"/Awards/2025/Decision/{decision}.docx", $"/Awards/2025/Decision/{decision}/Certificates.pdf",
            .. lines.Select(l => $"/Awards/2025/Decision/{decision}/Certificates.pdf?line={l}"),
        ];
    }

    [Fact]
    public async Task The_demo_holds_a_finished_2025_round_every_document_stored_with_its_hash()
    {
        var chairman = await AsAsync("chutich@nlb.example");
        var stored = await factory.WithDatabaseAsync(db => db.IssuedDocuments.Include(d => d.Files).ThenInclude(f => f.StoredFile).ToListAsync());

        Assert.Equal(
            [IssuedDocumentKind.ConsolidatedReport, IssuedDocumentKind.OfficeSubmission, IssuedDocumentKind.CitySubmission, IssuedDocumentKind.CouncilMinutes, IssuedDocumentKind.AwardDecision,
                IssuedDocumentKind.Certificate],
            stored.Select(d => d.Kind).Distinct().Order());
        // Numbers a December commune has: its registers ran all year before the portal's round (the văn thư set where each goes on).
        Assert.Equal(["03/BB-HĐTĐKT", "14/TTr-VHXH", "187/TTr-UBND", "236/BC-UBND", "412/QĐ-UBND"],
            stored.Where(d => d.Kind != IssuedDocumentKind.Certificate).Select(d => d.Number).Order(StringComparer.Ordinal));
        Assert.All(stored.SelectMany(d => d.Files), f => Assert.Equal(Sha256(f.StoredFile!.Content), f.StoredFile.Sha256));

        // Each download is the stored file, byte for byte.
        foreach (var url in await IssuedUrlsAsync())
        {
            var response = await chairman.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var bytes = await response.Content.ReadAsByteArrayAsync();
            Assert.Contains(Sha256(bytes), stored.SelectMany(d => d.Files).Select(f => f.StoredFile!.Sha256));
        }

        // Every issued document with a Word file can be had as Word where it is shown.
        Assert.All(stored.Where(d => d.Kind != IssuedDocumentKind.Certificate), d => Assert.Contains(d.Files, f => f.Format == IssuedFileFormat.Word));

        // The administrator lists every issued document with its hashes, and each file downloads as stored.
        var admin = await AsAsync("quantri@nlb.example");
        var register = await admin.GetStringAsync("/Admin/Register?year=2025");
        foreach (var file in stored.SelectMany(d => d.Files))
        {
            Assert.Contains(file.StoredFile!.Sha256, register);
            Assert.Contains($"href=\"/Admin/Register/Files/{file.Id}\"", register);
            var response = await admin.GetAsync($"/Admin/Register/Files/{file.Id}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(file.StoredFile.ContentType, response.Content.Headers.ContentType?.MediaType);
            Assert.Equal(file.StoredFile.Sha256, Sha256(await response.Content.ReadAsByteArrayAsync()));
        }
    }

    [Fact]
    public async Task A_change_to_the_data_after_issue_leaves_every_issued_download_byte_identical()
    {
        var reviewer = await AsAsync("chuyenvien@nlb.example");
        var urls = await IssuedUrlsAsync();
        var before = new Dictionary<string, byte[]>();
        foreach (var url in urls)
        {
            before[url] = await reviewer.GetByteArrayAsync(url);
        }

        // Reopen an accepted 2025 report, rename its unit, rename the signer's account and change the base salary.
        var report = await factory.WithDatabaseAsync(db => db.AnnualReports.Where(r => r.Year == 2025).OrderBy(r => r.Id).Select(r => new { r.Id, r.UnitId }).FirstAsync());
        var reopened = await reviewer.PostFormAsync("/Review?year=2025", $"/Review/Reopen/{report.Id}", new Dictionary<string, string> { ["reason"] = "Bổ sung số liệu." });
        Assert.Equal(HttpStatusCode.Redirect, reopened.StatusCode);
        Assert.Equal(Domain.Reports.ReportStatus.Reopened, await factory.WithDatabaseAsync(db => db.AnnualReports.Where(r => r.Id == report.Id).Select(r => r.Status).SingleAsync()));
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<Web.Data.AppDbContext>();
            var settings = scope.ServiceProvider.GetRequiredService<PortalSettings>();
            var signer = await db.Users.SingleAsync(u => u.Email == "chutich@nlb.example");
            signer.FullName = "Người Khác";
            await settings.SetAsync(PortalSettings.BaseSalaryKey, "9999999", Domain.Common.Actor.System);
            var unit = await db.Units.SingleAsync(u => u.Id == report.UnitId);
            unit.Update("Tên đơn vị đã đổi", unit.UnitTypeId, unit.HeadName, unit.HeadPosition, unit.Phone, unit.Email);
            await db.SaveChangesAsync();
            settings.Refresh();
        }

        foreach (var url in urls)
        {
            var again = await reviewer.GetByteArrayAsync(url);
            Assert.True(before[url].AsSpan().SequenceEqual(again), $"{url} changed after issue");
        }

        // The draft of the next round, by contrast, is drawn from today's data and says it is a draft.
        using var draft = PdfDocument.Open(await reviewer.GetByteArrayAsync("/Consolidation/2026/Pdf"));
        Assert.Contains("DỰ THẢO", string.Join(" ", draft.GetPage(1).GetWords().Select(w => w.Text)));
    }

    [Fact]
    public async Task The_minutes_print_the_chair_and_secretary_of_the_session_whoever_downloads_them()
    {
        var session = await factory.WithDatabaseAsync(db => db.CouncilSessions.Where(s => s.MinutesNumber != null).Select(s => s.Id).SingleAsync());
        var byReviewer = await (await AsAsync("chuyenvien@nlb.example")).GetByteArrayAsync($"/Council/{session}/Minutes.pdf");
        var byMember = await (await AsAsync("hoidong2@nlb.example")).GetByteArrayAsync($"/Council/{session}/Minutes.pdf");

        Assert.True(byReviewer.AsSpan().SequenceEqual(byMember));
        using var pdf = PdfDocument.Open(byReviewer);
        var text = string.Join(" ", pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
        Assert.Contains("CHỦ TỌA", text);
        Assert.Contains("THƯ KÝ", text);
        Assert.Contains("Chủ tọa: Đoàn Văn Cát, Phó Chủ tịch Ủy ban nhân dân xã, Phó Chủ tịch Thường trực Hội đồng.", text);
        Assert.Contains("Thư ký: Đặng Văn Hùng, Trưởng phòng Kinh tế, Ủy viên Hội đồng.", text);
        Assert.DoesNotContain("Vũ Thị Lan", text);

        // When it began and ended (the demo's session opened at 9:00 and closed at 11:00), who was there with their positions, who was not.
        Assert.Contains("Vào hồi 09 giờ 00 phút ngày 28/12/2025", text);
        Assert.Contains("kết thúc vào hồi 11 giờ 00 phút cùng ngày", text);
        Assert.Contains("Thành viên Hội đồng có mặt: 4/4 thành viên (100%)", text);
        Assert.Contains("Bùi Thị Thu, Trạm trưởng Trạm Y tế xã, Ủy viên Hội đồng", text);
        Assert.Contains("Thành viên vắng mặt: không.", text);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(text, "Bùi Thị Thu"));
    }

    [Fact]
    public async Task The_report_is_numbered_only_when_the_chairman_approves_it()
    {
        var chairman = await AsAsync("chutich@nlb.example");
        var numbers = await factory.WithDatabaseAsync(db => db.DocumentRegister.CountAsync());

        var refused = await chairman.PostFormAsync("/Consolidation/so-ket-2027", "/Consolidation/so-ket-2027/Ky", new Dictionary<string, string> { ["signer"] = "Chairman" });

        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Contains("chưa được trình ký", await chairman.GetStringAsync("/Consolidation/so-ket-2027"));
        Assert.Equal(numbers, await factory.WithDatabaseAsync(db => db.DocumentRegister.CountAsync()));
        Assert.False(await factory.WithDatabaseAsync(db => db.ConsolidatedReports.AnyAsync(r => r.RoundKind == Domain.Common.RoundKind.Interim && r.Number != null)));
    }

    [Fact]
    public async Task An_officer_who_both_drafts_and_signs_cannot_sign_the_report_they_sent_for_signature()
    {
        const string email = "kiemnhiem@nlb.example";
        using (var scope = factory.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<Web.Identity.AppUser>>();
            var user = new Web.Identity.AppUser { UserName = email, Email = email, EmailConfirmed = true, FullName = "Lê Kiêm Nhiệm" };
            Assert.True((await users.CreateAsync(user, PortalClient.DemoPassword)).Succeeded);
            Assert.True((await users.AddToRolesAsync(user, [Web.Identity.Roles.Reviewer, Web.Identity.Roles.Chairman])).Succeeded);
        }

        var both = await AsAsync(email);
        await HtmlForm.Parse(await both.GetStringAsync("/Consolidation/2027"), "assessment-form")
            .Set("Strengths", "Ưu điểm.").Set("Limitations", "Hạn chế.").Set("TasksAhead", "Nhiệm vụ.").Set("Recommendations", "Kiến nghị.").PostAsync(both);
        await HtmlForm.Parse(await both.GetStringAsync("/Consolidation/2027"), "submit-form").Set("reason", "Gửi sớm.").PostAsync(both);
        var numbers = await factory.WithDatabaseAsync(db => db.DocumentRegister.CountAsync());

        var self = await both.PostFormAsync("/Consolidation/2027", "/Consolidation/2027/Ky", new Dictionary<string, string> { ["signer"] = "Chairman" });

        Assert.Equal(HttpStatusCode.Redirect, self.StatusCode);
        Assert.Contains("Người trình ký không tự ký", await both.GetStringAsync("/Consolidation/2027"), StringComparison.Ordinal);
        Assert.Equal(numbers, await factory.WithDatabaseAsync(db => db.DocumentRegister.CountAsync()));
        Assert.Equal(ConsolidatedReportStatus.AwaitingSignature,
            await factory.WithDatabaseAsync(db => db.ConsolidatedReports.Where(r => r.RoundYear == 2027 && r.RoundKind == Domain.Common.RoundKind.Annual).Select(r => r.Status).SingleAsync()));
    }
}

/// <summary>Issuing refuses, naming the setting, when a document would have no signer; nothing is taken.</summary>
public class MissingSignerTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Theory]
    [InlineData(PortalSettings.CommunePlanNumberKey, "Số Kế hoạch phát động của UBND xã")]
    public async Task Issuing_the_tờ_trình_without_a_required_setting_is_refused_and_takes_no_number(string key, string named)
    {
        var reviewer = factory.CreatePortalClient();
        await reviewer.SignInAsync("chuyenvien@nlb.example");
        string old;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var settings = scope.ServiceProvider.GetRequiredService<PortalSettings>();
            old = await settings.SetAsync(key, string.Empty, Domain.Common.Actor.System);
            await scope.ServiceProvider.GetRequiredService<Web.Data.AppDbContext>().SaveChangesAsync();
            settings.Refresh();
        }

        var counts = await factory.WithDatabaseAsync(async db => (await db.DocumentRegister.CountAsync(), await db.IssuedDocuments.CountAsync()));
        try
        {
            await reviewer.PostFormAsync("/Awards/2025", "/Awards/2025/Proposal", new Dictionary<string, string>());

            var page = await reviewer.GetStringAsync("/Awards/2025");
            Assert.Contains($"Chưa thể ban hành: chưa đặt \"{named}\"", System.Net.WebUtility.HtmlDecode(page));
            Assert.Equal(counts, await factory.WithDatabaseAsync(async db => (await db.DocumentRegister.CountAsync(), await db.IssuedDocuments.CountAsync())));
        }
        finally
        {
            await using var scope = factory.Services.CreateAsyncScope();
            var settings = scope.ServiceProvider.GetRequiredService<PortalSettings>();
            await settings.SetAsync(key, old, Domain.Common.Actor.System);
            await scope.ServiceProvider.GetRequiredService<Web.Data.AppDbContext>().SaveChangesAsync();
            settings.Refresh();
        }
    }
}

/// <summary>A failure between taking the number and storing the files leaves neither.</summary>
public class IssueAtomicityTests(IssueAtomicityTests.FailingFactory factory) : IClassFixture<IssueAtomicityTests.FailingFactory>
{
    /// <summary>The portal whose Word renderer fails on demand, after the number and the PDF were made.</summary>
    public sealed class FailingFactory : PortalFactory
    {
        protected override string SeedKind => SeedsAs<PortalFactory>();

        public FailingRendering Rendering { get; } = new();

        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services => services.AddSingleton<DocumentRendering>(Rendering));
        }
    }

    public sealed class FailingRendering : DocumentRendering
    {
        public bool Fail { get; set; }

        public override byte[] Word(OfficialDocument document) =>
            Fail ? throw new IOException("Disk full while writing the Word file") : base.Word(document);
    }

    [Fact]
    public async Task Approval_that_fails_after_the_number_was_taken_leaves_no_number_no_file_no_change_and_no_audit_row()
    {
        var reviewer = factory.CreatePortalClient();
        await reviewer.SignInAsync("chuyenvien@nlb.example");
        await HtmlForm.Parse(await reviewer.GetStringAsync("/Consolidation/2026"), "assessment-form")
            .Set("Strengths", "Ưu điểm.").Set("Limitations", "Hạn chế.").Set("TasksAhead", "Nhiệm vụ.").Set("Recommendations", "Kiến nghị.").PostAsync(reviewer);
        await HtmlForm.Parse(await reviewer.GetStringAsync("/Consolidation/2026"), "submit-form").Set("reason", "Gửi sớm theo yêu cầu.").PostAsync(reviewer);
        var before = await factory.WithDatabaseAsync(async db => (await db.DocumentRegister.CountAsync(), await db.IssuedDocuments.CountAsync(), await db.StoredFiles.CountAsync(), await db.AuditEntries.CountAsync()));

        var chairman = factory.CreatePortalClient();
        await chairman.SignInAsync("chutich@nlb.example");
        var form = HtmlForm.Parse(await chairman.GetStringAsync("/Consolidation/2026"), "approve-form");
        var auditBeforeApprove = await factory.WithDatabaseAsync(db => db.AuditEntries.CountAsync());
        factory.Rendering.Fail = true;
        HttpResponseMessage failed;
        try
        {
            failed = await form.PostAsync(chairman);
        }
        finally
        {
            factory.Rendering.Fail = false;
        }

        Assert.Equal(HttpStatusCode.InternalServerError, failed.StatusCode);
        var after = await factory.WithDatabaseAsync(async db => (await db.DocumentRegister.CountAsync(), await db.IssuedDocuments.CountAsync(), await db.StoredFiles.CountAsync(), await db.AuditEntries.CountAsync()));
        Assert.Equal((before.Item1, before.Item2, before.Item3), (after.Item1, after.Item2, after.Item3));
        Assert.Equal(auditBeforeApprove, after.Item4);
        var report = await factory.WithDatabaseAsync(db => db.ConsolidatedReports.SingleAsync(r => r.RoundYear == 2026));
        Assert.Equal(ConsolidatedReportStatus.AwaitingSignature, report.Status);
        Assert.Null(report.Number);

        // Once the fault is gone the same approval works, with the number that was not used.
        await HtmlForm.Parse(await chairman.GetStringAsync("/Consolidation/2026"), "approve-form").PostAsync(chairman);
        Assert.Equal("01/BC-UBND", await factory.WithDatabaseAsync(db => db.ConsolidatedReports.Where(r => r.RoundYear == 2026).Select(r => r.Number).SingleAsync()));
    }
}
