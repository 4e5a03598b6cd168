using Microsoft.Extensions.Configuration;
using NguyenLuongBang.Emulation.Web.Features.Notifications;

namespace NguyenLuongBang.Emulation.UnitTests.Web;

public class MailLimitsTests
{
    private static MailLimits From(params (string Key, string Value)[] values) =>
        MailLimits.From(new ConfigurationBuilder().AddInMemoryCollection(values.Select(v => new KeyValuePair<string, string?>(v.Key, v.Value))).Build());

    [Fact]
    public void From_NothingConfigured_GivesTenSecondsToConnectAndThirtyToSend()
    {
        var limits = From();
        Assert.Equal(TimeSpan.FromSeconds(10), limits.Connect);
        Assert.Equal(TimeSpan.FromSeconds(30), limits.Send);
        Assert.Equal(TimeSpan.FromMinutes(2), limits.Pass);
        Assert.Equal(4, limits.ParallelCommunes);
    }

    [Fact]
    public void From_Configured_TakesSecondsWithFractions()
    {
        var limits = From(("Smtp:ConnectTimeoutSeconds", "0.5"), ("Smtp:SendTimeoutSeconds", "2"), ("Smtp:ParallelCommunes", "8"));
        Assert.Equal(TimeSpan.FromMilliseconds(500), limits.Connect);
        Assert.Equal(TimeSpan.FromSeconds(2), limits.Send);
        Assert.Equal(8, limits.ParallelCommunes);
        Assert.Equal("0,5", MailLimits.InSeconds(limits.Connect));
    }

    [Theory]
    [InlineData("Smtp:ConnectTimeoutSeconds", "0")]
    [InlineData("Smtp:SendTimeoutSeconds", "-1")]
    [InlineData("Smtp:PassSeconds", "601")]
    [InlineData("Smtp:ParallelCommunes", "0")]
    public void From_AValueOutOfRange_Throws(string key, string value) =>
        Assert.Throws<InvalidOperationException>(() => From((key, value)));

    [Fact]
    public void From_APassThatWouldOutlastItsLease_Throws() =>
        Assert.Throws<InvalidOperationException>(() => From(("Smtp:PassSeconds", "240"), ("Smtp:SendTimeoutSeconds", "30")));
}
