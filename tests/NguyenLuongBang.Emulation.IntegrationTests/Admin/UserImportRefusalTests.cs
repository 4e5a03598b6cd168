using System.Net;
using Microsoft.EntityFrameworkCore;
using NguyenLuongBang.Emulation.IntegrationTests.Infrastructure;

namespace NguyenLuongBang.Emulation.IntegrationTests.Admin;

/// <summary>
/// The account import answers, never faults: the preview applies every rule the confirmation
/// applies (an address is one account in the whole deployment), the confirmation shows its
/// refusals as the preview does, and confirmations at once import once, each with a clean answer.
/// </summary>
public class UserImportRefusalTests(TwoCommuneDemoPortalFactory factory) : IClassFixture<TwoCommuneDemoPortalFactory>
{
    /// <summary>An address of the demo's second commune (phường Hồng Bàng).</summary>
    private const string OtherCommunesAddress = "chutich@hongbang.example";

    private async Task<HttpClient> AdminAsync()
    {
        var client = factory.CreatePortalClient();
        await client.SignInAsync("quantri@nlb.example");
        return client;
    }

    private static async Task<string> PreviewAsync(HttpClient admin, byte[] sheet)
    {
        var response = await admin.PostFileAsync("/Admin/Users/Import", "/Admin/Users/Import/Preview", sheet, "tai-khoan.xlsx");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    private Task<int> AccountsAsync(params string[] emails) => factory.WithDatabaseAsync(db =>
        db.Users.IgnoreQueryFilters().CountAsync(u => emails.Contains(u.Email!)));

    [Fact]
    public async Task Preview_refuses_an_address_already_used_in_another_commune()
    {
        var admin = await AdminAsync();

        var html = await PreviewAsync(admin, AdminTests.Sheet(
            ["d1@nlb.example", "Nguyễn Văn Dũng", "", "Cán bộ đơn vị", "Thôn Đông"],
            [OtherCommunesAddress, "Lê Văn Chủ", "", "Cán bộ đơn vị", "Thôn Đông"],
            ["CHUTICH@HONGBANG.EXAMPLE", "Lê Văn Chủ", "", "Cán bộ đơn vị", "Thôn Đông"]));

        Assert.Contains("Có 2 dòng có lỗi: chưa nhập tài khoản nào.", html);
        Assert.Contains($"Thư điện tử {OtherCommunesAddress} đã có tài khoản", html);
        Assert.DoesNotContain("id=\"import-confirm\"", html);
        Assert.Equal(0, await AccountsAsync("d1@nlb.example"));
    }

    [Fact]
    public async Task Confirmation_of_an_address_used_in_another_commune_shows_the_refusal_not_500()
    {
        var admin = await AdminAsync();
        var token = await admin.AntiforgeryTokenAsync("/Admin/Users/Import");
        var rows = $$"""[{"Line":2,"Email":"d2@nlb.example","FullName":"Trần Văn Hai","Role":"UnitStaff","UnitName":"Thôn Đông","Errors":[]},{"Line":3,"Email":"{{OtherCommunesAddress}}","FullName":"Lê Văn Chủ","Role":"UnitStaff","UnitName":"Thôn Đông","Errors":[]}]""";

        var response = await admin.PostAsync("/Admin/Users/Import/Confirm", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["rows"] = rows }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("chưa nhập tài khoản nào", html);
        Assert.Contains($"Thư điện tử {OtherCommunesAddress} đã có tài khoản", html);
        Assert.Contains("table-danger", html);
        Assert.Equal(0, await AccountsAsync("d2@nlb.example"));
        Assert.Equal(1, await AccountsAsync(OtherCommunesAddress));
    }

    [Fact]
    public async Task Twenty_confirmations_at_once_import_once_and_each_gets_a_clean_answer()
    {
        var admin = await AdminAsync();
        var preview = await PreviewAsync(admin, AdminTests.Sheet(
            ["e1@nlb.example", "Phan Văn Một", "Trưởng thôn", "Cán bộ đơn vị", "Thôn Đông"],
            ["e2@nlb.example", "Phan Thị Hai", "Kế toán", "Cán bộ đơn vị", "Trạm Y tế xã"]));
        var confirm = HtmlForm.Parse(preview, "import-confirm");

        var answers = await Task.WhenAll(Enumerable.Range(0, 20).Select(async _ =>
        {
            var response = await confirm.PostAsync(admin);
            return (response.StatusCode, Html: await response.Content.ReadAsStringAsync());
        }));

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.StatusCode));
        Assert.Single(answers, a => a.Html.Contains("Đã tạo 2 tài khoản.", StringComparison.Ordinal));
        Assert.All(answers.Where(a => !a.Html.Contains("Đã tạo 2 tài khoản.", StringComparison.Ordinal)),
            a => Assert.Contains("chưa nhập tài khoản nào", a.Html));
        Assert.Equal(1, await AccountsAsync("e1@nlb.example"));
        Assert.Equal(1, await AccountsAsync("e2@nlb.example"));
    }
}
