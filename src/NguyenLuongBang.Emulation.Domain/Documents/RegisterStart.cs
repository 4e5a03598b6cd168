using NguyenLuongBang.Emulation.Domain.Common;

namespace NguyenLuongBang.Emulation.Domain.Documents;

/// <summary>
/// The number the văn thư says a register goes on from: a commune numbers all its outgoing
/// documents of a type in one register (usually in its document management system), so the
/// portal's documents take the next number of that register, not one of their own from 01.
/// One row per issuer, type and year; the latest setting counts.
/// </summary>
public sealed class RegisterStart
{
    private RegisterStart()
    {
        Issuer = TypeCode = SetByName = string.Empty;
    }

    /// <param name="lastTaken">The highest number already in the register.</param>
    public RegisterStart(string issuer, string typeCode, int year, int nextSequence, int lastTaken, Actor by, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(by);
        SetByName = by.Name;
        Issuer = Guard.Required(issuer, "Cơ quan ban hành", 20);
        TypeCode = Guard.Required(typeCode, "Loại văn bản", 10);
        Year = year is >= 2000 and <= 2100 ? year : throw new DomainException("Năm của sổ văn bản không hợp lệ.");
        Set(nextSequence, lastTaken, by, now);
    }

    public int Id { get; private set; }

    public string Issuer { get; private set; }

    public string TypeCode { get; private set; }

    public int Year { get; private set; }

    /// <summary>The number the next document of this register takes, unless the register has gone past it.</summary>
    public int NextSequence { get; private set; }

    public string SetByName { get; private set; }

    public DateTimeOffset SetAt { get; private set; }

    /// <param name="lastTaken">The highest number already in the register: the next one must come after it.</param>
    public void Set(int nextSequence, int lastTaken, Actor by, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(by);
        if (nextSequence is < 1 or > MaxSequence)
        {
            throw new DomainException($"Số tiếp theo phải từ 1 đến {MaxSequence}.");
        }

        if (nextSequence <= lastTaken)
        {
            throw new DomainException($"Sổ đã cấp đến số {lastTaken:00}: số tiếp theo phải lớn hơn {lastTaken:00}.");
        }

        NextSequence = nextSequence;
        SetByName = by.Name;
        SetAt = now;
    }

    /// <summary>No register of a commune reaches this many documents of one type in a year.</summary>
    public const int MaxSequence = 99_999;
}
