using System.Net;
using NguyenLuongBang.Emulation.IntegrationTests.Infrastructure;

namespace NguyenLuongBang.Emulation.IntegrationTests.Identity;

public class RoleGateTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Theory]
    [InlineData("vanphong@nlb.example", "/Review", HttpStatusCode.Forbidden)]
    [InlineData("vanphong@nlb.example", "/Admin/Users", HttpStatusCode.Forbidden)]
    [InlineData("hoidong1@nlb.example", "/Review", HttpStatusCode.Forbidden)]
    [InlineData("chutich@nlb.example", "/Admin/Users", HttpStatusCode.Forbidden)]
    [InlineData("chuyenvien@nlb.example", "/Admin/Users", HttpStatusCode.Forbidden)]
    [InlineData("chuyenvien@nlb.example", "/Review", HttpStatusCode.OK)]
    [InlineData("quantri@nlb.example", "/Admin/Users", HttpStatusCode.OK)]
    [InlineData("quantri@nlb.example", "/Review", HttpStatusCode.Forbidden)]
    public async Task Pages_are_gated_by_role(string email, string url, HttpStatusCode expected)
    {
        var client = factory.CreatePortalClient();
        await client.SignInAsync(email);

        var response = await client.GetAsync(url);

        Assert.Equal(expected, response.StatusCode);
        if (expected == HttpStatusCode.Forbidden)
        {
            Assert.Contains("Không có quyền truy cập", await response.Content.ReadAsStringAsync());
        }
    }

    [Fact]
    public async Task Reviewer_list_shows_every_active_unit_with_its_status()
    {
        var client = factory.CreatePortalClient();
        await client.SignInAsync("chuyenvien@nlb.example");

        var html = await client.GetStringAsync("/Review?year=2026");

        Assert.Contains("Trường Tiểu học Nguyễn Lương Bằng", html);
        Assert.Contains("Thôn Nam", html);
        Assert.Contains("Chưa bắt đầu", html);
        Assert.Contains("Đã tiếp nhận", html);
        Assert.Contains("Trả lại để bổ sung", html);
    }

    [Fact]
    public async Task Health_is_open_and_checks_the_database()
    {
        var response = await factory.CreatePortalClient().GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Unknown_page_gives_a_Vietnamese_404()
    {
        var client = factory.CreatePortalClient();
        await client.SignInAsync("chuyenvien@nlb.example");

        var response = await client.GetAsync("/Khong/Ton/Tai");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Không tìm thấy trang", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Reviewer_list_filters_by_status_unit_type_and_lateness()
    {
        var client = factory.CreatePortalClient();
        await client.SignInAsync("chuyenvien@nlb.example");

        var returned = await client.GetStringAsync("/Review?year=2026&status=Returned");
        var schools = await client.GetStringAsync("/Review?year=2026&unitType=TRUONG");
        var late2025 = await client.GetStringAsync("/Review?year=2025&late=true");

        Assert.Contains("Trả lại để bổ sung", returned);
        Assert.DoesNotContain("text-bg-success\">Đã tiếp nhận<", returned);
        Assert.Contains("text-bg-success\">Đã tiếp nhận<", await client.GetStringAsync("/Review?year=2026"));
        Assert.Contains("Trường Mầm non Nguyễn Lương Bằng", schools);
        Assert.DoesNotContain("Thôn Đông", schools);
        Assert.Contains("Nộp muộn", late2025);
        Assert.DoesNotContain("Văn phòng HĐND và UBND xã", late2025);
    }
}
