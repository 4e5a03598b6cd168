using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using NguyenLuongBang.Emulation.Domain.Common;
using NguyenLuongBang.Emulation.Web.Documents;
using NguyenLuongBang.Emulation.Web.Features.DocumentRegister;

namespace NguyenLuongBang.Emulation.UnitTests.Web;

public class PublicAddressTests
{
    private sealed class Host(string name) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = name;

        public string ApplicationName { get; set; } = "portal";

        public string ContentRootPath { get; set; } = string.Empty;

        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }

    private static PublicAddress Address(string? url, string environment = "Production") =>
        new(new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [PublicAddress.Key] = url }).Build(), new Host(environment));

    [Theory]
    [InlineData("https://thidua.xa.gov.vn", "https://thidua.xa.gov.vn")]
    [InlineData("https://thidua.xa.gov.vn/", "https://thidua.xa.gov.vn")]
    [InlineData(" http://10.0.0.5:8080/cong/ ", "http://10.0.0.5:8080/cong")]
    public void An_absolute_http_address_is_printed_without_its_trailing_slash(string configured, string printed)
    {
        var address = Address(configured);
        Assert.Equal(printed, address.Require());
        Assert.Null(address.Problem);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("thidua.xa.gov.vn")]
    [InlineData("/Xac-thuc")]
    [InlineData("ftp://thidua.xa.gov.vn")]
    [InlineData("https://thidua.xa.gov.vn/?a=1")]
    public void Outside_Development_a_missing_or_malformed_address_refuses_to_issue_with_a_reason(string? configured)
    {
        var address = Address(configured);
        Assert.Null(address.Root);
        var refused = Assert.Throws<DomainException>(address.Require);
        Assert.Contains("Portal:PublicUrl", refused.Message, StringComparison.Ordinal);
        Assert.Equal(address.Problem, refused.Message);
    }

    [Fact]
    public void In_Development_a_missing_address_falls_back_to_the_local_one_but_a_malformed_one_is_still_refused()
    {
        Assert.Equal(PublicAddress.DevelopmentDefault, Address(null, "Development").Require());
        Assert.Throws<DomainException>(Address("thidua", "Development").Require);
    }
}
