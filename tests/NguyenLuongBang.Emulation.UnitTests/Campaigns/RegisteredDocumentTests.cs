using NguyenLuongBang.Emulation.Domain.Common;
using NguyenLuongBang.Emulation.Domain.Documents;

namespace NguyenLuongBang.Emulation.UnitTests.Campaigns;

public class RegisteredDocumentTests
{
    private static readonly Actor Reviewer = new("r", "Vũ Thị Lan");

    [Theory]
    [InlineData(5, "BC", "UBND", "05/BC-UBND")]
    [InlineData(12, "QĐ", "UBND", "12/QĐ-UBND")]
    [InlineData(3, "TTr", "VHXH", "03/TTr-VHXH")]
    [InlineData(101, "GK", "UBND", "101/GK-UBND")]
    public void Number_has_a_leading_zero_below_ten(int sequence, string type, string issuer, string expected) =>
        Assert.Equal(expected, RegisteredDocument.Format(sequence, type, issuer));

    [Fact]
    public void Issued_date_outside_the_register_year_is_refused() =>
        Assert.Throws<DomainException>(() => new RegisteredDocument("UBND", "BC", 2026, 1, "Báo cáo", new DateOnly(2027, 1, 2), Reviewer, DateTimeOffset.UnixEpoch));

    [Fact]
    public void Sequence_starts_at_one() =>
        Assert.Throws<DomainException>(() => new RegisteredDocument("UBND", "BC", 2026, 0, "Báo cáo", new DateOnly(2026, 1, 2), Reviewer, DateTimeOffset.UnixEpoch));
}
