using NguyenLuongBang.Emulation.Domain.Common;

namespace NguyenLuongBang.Emulation.Domain.Communes;

/// <summary>The kind of a commune-level administration since 1 July 2025.</summary>
public enum CommuneKind
{
    /// <summary>Xã.</summary>
    Xa,

    /// <summary>Phường.</summary>
    Phuong,

    /// <summary>Đặc khu.</summary>
    DacKhu,

    /// <summary>
    /// The city itself (its Ban Thi đua - Khen thưởng): not a commune of the movement but the
    /// owner of the city's accounts, audit chain, register and documents. Never listed among the
    /// communes, never at a public path.
    /// </summary>
    City,
}

/// <summary>
/// One commune, ward or special zone served by the portal. Everything the commune owns (units,
/// accounts, reports, documents, the audit chain…) carries its key; a deployment holds one or many.
/// </summary>
public sealed class Commune
{
    /// <summary>The commune every deployment starts with (created by the migration that introduced communes).</summary>
    public const int FirstId = 1;

    private Commune()
    {
        Slug = Name = string.Empty;
    }

    public Commune(string slug, string name, CommuneKind kind)
    {
        Slug = Guard.Required(slug, "Đường dẫn ngắn", 60).ToLowerInvariant();
        if (!Slug.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-') || Slug.StartsWith('-') || Slug.EndsWith('-'))
        {
            throw new DomainException("Đường dẫn ngắn chỉ gồm chữ không dấu, chữ số và dấu gạch ngang (ví dụ: nguyen-luong-bang).");
        }

        Name = Guard.Name(name, "Tên xã, phường, đặc khu", 200);
        Kind = kind;
        IsActive = true;
    }

    public int Id { get; private set; }

    /// <summary>The short path of its public pages (e.g. <c>nguyen-luong-bang</c>).</summary>
    public string Slug { get; private set; }

    /// <summary>The name without its kind (e.g. "Nguyễn Lương Bằng").</summary>
    public string Name { get; private set; }

    public CommuneKind Kind { get; private set; }

    public bool IsActive { get; private set; }

    /// <summary>The slug of the city's own row (never a public path: the city's pages are under <c>/Thanh-pho</c>).</summary>
    public const string CitySlug = "thanh-pho";

    /// <summary>The row that owns the city's accounts and documents (one per deployment).</summary>
    public static Commune City(string name) => new(CitySlug, name, CommuneKind.City);

    public bool IsCity => Kind == CommuneKind.City;

    /// <summary>"xã Nguyễn Lương Bằng", "phường …", "đặc khu …".</summary>
    public string DisplayName => DisplayNameOf(Kind, Name);

    public static string DisplayNameOf(CommuneKind kind, string name) => $"{KindName(kind)} {name}";

    public static string KindName(CommuneKind kind) => kind switch
    {
        CommuneKind.Phuong => "phường",
        CommuneKind.DacKhu => "đặc khu",
        CommuneKind.City => "thành phố",
        _ => "xã",
    };
}
