using NguyenLuongBang.Emulation.Domain.Notifications;

namespace NguyenLuongBang.Emulation.UnitTests.Notifications;

public class OutboxMessageTests
{
    private static readonly DateTimeOffset Created = new(2026, 12, 1, 8, 0, 0, TimeSpan.Zero);

    private static OutboxMessage Message() => new("nguoinhan@nlb.example", "Tiêu đề", "Nội dung", Created);

    [Fact]
    public void LastFailedAt_IsTheMomentOfTheLastFailedTry()
    {
        var message = Message();
        Assert.Null(message.LastFailedAt);

        message.MarkFailed("Máy chủ thư không trả lời", Created.AddMinutes(1));
        Assert.Equal(Created.AddMinutes(1), message.LastFailedAt);

        message.MarkFailed("Máy chủ thư không trả lời", Created.AddMinutes(3));
        Assert.Equal(Created.AddMinutes(3), message.LastFailedAt);
        Assert.Equal(Created.AddMinutes(8), message.NextAttemptAt);
    }

    [Fact]
    public void LastFailedAt_OfASetAsideMessage_IsWhenItWasSetAside()
    {
        var message = Message();
        for (var attempt = 1; attempt <= OutboxMessage.MaxAttempts; attempt++)
        {
            message.MarkFailed("Lỗi " + attempt, Created.AddHours(attempt));
        }

        Assert.NotNull(message.SetAsideAt);
        Assert.Equal(Created.AddHours(OutboxMessage.MaxAttempts), message.LastFailedAt);

        var impossible = Message();
        impossible.SetAside("Địa chỉ người nhận không hợp lệ", Created.AddMinutes(2));
        Assert.Equal(Created.AddMinutes(2), impossible.LastFailedAt);
    }

    [Fact]
    public void LastFailedAt_OnceSent_IsNone()
    {
        var message = Message();
        message.MarkFailed("Máy chủ thư không trả lời", Created.AddMinutes(1));
        message.MarkSent(Created.AddMinutes(2));
        Assert.Null(message.LastFailedAt);
    }
}
