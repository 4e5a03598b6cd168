using NguyenLuongBang.Emulation.Domain.Common;

namespace NguyenLuongBang.Emulation.Domain.Documents;

/// <summary>What kind of document the guidance library holds.</summary>
public enum GuidanceCategory
{
    Plan,
    Guidance,
    ReportTemplate,
    Form,
    Other,
}

/// <summary>
/// A document Phòng Văn hóa - Xã hội publishes in the guidance library (văn bản hướng dẫn): the city's
/// and the commune's plans, guidance, report templates, forms. Public or for units only. Never
/// deleted: withdrawn with a reason, and still listed as withdrawn.
/// </summary>
public sealed class GuidanceDocument
{
    private GuidanceDocument()
    {
        Title = Number = Issuer = PublishedByName = string.Empty;
    }

    public GuidanceDocument(string title, string? number, DateOnly issuedOn, string issuer, GuidanceCategory category, bool isPublic, int fileId, Actor by, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(by);
        Title = Guard.Name(title, "Tên văn bản", 300);
        Number = Guard.OptionalName(number, "Số, ký hiệu", 50) ?? string.Empty;
        if (issuedOn.Year < 2000 || issuedOn > DateOnly.FromDateTime(VietnamTime.ToLocal(now).DateTime))
        {
            throw new DomainException("Ngày ban hành phải từ năm 2000 đến hôm nay.");
        }

        if (!Enum.IsDefined(category))
        {
            throw new DomainException("Loại văn bản không hợp lệ.");
        }

        IssuedOn = issuedOn;
        Issuer = Guard.Name(issuer, "Cơ quan ban hành", 200);
        Category = category;
        IsPublic = isPublic;
        FileId = fileId;
        PublishedAt = now;
        PublishedByName = by.Name;
    }

    public int Id { get; private set; }

    public string Title { get; private set; }

    /// <summary>Số, ký hiệu (empty for a form or template without one).</summary>
    public string Number { get; private set; }

    public DateOnly IssuedOn { get; private set; }

    public string Issuer { get; private set; }

    public GuidanceCategory Category { get; private set; }

    /// <summary>Shown to everyone (true) or to signed-in users of the portal only (false).</summary>
    public bool IsPublic { get; private set; }

    public int FileId { get; private set; }

    public DateTimeOffset PublishedAt { get; private set; }

    public string PublishedByName { get; private set; }

    public DateTimeOffset? WithdrawnAt { get; private set; }

    public string? WithdrawnByName { get; private set; }

    public string? WithdrawalReason { get; private set; }

    public bool IsWithdrawn => WithdrawnAt is not null;

    public void Withdraw(string? reason, Actor by, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(by);
        if (IsWithdrawn)
        {
            throw new DomainException("Văn bản này đã được thu hồi.");
        }

        WithdrawalReason = Guard.Required(reason, "Lý do thu hồi", 500);
        WithdrawnAt = now;
        WithdrawnByName = by.Name;
    }
}
