using NguyenLuongBang.Emulation.Domain.Common;
using NguyenLuongBang.Emulation.Domain.Practices;

namespace NguyenLuongBang.Emulation.UnitTests.Awards;

public class GoodPracticeTests
{
    private static readonly Actor Reviewer = new("reviewer-1", "Vũ Thị Lan");
    private static readonly DateTimeOffset Now = new(2026, 12, 20, 9, 0, 0, TimeSpan.FromHours(7));

    private static GoodPractice New() => new(PracticeKind.Model, "Tổ công nghệ số cộng đồng", "Mỗi thôn một tổ hướng dẫn người dân dùng dịch vụ công.", 13, 2026, Reviewer, Now);

    [Fact]
    public void Published_once_then_public_until_withdrawn_with_a_reason()
    {
        var practice = New();
        Assert.False(practice.IsPublic);

        practice.Publish(Reviewer, Now);
        Assert.True(practice.IsPublic);
        Assert.Throws<DomainException>(() => practice.Publish(Reviewer, Now));
        Assert.Throws<DomainException>(() => practice.Withdraw(" ", Reviewer, Now));

        practice.Withdraw("Đơn vị đề nghị cập nhật số liệu.", Reviewer, Now);
        Assert.False(practice.IsPublic);
        Assert.StartsWith("Đơn vị đề nghị cập nhật số liệu.", practice.WithdrawnReason, StringComparison.Ordinal);
        Assert.Throws<DomainException>(() => practice.Publish(Reviewer, Now));
    }

    [Theory]
    [InlineData(2024)]
    [InlineData(2031)]
    public void Year_outside_the_movement_is_refused(int year) =>
        Assert.Throws<DomainException>(() => new GoodPractice(PracticeKind.Initiative, "A", "B", null, year, Reviewer, Now));

    [Fact]
    public void Withdrawing_a_draft_is_refused() =>
        Assert.Throws<DomainException>(() => New().Withdraw("Lý do", Reviewer, Now));
}
