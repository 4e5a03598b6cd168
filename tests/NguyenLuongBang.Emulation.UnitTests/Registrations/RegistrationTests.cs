using NguyenLuongBang.Emulation.Domain.Campaigns;
using NguyenLuongBang.Emulation.Domain.Common;
using NguyenLuongBang.Emulation.Domain.Registrations;

namespace NguyenLuongBang.Emulation.UnitTests.Registrations;

public class RegistrationTests
{
    private static readonly Actor Staff = new("staff-1", "Trần Thị Hoa");
    private static readonly Actor Reviewer = new("reviewer-1", "Vũ Thị Lan");
    private static readonly DateTimeOffset Now = new(2026, 2, 10, 9, 0, 0, TimeSpan.FromHours(7));
    private static readonly Indicator Online = Make("CP01", IndicatorKind.Percent, 5);
    private static readonly Indicator Trained = Make("HS01", IndicatorKind.Count, 2);

    private static Indicator Make(string code, IndicatorKind kind, int areaId)
    {
        var indicator = new Indicator(code, code, "x", kind, areaId);
        typeof(Indicator).GetProperty(nameof(Indicator.Id))!.SetValue(indicator, code.GetHashCode(StringComparison.Ordinal));
        return indicator;
    }

    private static EmulationRegistration Submitted()
    {
        var registration = new EmulationRegistration(1, 2026, Staff, Now);
        registration.Commit([5, 2], [(Online, 95), (Trained, 300)], Now);
        registration.Submit(Staff, Now);
        return registration;
    }

    [Fact]
    public void Commit_then_Submit_records_areas_and_targets()
    {
        var registration = Submitted();

        Assert.Equal(RegistrationStatus.Submitted, registration.Status);
        Assert.Equal([2, 5], registration.Areas.Select(a => a.ContentAreaId).Order());
        Assert.Equal(95, registration.Targets.Single(t => t.IndicatorId == Online.Id).Target);
    }

    [Fact]
    public void Submit_without_areas_is_refused() =>
        Assert.Throws<DomainException>(() => new EmulationRegistration(1, 2026, Staff, Now).Submit(Staff, Now));

    [Fact]
    public void Target_on_an_area_not_registered_is_refused() =>
        Assert.Throws<DomainException>(() => new EmulationRegistration(1, 2026, Staff, Now).Commit([2], [(Online, 90)], Now));

    [Fact]
    public void Target_that_does_not_suit_the_indicator_is_refused() =>
        Assert.Throws<DomainException>(() => new EmulationRegistration(1, 2026, Staff, Now).Commit([5], [(Online, 120)], Now));

    [Fact]
    public void Confirm_Submitted_BecomesConfirmed_AndLocksIt()
    {
        var registration = Submitted();

        registration.Confirm(Reviewer, Now);

        Assert.Equal(RegistrationStatus.Confirmed, registration.Status);
        Assert.Throws<DomainException>(() => registration.Commit([5], [], Now));
    }

    [Fact]
    public void Return_Submitted_WithComment_CanBeChangedAndResubmitted()
    {
        var registration = Submitted();

        registration.Return(Reviewer, Now, "Chỉ tiêu số hóa quá thấp.");
        registration.Commit([5], [(Online, 98)], Now);
        registration.Submit(Staff, Now);

        Assert.Equal(RegistrationStatus.Submitted, registration.Status);
        Assert.Equal(4, registration.History.Count);
    }

    [Fact]
    public void Return_without_comment_is_refused() => Assert.Throws<DomainException>(() => Submitted().Return(Reviewer, Now, " "));

    [Fact]
    public void Confirm_or_Return_a_draft_is_refused()
    {
        var draft = new EmulationRegistration(1, 2026, Staff, Now);

        Assert.Throws<DomainException>(() => draft.Confirm(Reviewer, Now));
        Assert.Throws<DomainException>(() => draft.Return(Reviewer, Now, "x"));
    }

    [Fact]
    public void Submit_twice_is_refused() => Assert.Throws<DomainException>(() => Submitted().Submit(Staff, Now));

    [Theory]
    [InlineData(IndicatorKind.Percent, "95", "95", TargetResult.Met)]
    [InlineData(IndicatorKind.Percent, "95", "94.9", TargetResult.NotMet)]
    [InlineData(IndicatorKind.Count, "300", "312", TargetResult.Met)]
    [InlineData(IndicatorKind.Count, "300", "0", TargetResult.NotMet)]
    [InlineData(IndicatorKind.Money, "50", "50", TargetResult.Met)]
    [InlineData(IndicatorKind.YesNo, "1", "1", TargetResult.Met)]
    [InlineData(IndicatorKind.YesNo, "1", "0", TargetResult.NotMet)]
    [InlineData(IndicatorKind.Count, "300", null, TargetResult.NoData)]
    [InlineData(IndicatorKind.YesNo, "1", null, TargetResult.NoData)]
    public void Target_met_rules(IndicatorKind kind, string target, string? achieved, TargetResult expected) =>
        Assert.Equal(expected, TargetCheck.Evaluate(kind, decimal.Parse(target, System.Globalization.CultureInfo.InvariantCulture),
            achieved is null ? null : decimal.Parse(achieved, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Where_fewer_is_better_a_target_is_met_at_or_below_it()
    {
        var incidents = new Indicator("AT01", "Số sự cố an toàn thông tin", "sự cố", IndicatorKind.Count, 8);
        incidents.Prefer(lower: true);

        Assert.Equal(TargetResult.Met, TargetCheck.Evaluate(incidents, 2, 1));
        Assert.Equal(TargetResult.Met, TargetCheck.Evaluate(incidents, 2, 2));
        Assert.Equal(TargetResult.NotMet, TargetCheck.Evaluate(incidents, 2, 3));
        Assert.Equal(TargetResult.NoData, TargetCheck.Evaluate(incidents, 2, null));

        var answer = new Indicator("AT02", "Đã triển khai phương án", "có/không", IndicatorKind.YesNo, 8);
        Assert.Throws<NguyenLuongBang.Emulation.Domain.Common.DomainException>(() => answer.Prefer(lower: true));
    }
}
