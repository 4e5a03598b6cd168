using NguyenLuongBang.Emulation.Domain.Awards;
using NguyenLuongBang.Emulation.Domain.Common;
using NguyenLuongBang.Emulation.Domain.Documents;

namespace NguyenLuongBang.Emulation.UnitTests.Documents;

public class SignerAndDateRulesTests
{
    private static readonly Actor Clerk = new("vt-1", "Văn Thư");
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 9, 0, 0, TimeSpan.FromHours(7));

    [Theory]
    [InlineData(SigningOffice.Chairman, SignerTitle.Chairman)]
    [InlineData(SigningOffice.ViceChairman, SignerTitle.ViceChairman)]
    [InlineData(SigningOffice.BoardHead, SignerTitle.Chairman)]
    [InlineData(SigningOffice.BoardDeputy, SignerTitle.ViceChairman)]
    public void A_deputy_signs_for_the_head_and_a_head_in_his_own_title(SigningOffice office, SignerTitle title) =>
        Assert.Equal(title, new Signatory("u", "Tên", office).Title);

    [Fact]
    public void EnsureNotBefore_ADateBeforeACitedDocument_Throws()
    {
        var refused = Assert.Throws<DomainException>(() =>
            DocumentDates.EnsureNotBefore(new DateOnly(2025, 6, 1), ("Tờ trình", "01/TTr-VHXH", new DateOnly(2026, 12, 7))));
        Assert.Contains("trước Tờ trình số 01/TTr-VHXH ngày 07/12/2026", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EnsureNotBefore_TheSameDayOrLater_IsAccepted()
    {
        DocumentDates.EnsureNotBefore(new DateOnly(2026, 12, 7), ("Tờ trình", "01/TTr-VHXH", new DateOnly(2026, 12, 7)), null);
        DocumentDates.EnsureNotBefore(new DateOnly(2026, 12, 8), ("Quyết định", "01/QĐ-UBND", new DateOnly(2026, 12, 7)));
    }

    [Fact]
    public void EnsureRegisterOrder_ADateBeforeTheLastNumber_Throws() =>
        Assert.Contains("đã có số 385/QĐ-UBND ngày 29/12/2026",
            Assert.Throws<DomainException>(() => DocumentDates.EnsureRegisterOrder(new DateOnly(2026, 12, 7), "385/QĐ-UBND", new DateOnly(2026, 12, 29))).Message,
            StringComparison.Ordinal);

    [Fact]
    public void RegisterStart_AtOrBelowTheLastNumberTaken_Throws()
    {
        Assert.Throws<DomainException>(() => new RegisterStart("UBND", "QĐ", 2026, 12, 12, Clerk, Now));
        var start = new RegisterStart("UBND", "QĐ", 2026, 385, 12, Clerk, Now);
        Assert.Throws<DomainException>(() => start.Set(300, 384, Clerk, Now));
        Assert.Equal(385, start.NextSequence);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(100_000)]
    public void RegisterStart_OutOfRange_Throws(int next) =>
        Assert.Throws<DomainException>(() => new RegisterStart("UBND", "QĐ", 2026, next, 0, Clerk, Now));

    [Fact]
    public void RegisterStart_Set_MovesTheNextNumberOnAndRecordsWho()
    {
        var start = new RegisterStart("UBND", "GK", 2026, 120, 0, Clerk, Now);
        start.Set(130, 125, new Actor("vt-2", "Người Khác"), Now.AddDays(1));
        Assert.Equal((130, "Người Khác"), (start.NextSequence, start.SetByName));
    }
}
