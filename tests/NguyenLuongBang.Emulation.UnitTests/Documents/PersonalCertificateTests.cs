using NguyenLuongBang.Emulation.Domain.Common;
using NguyenLuongBang.Emulation.Domain.Documents;

namespace NguyenLuongBang.Emulation.UnitTests.Documents;

public class PersonalCertificateTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 9, 0, 0, TimeSpan.FromHours(7));
    private static readonly Actor Admin = new("admin-1", "Trần Văn Quản");

    private static PersonalCertificate Bound(string thumbprint = "ab12") =>
        new("account-1", [0x30, 0x03, 0x02, 0x01, 0x01], "CN=Nguyễn Văn Hải", "CN=VNPT-CA", thumbprint.PadRight(64, 'C'), Now.AddDays(-1), Now.AddYears(1), Admin, Now);

    [Fact]
    public void New_KeepsWhoBoundItAndWhen_AndTheThumbprintInCapitals()
    {
        var certificate = Bound();

        Assert.Equal("AB12" + new string('C', 60), certificate.Thumbprint);
        Assert.Equal(("admin-1", "Trần Văn Quản", Now), (certificate.InstalledById, certificate.InstalledByName, certificate.InstalledAt));
        Assert.True(certificate.IsActive);
    }

    [Fact]
    public void New_WithAThumbprintThatIsNotSha256_Throws() =>
        Assert.Throws<DomainException>(() => new PersonalCertificate("account-1", [0x30], "CN=A", "CN=B", "not-hex", Now, Now.AddYears(1), Admin, Now));

    [Fact]
    public void New_WithAnEmptyOrOversizedCertificate_Throws()
    {
        Assert.Throws<DomainException>(() => new PersonalCertificate("account-1", [], "CN=A", "CN=B", new string('A', 64), Now, Now.AddYears(1), Admin, Now));
        Assert.Throws<DomainException>(() => new PersonalCertificate("account-1", new byte[PersonalCertificate.MaxDerBytes + 1], "CN=A", "CN=B", new string('A', 64), Now, Now.AddYears(1), Admin, Now));
    }

    [Fact]
    public void Remove_MarksItRemoved()
    {
        var certificate = Bound();

        certificate.Remove(Now.AddDays(1));

        Assert.Equal(Now.AddDays(1), certificate.RemovedAt);
        Assert.False(certificate.IsActive);
    }

    [Fact]
    public void Remove_Twice_Throws()
    {
        var certificate = Bound();
        certificate.Remove(Now);

        Assert.Throws<DomainException>(() => certificate.Remove(Now.AddDays(1)));
        Assert.Equal(Now, certificate.RemovedAt);
    }
}
