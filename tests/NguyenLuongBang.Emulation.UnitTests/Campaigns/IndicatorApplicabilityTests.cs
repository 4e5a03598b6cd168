using NguyenLuongBang.Emulation.Domain.Campaigns;
using NguyenLuongBang.Emulation.Domain.Common;

namespace NguyenLuongBang.Emulation.UnitTests.Campaigns;

public class IndicatorApplicabilityTests
{
    private static readonly string[] Types = ["CO-QUAN", "TT-HCC", "TRUONG", "THON"];

    private static Indicator Online() => new("CP01", "Tỷ lệ hồ sơ trực tuyến toàn trình", "%", IndicatorKind.Percent, 5);

    [Fact]
    public void An_indicator_applies_to_every_type_until_it_is_narrowed_and_keeps_the_catalogues_order()
    {
        var indicator = Online();
        Assert.True(indicator.AppliesTo("TRUONG"));
        Assert.Empty(indicator.UnitTypes);

        indicator.ApplyTo(["TT-HCC", "CO-QUAN", "TT-HCC"], Types);

        Assert.Equal("CO-QUAN,TT-HCC", indicator.UnitTypeCodes);
        Assert.True(indicator.AppliesTo("TT-HCC"));
        Assert.False(indicator.AppliesTo("TRUONG"));
        Assert.False(indicator.AppliesTo(null));
    }

    [Fact]
    public void Choosing_none_or_every_type_means_every_type_and_an_unknown_type_is_refused()
    {
        var indicator = Online();
        indicator.ApplyTo(["TT-HCC"], Types);

        indicator.ApplyTo(Types, Types);
        Assert.Null(indicator.UnitTypeCodes);

        indicator.ApplyTo(["TT-HCC"], Types);
        indicator.ApplyTo([], Types);
        Assert.Null(indicator.UnitTypeCodes);

        var refused = Assert.Throws<DomainException>(() => indicator.ApplyTo(["TT-HCC", "KHONG-CO"], Types));
        Assert.Contains("KHONG-CO", refused.Message, StringComparison.Ordinal);
        Assert.Null(indicator.UnitTypeCodes);
    }
}
