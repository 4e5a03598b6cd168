using NguyenLuongBang.Emulation.Domain.Common;

namespace NguyenLuongBang.Emulation.Domain.Nominations;

/// <summary>An objection to a posted nominee: who raised it, what it says, and how it was resolved.</summary>
public sealed class NominationObjection
{
    private NominationObjection()
    {
        FromWhom = Content = RecordedByName = string.Empty;
    }

    /// <summary>Who records feedback that came in through the public page.</summary>
    public static readonly Actor PublicSender = new("public", "Cổng thông tin công khai");

    internal NominationObjection(string fromWhom, string content, DateOnly receivedOn, Actor by, DateTimeOffset now)
    {
        FromWhom = Guard.Required(fromWhom, "Người phản ánh", 200);
        Content = Guard.Required(content, "Nội dung phản ánh", 2000);
        ReceivedOn = receivedOn;
        RecordedByName = by.Name;
        RecordedAt = now;
    }

    internal static NominationObjection Online(string? senderName, string? contact, string? content, string reference, Guid formToken, DateTimeOffset now) =>
        new(Names.Clean(senderName), content ?? string.Empty, DateOnly.FromDateTime(VietnamTime.ToLocal(now).DateTime), PublicSender, now)
        {
            Contact = Guard.Required(contact, "Số điện thoại hoặc thư điện tử", 200),
            Reference = Guard.Required(reference, "Số tiếp nhận", 20),
            FormToken = formToken,
        };

    public int Id { get; private set; }

    public int NominationId { get; private set; }

    public string FromWhom { get; private set; }

    /// <summary>How to reach the sender of online feedback; never shown publicly.</summary>
    public string? Contact { get; private set; }

    /// <summary>The reference number given to the sender of online feedback (null for objections recorded by hand).</summary>
    public string? Reference { get; private set; }

    /// <summary>The feedback form's one-time token: the same form sent twice is received once.</summary>
    public Guid? FormToken { get; private set; }

    public bool ReceivedOnline => Reference is not null;

    public string Content { get; private set; }

    public DateOnly ReceivedOn { get; private set; }

    public string RecordedByName { get; private set; }

    public DateTimeOffset RecordedAt { get; private set; }

    public string? Resolution { get; private set; }

    public string? ResolvedByName { get; private set; }

    public DateTimeOffset? ResolvedAt { get; private set; }

    internal void Resolve(string resolution, Actor by, DateTimeOffset now)
    {
        if (Resolution is not null)
        {
            throw new DomainException("Ý kiến phản ánh này đã được giải quyết.");
        }

        Resolution = Guard.Required(resolution, "Kết quả giải quyết", 2000);
        ResolvedByName = by.Name;
        ResolvedAt = now;
    }
}
