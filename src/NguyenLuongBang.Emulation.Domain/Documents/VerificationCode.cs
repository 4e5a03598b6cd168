using System.Security.Cryptography;

namespace NguyenLuongBang.Emulation.Domain.Documents;

/// <summary>
/// The code printed on an issued document (with a QR code) that anyone can look up on the public
/// verification page: 12 characters of Crockford's base 32 (60 random bits, no I, L, O or U), so it
/// cannot be guessed or counted through, and reads out without ambiguity.
/// </summary>
public static class VerificationCode
{
    public const int Length = 12;

    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    public static string New() => RandomNumberGenerator.GetString(Alphabet, Length);

    /// <summary>"ABCD-EFGH-JKMN": how it is printed and read out.</summary>
    public static string Display(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return string.Join('-', code.Chunk(4).Select(c => new string(c)));
    }

    /// <summary>A typed or scanned code in its stored form (case, dashes, spaces and look-alike letters forgiven), or null when it cannot be one.</summary>
    public static string? Normalize(string? typed)
    {
        if (string.IsNullOrWhiteSpace(typed) || typed.Length > 40)
        {
            return null;
        }

        var code = new string(typed.Where(c => c is not ('-' or ' ')).Select(c => char.ToUpperInvariant(c) switch
        {
            'O' => '0',
            'I' or 'L' => '1',
            var other => other,
        }).ToArray());
        return code.Length == Length && code.All(Alphabet.Contains) ? code : null;
    }
}
