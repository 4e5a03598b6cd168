using NguyenLuongBang.Emulation.Domain.Campaigns;
using NguyenLuongBang.Emulation.Domain.Common;
using NguyenLuongBang.Emulation.Domain.Units;

namespace NguyenLuongBang.Emulation.UnitTests.Campaigns;

public class ReferenceEntityTests
{
    [Theory]
    [InlineData(IndicatorKind.Count, "12", true)]
    [InlineData(IndicatorKind.Count, "0", true)]
    [InlineData(IndicatorKind.Count, "-1", false)]
    [InlineData(IndicatorKind.Count, "2.5", false)]
    [InlineData(IndicatorKind.Percent, "0", true)]
    [InlineData(IndicatorKind.Percent, "100", true)]
    [InlineData(IndicatorKind.Percent, "100.01", false)]
    [InlineData(IndicatorKind.Percent, "-0.5", false)]
    [InlineData(IndicatorKind.Money, "1500.5", true)]
    [InlineData(IndicatorKind.Money, "-1", false)]
    [InlineData(IndicatorKind.YesNo, "1", true)]
    [InlineData(IndicatorKind.YesNo, "0", true)]
    [InlineData(IndicatorKind.YesNo, "2", false)]
    public void Indicator_CheckValue_FollowsItsKind(IndicatorKind kind, string value, bool valid)
    {
        var indicator = new Indicator("T01", "Chỉ tiêu thử", "đơn vị", kind, 1);

        var error = indicator.CheckValue(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(valid, error is null);
    }

    [Fact]
    public void Indicator_Retire_ThenReinstate()
    {
        var indicator = new Indicator("t01", "Chỉ tiêu", "buổi", IndicatorKind.Count, 1);

        indicator.Retire();
        Assert.True(indicator.IsRetired);
        Assert.Throws<DomainException>(indicator.Retire);

        indicator.Reinstate();
        Assert.False(indicator.IsRetired);
        Assert.Throws<DomainException>(indicator.Reinstate);
        Assert.Equal("T01", indicator.Code);
    }

    [Fact]
    public void Unit_Deactivate_ThenActivate()
    {
        var unit = new Unit("Thôn Đông", 1, null, null, null, null);

        unit.Deactivate();
        Assert.False(unit.IsActive);
        Assert.Throws<DomainException>(unit.Deactivate);

        unit.Activate();
        Assert.True(unit.IsActive);
        Assert.Throws<DomainException>(unit.Activate);
    }

    [Fact]
    public void Unit_without_name_is_refused() =>
        Assert.Throws<DomainException>(() => new Unit("  ", 1, null, null, null, null));

    [Fact]
    public void A_deadline_day_ends_at_23_59_59_in_Vietnam()
    {
        // The deadline itself is a setting (15/12 by default); the day ends in Vietnam's time.
        var deadline = VietnamTime.EndOfDay(new DateOnly(2026, 12, 15));

        Assert.Equal(new DateTimeOffset(2026, 12, 15, 16, 59, 59, TimeSpan.Zero), deadline.ToUniversalTime().AddTicks(-(deadline.Ticks % TimeSpan.TicksPerSecond)));
        Assert.Equal(TimeSpan.FromHours(7), deadline.Offset);
    }

    [Fact]
    public void Campaign_covers_its_years_only()
    {
        var campaign = new Campaign("KH", "Phong trào", "Căn cứ", 2025, 2030);

        Assert.True(campaign.Covers(2025) && campaign.Covers(2030));
        Assert.False(campaign.Covers(2024) || campaign.Covers(2031));
    }

    [Fact]
    public void Campaign_has_six_annual_rounds_and_two_reviews() =>
        Assert.Equal(8, new Campaign("KH", "Phong trào", "Căn cứ", 2025, 2030).Rounds.Count);

    [Theory]
    [InlineData("2026", RoundKind.Annual, 2026)]
    [InlineData("so-ket-2027", RoundKind.Interim, 2027)]
    [InlineData("TONG-KET-2030", RoundKind.Final, 2030)]
    public void ReviewRound_parses_its_codes(string code, RoundKind kind, int year)
    {
        Assert.True(ReviewRound.TryParse(code, out var round));
        Assert.Equal(new ReviewRound(kind, year), round);
        Assert.Equal(code.ToLowerInvariant(), round.Code);
    }

    [Theory]
    [InlineData("2024")]
    [InlineData("so-ket-2028")]
    [InlineData("abc")]
    [InlineData("")]
    public void ReviewRound_refuses_unknown_codes(string code) => Assert.False(ReviewRound.TryParse(code, out _));

    [Fact]
    public void Interim_round_covers_2025_to_2027() =>
        Assert.Equal([2025, 2026, 2027], ReviewRound.Interim.Years);

    [Theory]
    [InlineData(2, 3, 2, 3, true)]
    [InlineData(2, 3, 5, 9, false)]
    [InlineData(2, 3, 6, 9, true)]
    [InlineData(70, 100, 7, 10, true)]
    [InlineData(70, 100, 69, 100, false)]
    [InlineData(70, 100, 0, 0, false)]
    public void Fraction_IsMetBy_compares_exactly(int num, int den, int count, int total, bool met) =>
        Assert.Equal(met, new Fraction(num, den).IsMetBy(count, total));

    [Fact]
    public void Fraction_above_one_is_refused() => Assert.Throws<DomainException>(() => new Fraction(4, 3));
}
