using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;
using NguyenLuongBang.Emulation.IntegrationTests.Infrastructure;

namespace NguyenLuongBang.Emulation.IntegrationTests.Admin;

public partial class AdminTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    public static TheoryData<string, string> NonAdminPages()
    {
        var data = new TheoryData<string, string>();
        foreach (var email in new[] { "vanphong@nlb.example", "chuyenvien@nlb.example", "hoidong1@nlb.example", "chutich@nlb.example" })
        {
            foreach (var url in new[] { "/Admin/Units", "/Admin/Units/Create", "/Admin/Users", "/Admin/Users/Create", "/Admin/Users/Import", "/Admin/Users/Import/Template", "/Admin/Outbox", "/Admin/Indicators", "/Admin/Indicators/Create", "/Admin/Settings", "/Admin/Audit", "/Admin/Audit/Export", "/Admin/Register" })
            {
                data.Add(email, url);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(NonAdminPages))]
    public async Task Administration_pages_are_refused_to_everyone_else(string email, string url)
    {
        var client = factory.CreatePortalClient();
        await client.SignInAsync(email);

        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(url)).StatusCode);
    }

    private async Task<HttpClient> AdminAsync()
    {
        var client = factory.CreatePortalClient();
        await client.SignInAsync("quantri@nlb.example");
        return client;
    }

    [Fact]
    public async Task Admin_adds_a_unit_refuses_a_duplicate_name_and_deactivates_without_deleting()
    {
        var admin = await AdminAsync();
        var typeId = await factory.WithDatabaseAsync(db => db.UnitTypes.Where(t => t.Code == "THON").Select(t => t.Id).SingleAsync());
        var form = HtmlForm.Parse(await admin.GetStringAsync("/Admin/Units/Create"), "unit-form")
            .Set("Name", "Thôn Bắc").Set("UnitTypeId", typeId.ToString(System.Globalization.CultureInfo.InvariantCulture)).Set("HeadName", "Phạm Thị Lụa");
        Assert.Equal(HttpStatusCode.Redirect, (await form.PostAsync(admin)).StatusCode);
        Assert.Contains("Thôn Bắc", await admin.GetStringAsync("/Admin/Units"));

        var duplicate = await HtmlForm.Parse(await admin.GetStringAsync("/Admin/Units/Create"), "unit-form")
            .Set("Name", "Thôn Đông").Set("UnitTypeId", typeId.ToString(System.Globalization.CultureInfo.InvariantCulture)).Set("HeadName", "Người mới").PostAsync(admin);
        var html = await duplicate.Content.ReadAsStringAsync();
        Assert.Contains("Đã có đơn vị &quot;Thôn Đông&quot;: tên này trùng", html);
        Assert.Contains("value=\"Người mới\"", html);

        // The same name as people read it: other case, no marks, letters with combining marks, an invisible override.
        foreach (var lookalike in new[] { "thôn đông", "THON DONG", "Tho\u0302n \u0110o\u0302ng", "\u202EThôn Đông", "  Thôn   Đông " })
        {
            var refused = await HtmlForm.Parse(await admin.GetStringAsync("/Admin/Units/Create"), "unit-form")
                .Set("Name", lookalike).Set("UnitTypeId", typeId.ToString(System.Globalization.CultureInfo.InvariantCulture)).PostAsync(admin);
            Assert.Contains("Đã có đơn vị &quot;Thôn Đông&quot;: tên này trùng", await refused.Content.ReadAsStringAsync());
        }

        // A new name is stored in one form, without invisible characters.
        Assert.Equal(HttpStatusCode.Redirect, (await HtmlForm.Parse(await admin.GetStringAsync("/Admin/Units/Create"), "unit-form")
            .Set("Name", "\u202BTho\u0302n Ha\u0323\u200B ").Set("UnitTypeId", typeId.ToString(System.Globalization.CultureInfo.InvariantCulture)).PostAsync(admin)).StatusCode);
        Assert.True(await factory.WithDatabaseAsync(db => db.Units.AnyAsync(u => u.Name == "Thôn Hạ")));

        var withReports = await factory.WithDatabaseAsync(db => db.Units.Where(u => u.Name == "Thôn Tây").Select(u => u.Id).SingleAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync("/Admin/Units", $"/Admin/Units/Deactivate/{withReports}", new Dictionary<string, string>())).StatusCode);
        Assert.False(await factory.WithDatabaseAsync(db => db.Units.Where(u => u.Id == withReports).Select(u => u.IsActive).SingleAsync()));
        Assert.True(await factory.WithDatabaseAsync(db => db.AnnualReports.AnyAsync(r => r.UnitId == withReports)));
        Assert.True(await factory.WithDatabaseAsync(db => db.AuditEntries.AnyAsync(a => a.Action == "Ngừng hoạt động đơn vị")));
    }

    [Fact]
    public async Task New_account_gets_a_temporary_password_that_must_be_changed_at_first_sign_in()
    {
        var admin = await AdminAsync();
        var noUnit = await HtmlForm.Parse(await admin.GetStringAsync("/Admin/Users/Create"), "user-form")
            .Set("Email", "moi@nlb.example").Set("FullName", "Đỗ Thị Mới").PostAsync(admin);
        Assert.Contains("Cán bộ đơn vị phải thuộc một đơn vị.", await noUnit.Content.ReadAsStringAsync());

        var unitId = await factory.WithDatabaseAsync(db => db.Units.Where(u => u.Name == "Thôn Nam").Select(u => u.Id).SingleAsync());
        var created = await HtmlForm.Parse(await admin.GetStringAsync("/Admin/Users/Create"), "user-form")
            .Set("Email", "moi@nlb.example").Set("FullName", "Đỗ Thị Mới").Set("UnitId", unitId.ToString(System.Globalization.CultureInfo.InvariantCulture)).PostAsync(admin);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var password = TemporaryPassword().Match(await admin.GetStringAsync("/Admin/Users")).Groups[1].Value;
        Assert.NotEmpty(password);

        var user = factory.CreatePortalClient();
        await user.SignInAsync("moi@nlb.example", password);
        var home = await user.GetAsync("/");
        Assert.Equal("/Account/ChangePassword", home.Headers.Location!.OriginalString);

        var weak = await HtmlForm.Parse(await user.GetStringAsync("/Account/ChangePassword"), "change-password-form")
            .Set("CurrentPassword", password).Set("NewPassword", "ngan").Set("ConfirmPassword", "ngan").PostAsync(user);
        Assert.Contains("ít nhất 12 ký tự", await weak.Content.ReadAsStringAsync());
        var changed = await HtmlForm.Parse(await user.GetStringAsync("/Account/ChangePassword"), "change-password-form")
            .Set("CurrentPassword", password).Set("NewPassword", "ThonNam2026x").Set("ConfirmPassword", "ThonNam2026x").PostAsync(user);
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        var after = await user.GetAsync("/");
        Assert.True(after.StatusCode == HttpStatusCode.OK, after.Headers.Location?.OriginalString);
        Assert.Contains("Thôn Nam", await after.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Locked_account_cannot_sign_in_until_unlocked_and_reset_password_replaces_the_old_one()
    {
        var admin = await AdminAsync();
        var id = await factory.WithDatabaseAsync(db => db.Users.Where(u => u.Email == "hoidong3@nlb.example").Select(u => u.Id).SingleAsync());

        await admin.PostFormAsync("/Admin/Users", $"/Admin/Users/{id}/Khoa", new Dictionary<string, string>());
        var refused = await factory.CreatePortalClient().SignInAsync("hoidong3@nlb.example");
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains(Web.Features.Account.AccountController.SignInRefused, await refused.Content.ReadAsStringAsync());

        await admin.PostFormAsync("/Admin/Users", $"/Admin/Users/{id}/Mo-khoa", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, (await factory.CreatePortalClient().SignInAsync("hoidong3@nlb.example")).StatusCode);

        await admin.PostFormAsync("/Admin/Users", $"/Admin/Users/{id}/Dat-lai-mat-khau", new Dictionary<string, string>());
        var password = TemporaryPassword().Match(await admin.GetStringAsync("/Admin/Users")).Groups[1].Value;
        Assert.Equal(HttpStatusCode.OK, (await factory.CreatePortalClient().SignInAsync("hoidong3@nlb.example")).StatusCode);
        var user = factory.CreatePortalClient();
        Assert.Equal(HttpStatusCode.Redirect, (await user.SignInAsync("hoidong3@nlb.example", password)).StatusCode);
        Assert.Equal("/Account/ChangePassword", (await user.GetAsync("/")).Headers.Location!.OriginalString);
    }

    internal static byte[] Sheet(params object[][] rows)
    {
        using var stream = new MemoryStream();
        stream.SaveAs(rows.Select(r => new Dictionary<string, object?>
        {
            ["Thư điện tử"] = r[0], ["Họ và tên"] = r[1], ["Chức vụ"] = r[2], ["Vai trò"] = r[3], ["Đơn vị"] = r[4],
        }).ToArray());
        return stream.ToArray();
    }

    private static async Task<HttpResponseMessage> UploadSheetAsync(HttpClient admin, byte[] sheet)
    {
        var token = await admin.AntiforgeryTokenAsync("/Admin/Users/Import");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(sheet), "file", "tai-khoan.xlsx" },
        };
        return await admin.PostAsync("/Admin/Users/Import/Preview", form);
    }

    [Fact]
    public async Task Excel_import_with_a_bad_row_imports_nothing_and_lists_the_errors()
    {
        var admin = await AdminAsync();
        var users = await factory.WithDatabaseAsync(db => db.Users.CountAsync());

        var response = await UploadSheetAsync(admin, Sheet(
            ["a1@nlb.example", "Nguyễn Văn A", "Cán bộ", "Cán bộ đơn vị", "Thôn Đông"],
            ["a2@nlb.example", "Trần Thị B", "Cán bộ", "Cán bộ đơn vị", "Thôn Không Có"],
            ["a1@nlb.example", "Lê Văn C", "", "Giám đốc", "Thôn Đông"]));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Contains("Có 3 dòng có lỗi: chưa nhập tài khoản nào.", html);
        Assert.Contains("Không có đơn vị đang hoạt động tên &quot;Thôn Không Có&quot;.", html);
        Assert.Contains("lặp lại trong tệp", html);
        Assert.Contains("Vai trò &quot;Giám đốc&quot; không có", html);
        Assert.DoesNotContain("id=\"import-confirm\"", html);
        Assert.Equal(users, await factory.WithDatabaseAsync(db => db.Users.CountAsync()));
    }

    [Fact]
    public async Task Excel_import_of_a_good_sheet_previews_then_creates_every_account()
    {
        var admin = await AdminAsync();
        var template = await admin.GetAsync("/Admin/Users/Import/Template");
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", template.Content.Headers.ContentType!.MediaType);
        Assert.Single(MiniExcel.Query(await template.Content.ReadAsStreamAsync(), useHeaderRow: true));

        var preview = await UploadSheetAsync(admin, Sheet(
            ["b1@nlb.example", "Nguyễn Văn Bình", "Trưởng thôn", "Cán bộ đơn vị", "Thôn Đông"],
            ["b2@nlb.example", "Trần Thị Cúc", "Kế toán", "UnitStaff", "Trạm Y tế xã"]));
        var confirm = HtmlForm.Parse(await preview.Content.ReadAsStringAsync(), "import-confirm");
        var done = await (await confirm.PostAsync(admin)).Content.ReadAsStringAsync();

        Assert.Contains("Đã tạo 2 tài khoản.", done);
        var created = await factory.WithDatabaseAsync(db => db.Users.Where(u => u.Email == "b1@nlb.example" || u.Email == "b2@nlb.example").Select(u => new { u.Email, Unit = u.Unit!.Name, u.MustChangePassword }).ToListAsync());
        Assert.Equal(2, created.Count);
        Assert.All(created, u => Assert.True(u.MustChangePassword));
        Assert.Contains(created, u => u.Email == "b2@nlb.example" && u.Unit == "Trạm Y tế xã");
    }

    [Fact]
    public async Task Excel_import_checks_addresses_as_the_account_form_does_and_the_confirmation_checks_again()
    {
        var admin = await AdminAsync();
        var users = await factory.WithDatabaseAsync(db => db.Users.CountAsync());

        var preview = await (await UploadSheetAsync(admin, Sheet(
            ["nguyễn.văn@nlb.example", "Nguyễn Văn Một", "", "Cán bộ đơn vị", "Thôn Đông"],
            ["a b@nlb.example", "Trần Thị Hai", "", "Cán bộ đơn vị", "Thôn Đông"],
            ["a..b@nlb.example", "Lê Văn Ba", "", "Cán bộ đơn vị", "Thôn Đông"],
            ["x@localhost", "Phạm Thị Bốn", "", "Cán bộ đơn vị", "Thôn Đông"]))).Content.ReadAsStringAsync();
        Assert.Contains("Có 4 dòng có lỗi: chưa nhập tài khoản nào.", preview);
        Assert.DoesNotContain("id=\"import-confirm\"", preview);

        // A confirmation posted by hand: rows the preview would have refused, and rows that are not rows at all.
        var token = await admin.AntiforgeryTokenAsync("/Admin/Users/Import");
        foreach (var rows in new[]
        {
            """[{"Email":"nguyễn.văn@nlb.example","FullName":"Nguyễn Văn Một","Role":"UnitStaff","UnitName":"Thôn Đông","Errors":[]}]""",
            """[{"Email":"a b@nlb.example","FullName":"Trần Thị Hai","Role":"UnitStaff","UnitName":"Thôn Đông"}]""",
            """[{"Line":2,"Email":"x@localhost","FullName":"Đỗ Văn Năm","Role":"UnitStaff","UnitName":"Thôn Đông","Errors":null}]""",
            "[null]", "{\"Email\":1}", "[{\"Email\":[]}]", "<svg onload=alert(1)>", "",
        })
        {
            var response = await admin.PostAsync("/Admin/Users/Import/Confirm", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["rows"] = rows }));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var html = await response.Content.ReadAsStringAsync();
            Assert.True(html.Contains("chưa nhập tài khoản nào", StringComparison.Ordinal) || html.Contains("vui lòng tải tệp lên lại", StringComparison.Ordinal), rows);
        }

        Assert.Equal(users, await factory.WithDatabaseAsync(db => db.Users.CountAsync()));
    }

    [Fact]
    public async Task Excel_import_matches_unit_names_as_people_read_them_and_refuses_an_ambiguous_one()
    {
        // A near-twin left from before names were compared folded.
        await factory.WithDatabaseAsync(async db =>
        {
            var type = await db.Units.Where(u => u.Name == "Trạm Y tế xã").Select(u => u.UnitTypeId).SingleAsync();
            db.Units.Add(new Domain.Units.Unit("Trạm y tế xã", type, null, null, null, null));
            return await db.SaveChangesAsync();
        });
        var admin = await AdminAsync();

        var preview = await (await UploadSheetAsync(admin, Sheet(
            ["c1@nlb.example", "Ngô Văn Một", "", "Cán bộ đơn vị", "thon dong"],
            ["c2@nlb.example", "Ngô Văn Hai", "", "Cán bộ đơn vị", "Trạm Y tế xã"],
            ["c3@nlb.example", "Ngô Văn Ba", "", "Cán bộ đơn vị", "TRAM Y TE XA"]))).Content.ReadAsStringAsync();

        Assert.Contains("Có 1 dòng có lỗi", preview);
        Assert.Contains("có nhiều đơn vị tên gần giống", preview);
        var (first, _) = Web.Features.AdminUsers.UserImport.Match([(1, "Thôn Đông"), (2, "Thôn Tây")], "THÔN  đông");
        Assert.Equal(1, first);
    }

    [GeneratedRegex(@"Mật khẩu tạm[^:]*: ([A-Za-z0-9]{14})")]
    private static partial Regex TemporaryPassword();
}
