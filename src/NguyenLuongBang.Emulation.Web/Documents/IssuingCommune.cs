using System.Globalization;
using NguyenLuongBang.Emulation.Domain.Communes;

namespace NguyenLuongBang.Emulation.Web.Documents;

/// <summary>
/// The commune a document is issued by, in each form the official texts name it (NĐ 30/2020):
/// the header's issuing body, the place before the date, the chairman's authority, the citations.
/// Built from the commune's row, so a ward's documents say "PHƯỜNG …" and never another commune's name.
/// </summary>
public sealed record IssuingCommune(CommuneKind Kind, string Name)
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    /// <summary>"xã", "phường" or "đặc khu": the level, as in "HĐND xã", "quỹ thi đua của phường".</summary>
    public string Level => Commune.KindName(Kind);

    /// <summary>"xã Nguyễn Lương Bằng".</summary>
    public string DisplayName => Commune.DisplayNameOf(Kind, Name);

    /// <summary>"Xã Nguyễn Lương Bằng": the place before a document's date; the city's own documents say "Hải Phòng".</summary>
    public string Place => Kind == CommuneKind.City ? Name : string.Concat(DisplayName[..1].ToUpper(Vietnamese), DisplayName[1..]);

    /// <summary>"XÃ NGUYỄN LƯƠNG BẰNG".</summary>
    public string Upper => DisplayName.ToUpper(Vietnamese);

    /// <summary>"Ủy ban nhân dân xã Nguyễn Lương Bằng".</summary>
    public string Committee => $"Ủy ban nhân dân {DisplayName}";

    /// <summary>The header's issuing body of a document of the People's Committee.</summary>
    public IReadOnlyList<string> CommitteeHeader => ["ỦY BAN NHÂN DÂN", Upper];

    /// <summary>"UBND XÃ NGUYỄN LƯƠNG BẰNG": the parent body above an office, the council or a unit.</summary>
    public string CommitteeShort => $"UBND {Upper}";

    /// <summary>"CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ NGUYỄN LƯƠNG BẰNG": who awards a Giấy khen.</summary>
    public string ChairmanAuthority => $"CHỦ TỊCH ỦY BAN NHÂN DÂN {Upper}";

    /// <summary>"Cổng thi đua xã Nguyễn Lương Bằng": the producer named in a PDF's properties and its signature.</summary>
    public string PortalName => $"Cổng thi đua {DisplayName}";

    /// <summary>"Xã Nguyễn Lương Bằng, ngày 05 tháng 12 năm 2026"; a draft leaves day and month blank.</summary>
    public string PlaceDate(DateOnly? date, int year) => date is { } d
        ? $"{Place}, ngày {d.Day:00} tháng {(d.Month <= 2 ? d.Month.ToString("00", CultureInfo.InvariantCulture) : d.Month.ToString(CultureInfo.InvariantCulture))} năm {d.Year}"
        : $"{Place}, ngày      tháng      năm {year}";
}
