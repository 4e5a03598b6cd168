using System.Net;
using NguyenLuongBang.Emulation.IntegrationTests.Infrastructure;

namespace NguyenLuongBang.Emulation.IntegrationTests.PublicPages;

/// <summary>The portal has its own icon: no request a browser makes by itself ends in a redirect or a 404 (issue 33).</summary>
public sealed class PortalIconTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Theory]
    [InlineData("/favicon.ico", "image/x-icon")]
    [InlineData("/favicon.svg", "image/svg+xml")]
    [InlineData("/nguyen-luong-bang/favicon.ico", "image/x-icon")]
    public async Task The_icon_answers_itself_to_a_visitor_who_is_not_signed_in(string path, string type)
    {
        var visitor = factory.CreatePortalClient();

        var response = await visitor.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(type, response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.True(bytes.Length > 100, $"{path}: {bytes.Length} bytes");
    }

    [Fact]
    public async Task Every_page_names_the_icon_it_has()
    {
        var html = await factory.CreatePortalClient().GetStringAsync("/nguyen-luong-bang/Phong-trao");

        Assert.Contains("rel=\"icon\" href=\"/nguyen-luong-bang/favicon.svg\"", html, StringComparison.Ordinal);
    }
}
