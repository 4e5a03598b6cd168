using NguyenLuongBang.Emulation.Domain.Awards;

namespace NguyenLuongBang.Emulation.Domain.Documents;

/// <summary>
/// The official position an account holds for signing (Nghị định 30/2020, Phụ lục I, item 7):
/// given by the administrator, never chosen at signing. A deputy holds his office here only where
/// he is assigned to sign for the head on emulation and commendation.
/// </summary>
public enum SigningOffice
{
    /// <summary>Chủ tịch UBND xã (phường, đặc khu).</summary>
    Chairman,

    /// <summary>Phó Chủ tịch UBND assigned to sign for the chairman (KT. CHỦ TỊCH).</summary>
    ViceChairman,

    /// <summary>Trưởng phòng Văn hóa - Xã hội: signs the office's tờ trình.</summary>
    HeadOfCultureOffice,

    /// <summary>Trưởng Ban Thi đua - Khen thưởng of the city (Sở Nội vụ).</summary>
    BoardHead,

    /// <summary>Phó Trưởng Ban assigned to sign for the head (KT. TRƯỞNG BAN).</summary>
    BoardDeputy,
}

/// <summary>The person who signs a document: their account, their own name, the office they hold.</summary>
public sealed record Signatory(string UserId, string Name, SigningOffice Office)
{
    /// <summary>A deputy signs for the head (KT.); a head signs in his own title.</summary>
    public SignerTitle Title => Office is SigningOffice.ViceChairman or SigningOffice.BoardDeputy ? SignerTitle.ViceChairman : SignerTitle.Chairman;

    /// <summary>The offices a commune's account may hold, and the city's.</summary>
    public static IReadOnlyList<SigningOffice> CommuneOffices { get; } = [SigningOffice.Chairman, SigningOffice.ViceChairman, SigningOffice.HeadOfCultureOffice];

    public static IReadOnlyList<SigningOffice> CityOffices { get; } = [SigningOffice.BoardHead, SigningOffice.BoardDeputy];

    public static string Describe(SigningOffice office) => office switch
    {
        SigningOffice.Chairman => "Chủ tịch UBND",
        SigningOffice.ViceChairman => "Phó Chủ tịch UBND (ký thay Chủ tịch về thi đua, khen thưởng)",
        SigningOffice.HeadOfCultureOffice => "Trưởng phòng Văn hóa - Xã hội",
        SigningOffice.BoardHead => "Trưởng Ban Thi đua - Khen thưởng",
        _ => "Phó Trưởng Ban Thi đua - Khen thưởng (ký thay Trưởng Ban)",
    };
}
