using NguyenLuongBang.Emulation.Web.Infrastructure;

namespace NguyenLuongBang.Emulation.UnitTests.Web;

public class PercentageTests
{
    [Theory]
    [InlineData(1, 6, 17)]   // 16,67: rounded, not the truncated 16
    [InlineData(1, 8, 13)]   // 12,5: half away from zero, not banker's 12
    [InlineData(5, 6, 83)]
    [InlineData(6, 6, 100)]
    [InlineData(0, 0, 0)]
    public void A_share_is_rounded_half_away_from_zero(int part, int whole, int expected) => Assert.Equal(expected, Percentage.Of(part, whole));

    [Fact]
    public void One_of_six_reads_17_percent() => Assert.Equal("17%", Percentage.Text(1, 6));
}
