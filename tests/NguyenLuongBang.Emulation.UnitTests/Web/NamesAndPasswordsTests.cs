using NguyenLuongBang.Emulation.Domain.Common;
using NguyenLuongBang.Emulation.Web.Identity;

namespace NguyenLuongBang.Emulation.UnitTests.Web;

public class NamesAndPasswordsTests
{
    [Theory]
    [InlineData("Nguye\u0302\u0303n Lu\u031Bo\u031Bng Ba\u0306\u0300ng", "Nguyễn Lương Bằng")]
    [InlineData("\u202Egnp.exe.pdf", "gnp.exe.pdf")]
    [InlineData("  Trạm \t Y tế\r\nxã\u200B ", "Trạm Y tế xã")]
    [InlineData("\uFEFFThôn Đông\u2066", "Thôn Đông")]
    [InlineData("\u00ADSoft\u00ADhyphen", "Softhyphen")]
    public void A_name_is_stored_in_one_form_on_one_line_without_invisible_characters(string typed, string stored) =>
        Assert.Equal(stored, Names.Clean(typed));

    [Theory]
    [InlineData("Trạm Y tế xã", "trạm y tế xã")]
    [InlineData("TRAM Y TE XA", "Tra\u0323m Y Te\u0302\u0301 Xa\u0303")]
    [InlineData("Đông", "dong")]
    public void Names_that_read_alike_fold_alike(string one, string other) =>
        Assert.Equal(Names.Fold(one), Names.Fold(other));

    [Theory]
    [InlineData("Password2026!")]
    [InlineData("MATKHAU-2026-!!")]
    [InlineData("1q2w3e4r5t6y")]
    [InlineData("zzzzzzzzzzzzz")]
    [InlineData("98765432109876")]
    [InlineData("Thanh Hương 2026 mới")]
    [InlineData("huong.tt-2026-mk")]
    public void Common_repeated_or_personal_passwords_are_refused(string password) =>
        Assert.NotNull(PortalPasswordPolicy.Refusal(password, "Trần Thanh Hương", "huong.tt@nlb.example"));

    [Theory]
    [InlineData("mùa lúa chín ở cánh đồng")]
    [InlineData("Ba-con-meo-trên-mái-nhà")]
    [InlineData(DemoPassword)]
    public void A_personal_passphrase_is_accepted(string password) =>
        Assert.Null(PortalPasswordPolicy.Refusal(password, "Trần Thanh Hương", "huong.tt@nlb.example"));

    private const string DemoPassword = NguyenLuongBang.Emulation.Web.Data.Seeding.DemoData.Password;
}
