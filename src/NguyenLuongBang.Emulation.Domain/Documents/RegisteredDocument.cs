using System.Globalization;
using NguyenLuongBang.Emulation.Domain.Common;

namespace NguyenLuongBang.Emulation.Domain.Documents;

/// <summary>
/// One line of the document register (sổ đăng ký văn bản): a number given to a document an issuer
/// signs. Numbers run per issuer, type and calendar year from 1 and are never reused.
/// </summary>
public sealed class RegisteredDocument
{
    private RegisteredDocument()
    {
        Issuer = TypeCode = Title = IssuedByName = string.Empty;
    }

    public RegisteredDocument(string issuer, string typeCode, int year, int sequence, string title, DateOnly issuedOn, Actor by, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(by);
        if (sequence < 1)
        {
            throw new DomainException("Số văn bản bắt đầu từ 1.");
        }

        if (sequence > RegisterStart.MaxSequence)
        {
            throw new DomainException($"Sổ văn bản đã đến số {RegisterStart.MaxSequence}: không cấp thêm số trong năm.");
        }

        if (issuedOn.Year != year)
        {
            throw new DomainException("Ngày ban hành phải thuộc năm của sổ đăng ký.");
        }

        Issuer = Guard.Required(issuer, "Cơ quan ban hành", 20);
        TypeCode = Guard.Required(typeCode, "Loại văn bản", 10);
        Year = year;
        Sequence = sequence;
        Title = Guard.Required(title, "Trích yếu", 500);
        IssuedOn = issuedOn;
        IssuedByName = by.Name;
        IssuedAt = now;
    }

    public int Id { get; private set; }

    public string Issuer { get; private set; }

    public string TypeCode { get; private set; }

    public int Year { get; private set; }

    public int Sequence { get; private set; }

    public string Title { get; private set; }

    public DateOnly IssuedOn { get; private set; }

    public string IssuedByName { get; private set; }

    public DateTimeOffset IssuedAt { get; private set; }

    /// <summary>"Số: 05/BC-UBND": a leading zero below 10.</summary>
    public string Number => Format(Sequence, TypeCode, Issuer);

    public static string Format(int sequence, string typeCode, string issuer) =>
        string.Create(CultureInfo.InvariantCulture, $"{sequence:00}/{typeCode}-{issuer}");
}
