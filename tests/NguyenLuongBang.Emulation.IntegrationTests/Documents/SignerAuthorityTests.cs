using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NguyenLuongBang.Emulation.Domain.Awards;
using NguyenLuongBang.Emulation.Domain.Common;
using NguyenLuongBang.Emulation.Domain.Documents;
using NguyenLuongBang.Emulation.Domain.Nominations;
using NguyenLuongBang.Emulation.IntegrationTests.Infrastructure;
using NguyenLuongBang.Emulation.Web.Identity;
using UglyToad.PdfPig;

namespace NguyenLuongBang.Emulation.IntegrationTests.Documents;

/// <summary>
/// People sign, not roles: a document names the person who signed it, in the office the
/// administrator gave that person's account, on the day it was signed — whatever a form says.
/// </summary>
public class SignerAuthorityTests(BlankRoundPortalFactory factory) : IClassFixture<BlankRoundPortalFactory>
{
    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    private async Task<HttpClient> AsAsync(string email)
    {
        var client = factory.CreatePortalClient();
        await client.SignInAsync(email);
        return client;
    }

    private Task<int> RegisterCountAsync() => factory.WithDatabaseAsync(db => db.DocumentRegister.CountAsync());

    private static async Task<string> MessageAfterAsync(HttpClient client, HttpResponseMessage posted)
    {
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        return WebUtility.HtmlDecode(await client.GetStringAsync(posted.Headers.Location!.OriginalString));
    }

    private async Task<string> CreateAccountAsync(string email, string name, SigningOffice? office, params string[] roles)
    {
        using var scope = factory.Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, FullName = name, SigningOffice = office };
        Assert.True((await users.CreateAsync(user, PortalClient.DemoPassword)).Succeeded);
        Assert.True((await users.AddToRolesAsync(user, roles)).Succeeded);
        return user.Id;
    }

    [Fact]
    public async Task A_vice_chairman_signs_in_his_own_name_and_office_on_the_day_whatever_a_tampered_form_says()
    {
        var nominee = await TestNominations.AddAsync(factory, "Đào Thị Ký", NominationStatus.Approved);
        var viceChairman = await AsAsync("chutich@nlb.example");
        Assert.Contains("Bạn ký: KT. CHỦ TỊCH / PHÓ CHỦ TỊCH — Đoàn Văn Cát", WebUtility.HtmlDecode(await viceChairman.GetStringAsync("/Awards/2025")));

        // The finding: "Chủ tịch" chosen in the form and a date typed months back.
        var posted = await viceChairman.PostFormAsync("/Awards/2025", "/Awards/2025/Decision",
            new Dictionary<string, string> { ["signer"] = "Chairman", ["signedOn"] = "2025-06-01" });

        Assert.Contains("Đã ban hành Quyết định", await MessageAfterAsync(viceChairman, posted));
        var decision = await factory.WithDatabaseAsync(db => db.AwardDecisions.Include(d => d.Document).SingleAsync(d => d.Lines.Any(l => l.NominationId == nominee)));
        Assert.Equal(SignerTitle.ViceChairman, decision.SignerTitle);
        Assert.Equal("Đoàn Văn Cát", decision.SignerName);
        Assert.Equal(VietnamTime.Today(factory.Clock), decision.SignedOn);
        using (var pdf = PdfDocument.Open(await viceChairman.GetByteArrayAsync($"/Awards/2025/Decision/{Id(decision.Id)}.pdf")))
        {
            var text = string.Join(" ", pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
            Assert.Contains("KT. CHỦ TỊCH", text);
            Assert.Contains("Đoàn Văn Cát", text);
            Assert.DoesNotContain("Nguyễn Văn Hải", text);
            Assert.DoesNotContain("ngày 01 tháng 6 năm 2025", text);
            Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"ngày {decision.SignedOn.Day:00} tháng {decision.SignedOn.Month:00} năm {decision.SignedOn.Year}"), text);
        }

        var check = WebUtility.HtmlDecode(await factory.CreateClient().GetStringAsync($"/Xac-thuc/{decision.Document!.VerificationCode}"));
        Assert.Contains("Đoàn Văn Cát", check);
        Assert.DoesNotContain("Nguyễn Văn Hải", check);
    }

    [Fact]
    public async Task An_account_of_the_chairmans_desk_without_a_signing_office_cannot_sign_and_nothing_is_numbered()
    {
        await TestNominations.AddAsync(factory, "Đào Thị Chờ", NominationStatus.Approved);
        await CreateAccountAsync("khongchucvu@nlb.example", "Lê Không Chức", null, Roles.Chairman);
        var client = await AsAsync("khongchucvu@nlb.example");
        Assert.Contains("chưa được giao chức vụ", WebUtility.HtmlDecode(await client.GetStringAsync("/Awards/2025")));
        var before = await RegisterCountAsync();

        var posted = await client.PostFormAsync("/Awards/2025", "/Awards/2025/Decision", new Dictionary<string, string> { ["signer"] = "Chairman" });

        Assert.Contains("tài khoản của bạn chưa được giao chức vụ đó", await MessageAfterAsync(client, posted));
        Assert.Equal(before, await RegisterCountAsync());
    }

    [Fact]
    public async Task A_reviewer_who_does_not_head_the_office_cannot_issue_its_tờ_trình()
    {
        await TestNominations.AddAsync(factory, "Đào Thị Trình", NominationStatus.CouncilPassed);
        await CreateAccountAsync("chuyenvien2@nlb.example", "Phan Chuyên Viên", null, Roles.Reviewer);
        var clerk = await AsAsync("chuyenvien2@nlb.example");
        var before = await RegisterCountAsync();

        var posted = await clerk.PostFormAsync("/Awards/2025", "/Awards/2025/Proposal", new Dictionary<string, string>());

        Assert.Contains("Văn bản này do Trưởng phòng Văn hóa - Xã hội ký", await MessageAfterAsync(clerk, posted));
        Assert.Equal(before, await RegisterCountAsync());
    }

    [Fact]
    public async Task A_number_below_the_registers_date_order_is_refused_and_nothing_is_taken()
    {
        await TestNominations.AddAsync(factory, "Đào Thị Thứ Tự", NominationStatus.Approved);
        var today = VietnamTime.Today(factory.Clock);
        // The văn thư's register already holds a decision dated tomorrow (recorded from the commune's document system).
        await factory.WithDatabaseAsync(async db =>
        {
            var last = await db.DocumentRegister.Where(d => d.TypeCode == "QĐ" && d.Issuer == "UBND" && d.Year == today.Year).MaxAsync(d => (int?)d.Sequence) ?? 0;
            db.DocumentRegister.Add(new RegisteredDocument("UBND", "QĐ", today.Year, last + 1, "Quyết định vào sổ ngày mai", today.AddDays(1), TestNominations.Tester, factory.Clock.GetUtcNow()));
            return await db.SaveChangesAsync();
        });
        var before = await RegisterCountAsync();
        var chairman = await AsAsync("chutich@nlb.example");

        var posted = await chairman.PostFormAsync("/Awards/2025", "/Awards/2025/Decision", new Dictionary<string, string>());

        Assert.Contains("văn bản số sau không thể ghi ngày", await MessageAfterAsync(chairman, posted));
        Assert.Equal(before, await RegisterCountAsync());
        await factory.WithDatabaseAsync(async db =>
        {
            db.DocumentRegister.RemoveRange(db.DocumentRegister.Where(d => d.Title == "Quyết định vào sổ ngày mai"));
            return await db.SaveChangesAsync();
        });
    }

    [Fact]
    public async Task The_văn_thư_sets_where_a_register_goes_on_and_a_number_from_the_document_system_is_taken_at_issue()
    {
        var year = VietnamTime.Today(factory.Clock).Year;
        var admin = await AsAsync("quantri@nlb.example");
        var last = await factory.WithDatabaseAsync(db => db.DocumentRegister.Where(d => d.TypeCode == "QĐ" && d.Issuer == "UBND" && d.Year == year).MaxAsync(d => (int?)d.Sequence)) ?? 0;

        // Below what the portal already took: refused with the reason.
        var low = await admin.PostFormAsync($"/Admin/Register/Next?year={year}", "/Admin/Register/Next",
            new Dictionary<string, string> { ["year"] = Id(year), ["issuer"] = "UBND", ["typeCode"] = "QĐ", ["next"] = Id(Math.Max(last, 1)) });
        var lowPage = await MessageAfterAsync(admin, low);
        Assert.Contains(last == 0 ? "Sổ Quyết định của UBND" : "số tiếp theo phải lớn hơn", lowPage);
        var bogus = await admin.PostFormAsync($"/Admin/Register/Next?year={year}", "/Admin/Register/Next",
            new Dictionary<string, string> { ["year"] = Id(year), ["issuer"] = "UBND", ["typeCode"] = "QĐ", ["next"] = "3 trăm" });
        Assert.Contains("phải là số nguyên dương", await MessageAfterAsync(admin, bogus));

        var set = await admin.PostFormAsync($"/Admin/Register/Next?year={year}", "/Admin/Register/Next",
            new Dictionary<string, string> { ["year"] = Id(year), ["issuer"] = "UBND", ["typeCode"] = "QĐ", ["next"] = "385" });
        Assert.Contains("văn bản tiếp theo nhận số 385", await MessageAfterAsync(admin, set));
        Assert.True(await factory.WithDatabaseAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "Đặt số tiếp theo của sổ văn bản" && a.Details!.EndsWith("→ 385"))));

        // The next decision takes 385.
        var first = await TestNominations.AddAsync(factory, "Đào Thị Ba Tám Lăm", NominationStatus.Approved);
        var chairman = await AsAsync("chutich@nlb.example");
        await MessageAfterAsync(chairman, await chairman.PostFormAsync("/Awards/2025", "/Awards/2025/Decision", new Dictionary<string, string>()));
        Assert.Equal($"385/QĐ-UBND", await factory.WithDatabaseAsync(db => db.AwardDecisions.Where(d => d.Lines.Any(l => l.NominationId == first)).Select(d => d.Number).SingleAsync()));

        // A number the document system gave, entered at issue: one already passed is refused, a later one taken.
        var second = await TestNominations.AddAsync(factory, "Đào Thị Bốn Trăm", NominationStatus.Approved);
        var before = await RegisterCountAsync();
        var passed = await chairman.PostFormAsync("/Awards/2025", "/Awards/2025/Decision", new Dictionary<string, string> { ["number"] = "12" });
        Assert.Contains("Số 12 không dùng được", await MessageAfterAsync(chairman, passed));
        var typo = await chairman.PostFormAsync("/Awards/2025", "/Awards/2025/Decision", new Dictionary<string, string> { ["number"] = "4OO" });
        Assert.Contains("không hợp lệ", await MessageAfterAsync(chairman, typo));
        Assert.Equal(before, await RegisterCountAsync());
        var given = await chairman.PostFormAsync("/Awards/2025", "/Awards/2025/Decision", new Dictionary<string, string> { ["number"] = "400/QĐ-UBND" });
        Assert.Contains("Quyết định số 400/QĐ-UBND", await MessageAfterAsync(chairman, given));
        Assert.Equal("400/QĐ-UBND", await factory.WithDatabaseAsync(db => db.AwardDecisions.Where(d => d.Lines.Any(l => l.NominationId == second)).Select(d => d.Number).SingleAsync()));
        Assert.Contains("401", WebUtility.HtmlDecode(await admin.GetStringAsync($"/Admin/Register/Next?year={year}")));

        // A typo far past the register's next number ("4010" for "401") would move the register on for the year: refused.
        await TestNominations.AddAsync(factory, "Đào Thị Gõ Nhầm", NominationStatus.Approved);
        var far = await chairman.PostFormAsync("/Awards/2025", "/Awards/2025/Decision", new Dictionary<string, string> { ["number"] = "4010" });
        Assert.Contains("quá xa", await MessageAfterAsync(chairman, far));
        Assert.Equal(before + 2, await RegisterCountAsync());
    }

    [Fact]
    public async Task A_heads_office_has_one_holder_and_an_administrator_gives_none_to_himself()
    {
        var second = await CreateAccountAsync("truongphong2@nlb.example", "Lý Trưởng Phòng", null, Roles.Reviewer);
        var admin = await AsAsync("quantri@nlb.example");

        var taken = await HtmlForm.Parse(await admin.GetStringAsync($"/Admin/Users/Edit/{second}"), "user-form")
            .Set("SigningOffice", nameof(SigningOffice.HeadOfCultureOffice)).PostAsync(admin);
        Assert.Contains("đang do Vũ Thị Lan giữ", WebUtility.HtmlDecode(await taken.Content.ReadAsStringAsync()));

        var adminId = await factory.WithDatabaseAsync(db => db.Users.Where(u => u.Email == "quantri@nlb.example").Select(u => u.Id).SingleAsync());
        var self = await HtmlForm.Parse(await admin.GetStringAsync($"/Admin/Users/Edit/{adminId}"), "user-form")
            .Remove("Roles").Add("Roles", Roles.Admin).Add("Roles", Roles.Chairman).Set("SigningOffice", nameof(SigningOffice.ViceChairman)).PostAsync(admin);
        Assert.Contains("Không tự giao hay bỏ chức vụ ký", WebUtility.HtmlDecode(await self.Content.ReadAsStringAsync()));
        Assert.Null(await factory.WithDatabaseAsync(db => db.Users.Where(u => u.Id == adminId).Select(u => u.SigningOffice).SingleAsync()));
    }

    [Fact]
    public async Task The_administrator_gives_a_signing_office_only_with_its_role_and_the_change_is_kept_as_history()
    {
        var userId = await CreateAccountAsync("phochutich@nlb.example", "Trương Phó Chủ", null, Roles.Chairman);
        var admin = await AsAsync("quantri@nlb.example");

        var wrongRole = await HtmlForm.Parse(await admin.GetStringAsync($"/Admin/Users/Edit/{userId}"), "user-form")
            .Set("SigningOffice", nameof(SigningOffice.HeadOfCultureOffice)).PostAsync(admin);
        Assert.Contains("cần vai trò", WebUtility.HtmlDecode(await wrongRole.Content.ReadAsStringAsync()));
        var notInList = await HtmlForm.Parse(await admin.GetStringAsync($"/Admin/Users/Edit/{userId}"), "user-form")
            .Set("SigningOffice", nameof(SigningOffice.BoardHead)).PostAsync(admin);
        Assert.Contains("không có trong danh sách", WebUtility.HtmlDecode(await notInList.Content.ReadAsStringAsync()));
        Assert.Null(await factory.WithDatabaseAsync(db => db.Users.Where(u => u.Id == userId).Select(u => u.SigningOffice).SingleAsync()));

        var saved = await HtmlForm.Parse(await admin.GetStringAsync($"/Admin/Users/Edit/{userId}"), "user-form")
            .Set("SigningOffice", nameof(SigningOffice.ViceChairman)).PostAsync(admin);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(SigningOffice.ViceChairman, await factory.WithDatabaseAsync(db => db.Users.Where(u => u.Id == userId).Select(u => u.SigningOffice).SingleAsync()));
        var page = WebUtility.HtmlDecode(await admin.GetStringAsync($"/Admin/Users/Edit/{userId}"));
        Assert.Contains("Lịch sử chức vụ ký văn bản", page);
        Assert.Contains("— → Phó Chủ tịch UBND", page);
    }
}
