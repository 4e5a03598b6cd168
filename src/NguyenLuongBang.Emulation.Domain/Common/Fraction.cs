namespace NguyenLuongBang.Emulation.Domain.Common;

/// <summary>
/// A share such as 2/3 or 70/100, compared in whole numbers so that "exactly two thirds"
/// is met exactly (a decimal 0.6667 would refuse 2 of 3).
/// </summary>
public readonly record struct Fraction
{
    public Fraction(int numerator, int denominator)
    {
        if (denominator <= 0 || numerator < 0 || numerator > denominator)
        {
            throw new DomainException("Tỷ lệ phải nằm trong khoảng từ 0 đến 1.");
        }

        Numerator = numerator;
        Denominator = denominator;
    }

    public int Numerator { get; }

    public int Denominator { get; }

    /// <summary>True when <paramref name="count"/> of <paramref name="total"/> is at least this share.</summary>
    public bool IsMetBy(int count, int total)
    {
        if (total <= 0)
        {
            return false;
        }

        return (long)count * Denominator >= (long)Numerator * total;
    }

    public override string ToString() => $"{Numerator}/{Denominator}";

    /// <summary>As a document states it: "70%" for a share of a hundred, "2/3" otherwise.</summary>
    public string Display => Denominator == 100 ? $"{Numerator}%" : ToString();
}
