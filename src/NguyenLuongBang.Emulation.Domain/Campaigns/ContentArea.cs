using NguyenLuongBang.Emulation.Domain.Common;

namespace NguyenLuongBang.Emulation.Domain.Campaigns;

/// <summary>One of the eight content areas (nội dung thi đua) of section II.1 of the plan.</summary>
public sealed class ContentArea
{
    public const int Count = 8;

    private ContentArea()
    {
        ShortTitle = FullText = string.Empty;
    }

    public ContentArea(int number, string shortTitle, string fullText)
    {
        if (number is < 1 or > Count)
        {
            throw new DomainException($"Số thứ tự nội dung thi đua phải từ 1 đến {Count}.");
        }

        Number = number;
        ShortTitle = Guard.Required(shortTitle, "Tên ngắn", 200);
        FullText = Guard.Required(fullText, "Nội dung", 4000);
    }

    public int Id { get; private set; }

    public int Number { get; private set; }

    public string ShortTitle { get; private set; }

    public string FullText { get; private set; }

    public string Label => $"({Number}) {ShortTitle}";
}
