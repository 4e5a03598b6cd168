using Microsoft.EntityFrameworkCore;
using NguyenLuongBang.Emulation.Domain.Common;
using NguyenLuongBang.Emulation.Domain.Documents;
using NguyenLuongBang.Emulation.Web.Data;

namespace NguyenLuongBang.Emulation.Web.Documents;

/// <summary>
/// Who signs: the signed-in person, in the office the administrator gave their account. The
/// signature block and the name on a document come from here and from nowhere else — no form
/// field says whom to sign as (Nghị định 30/2020, Phụ lục I, item 7: the position printed is one
/// the signer holds).
/// </summary>
public sealed class Signatories(AppDbContext db)
{
    /// <summary>Documents of the People's Committee: the chairman, or a vice-chairman assigned to sign for him (KT.).</summary>
    public Task<Signatory> CommitteeAsync(Actor by, CancellationToken cancellationToken) =>
        OfAsync(by, [SigningOffice.Chairman, SigningOffice.ViceChairman], "Chủ tịch hoặc Phó Chủ tịch UBND được giao ký thay", cancellationToken);

    /// <summary>The tờ trình of Phòng Văn hóa - Xã hội: its head.</summary>
    public Task<Signatory> CultureOfficeAsync(Actor by, CancellationToken cancellationToken) =>
        OfAsync(by, [SigningOffice.HeadOfCultureOffice], "Trưởng phòng Văn hóa - Xã hội", cancellationToken);

    /// <summary>The city's report: the head of the Ban, or a deputy assigned to sign for him (KT.).</summary>
    public Task<Signatory> CityBoardAsync(Actor by, CancellationToken cancellationToken) =>
        OfAsync(by, [SigningOffice.BoardHead, SigningOffice.BoardDeputy], "Trưởng Ban hoặc Phó Trưởng Ban Thi đua - Khen thưởng", cancellationToken);

    /// <summary>For a draft: the name of an active account holding <paramref name="office"/> in this commune, if any.</summary>
    public Task<string?> HolderNameAsync(SigningOffice office, CancellationToken cancellationToken) =>
        db.Users.AsNoTracking().Where(u => u.SigningOffice == office)
            .OrderBy(u => u.FullName).Select(u => (string?)u.FullName).FirstOrDefaultAsync(cancellationToken);

    /// <summary>What the signing forms show the signed-in person: the office they would sign in, if they hold one of <paramref name="offices"/>.</summary>
    public async Task<Signatory?> HeldByAsync(string? userId, IReadOnlyCollection<SigningOffice> offices, CancellationToken cancellationToken)
    {
        var person = userId is null ? null : await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => new { u.Id, u.FullName, u.SigningOffice }).SingleOrDefaultAsync(cancellationToken);
        return person?.SigningOffice is { } office && offices.Contains(office) ? new Signatory(person.Id, person.FullName, office) : null;
    }

    private async Task<Signatory> OfAsync(Actor by, SigningOffice[] offices, string wanted, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(by);
        var person = await db.Users.AsNoTracking().Where(u => u.Id == by.UserId).Select(u => new { u.Id, u.FullName, u.SigningOffice }).SingleOrDefaultAsync(cancellationToken);
        return person?.SigningOffice is { } office && offices.Contains(office)
            ? new Signatory(person.Id, person.FullName, office)
            : throw new DomainException($"Văn bản này do {wanted} ký; tài khoản của bạn chưa được giao chức vụ đó nên không ký được. "
                + "Quản trị hệ thống giao chức vụ ký tại Tài khoản → Sửa → Chức vụ ký văn bản.");
    }
}
