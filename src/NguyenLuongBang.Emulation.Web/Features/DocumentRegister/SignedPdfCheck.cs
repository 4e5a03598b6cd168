using System.Globalization;
using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using System.Text;
using System.Text.RegularExpressions;

namespace NguyenLuongBang.Emulation.Web.Features.DocumentRegister;

/// <summary>
/// Checks a PDF signed outside the portal before it becomes a document's official copy: every
/// signature in it validates (CMS, the digest of exactly the bytes it covers), the last one covers
/// the whole file (nothing added after signing), and it is the document issued — the portal's file
/// is the start of it (signing software appends) or its text carries the document's verification
/// code and number. Trust in the signer's certificate authority is not judged here: the portal
/// records who signed.
/// </summary>
public static partial class SignedPdfCheck
{
    public sealed record Result(string? Problem, IReadOnlyList<string> Signers)
    {
        public bool Valid => Problem is null;
    }

    /// <summary>More signatures than any real document carries: refused rather than checked one by one.</summary>
    public const int MaxSignatures = 5;

    /// <param name="verificationCode">The document's code; null for a document issued before codes (then only an appended signature proves it is the same document).</param>
    public static Result Check(byte[] file, byte[] issued, string? verificationCode, string number)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(issued);
        if (file.Length < 5 || !file.AsSpan(0, 5).SequenceEqual("%PDF-"u8))
        {
            return new Result("Tệp không phải PDF.", []);
        }

        // Latin-1 keeps one character per byte, so positions in the text are positions in the file.
        var text = Encoding.Latin1.GetString(file);
        var ranges = ByteRange().Matches(text).Select(m => m.Value).Distinct(StringComparer.Ordinal).Select(v => ByteRange().Match(v)).ToList();
        if (ranges.Count == 0)
        {
            return new Result("Tệp không có chữ ký số nào.", []);
        }

        if (ranges.Count > MaxSignatures)
        {
            return new Result($"Tệp có quá nhiều chữ ký số (hơn {MaxSignatures}).", []);
        }

        var signers = new List<string>();
        var coversWhole = false;
        foreach (var range in ranges)
        {
            if (Long(range, 1) is not 0 || Long(range, 2) is not { } b || Long(range, 3) is not { } c || Long(range, 4) is not { } d
                || b <= 0 || c <= b + 1 || c > file.Length || d > file.Length - c || file[(int)b] != '<' || file[(int)c - 1] != '>')
            {
                return new Result("Chữ ký số trong tệp có vùng ký (ByteRange) không hợp lệ.", signers);
            }

            // The signature's value: hexadecimal digits only (line breaks allowed), nothing else between < and >.
            var hex = new string(text.AsSpan((int)b + 1, (int)(c - b - 2)).ToArray().Where(ch => !char.IsWhiteSpace(ch)).ToArray());
            if (hex.Length == 0 || hex.Length % 2 != 0 || !hex.All(char.IsAsciiHexDigit))
            {
                return new Result("Chữ ký số trong tệp bị hỏng (giá trị chữ ký không hợp lệ).", signers);
            }

            var signed = new byte[b + d];
            Array.Copy(file, 0, signed, 0, b);
            Array.Copy(file, c, signed, b, d);
            try
            {
                var cms = new SignedCms(new ContentInfo(signed), detached: true);
                cms.Decode(Der(Convert.FromHexString(hex)));
                cms.CheckSignature(verifySignatureOnly: true);
                signers.AddRange(cms.SignerInfos.Cast<SignerInfo>().Select(s => s.Certificate?.GetNameInfo(System.Security.Cryptography.X509Certificates.X509NameType.SimpleName, false) ?? "?"));
            }
            catch (CryptographicException)
            {
                return new Result("Chữ ký số không hợp lệ: tệp đã bị thay đổi sau khi ký, hoặc chữ ký bị hỏng.", signers);
            }

            coversWhole |= c + d == file.Length;
        }

        if (!coversWhole)
        {
            return new Result("Tệp có nội dung được thêm vào sau chữ ký cuối cùng: chữ ký không bao trùm toàn bộ tệp.", signers);
        }

        // The same document: the issued file with signatures appended, or (software that rewrites the
        // file) a text that carries this document's code — and no other code — and its number.
        var appended = file.Length > issued.Length && issued.Length > 0 && file.AsSpan(0, issued.Length).SequenceEqual(issued);
        var sameText = verificationCode is not null && Text(file) is { } words
            && CodeInText().Matches(words).Select(m => m.Value).Distinct(StringComparer.Ordinal).ToList() is [var only] && only == Domain.Documents.VerificationCode.Display(verificationCode)
            && words.Contains(number, StringComparison.Ordinal);
        return appended || sameText
            ? new Result(null, signers)
            : new Result($"Tệp đã ký không phải văn bản số {number}: mã xác thực và số văn bản không khớp.", signers);
    }

    private static long? Long(Match match, int group) =>
        long.TryParse(match.Groups[group].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;

    /// <summary>The CMS structure without the zeros that pad the signature's placeholder.</summary>
    private static byte[] Der(byte[] contents)
    {
        if (contents.Length < 2 || contents[0] != 0x30)
        {
            throw new CryptographicException("Not a CMS structure.");
        }

        int length, header;
        if (contents[1] < 0x80)
        {
            (length, header) = (contents[1], 2);
        }
        else
        {
            var count = contents[1] & 0x7F;
            if (count is 0 or > 4 || contents.Length < 2 + count)
            {
                throw new CryptographicException("Bad CMS length.");
            }

            length = 0;
            for (var i = 0; i < count; i++)
            {
                length = (length << 8) | contents[2 + i];
            }

            header = 2 + count;
        }

        return header + length <= contents.Length && length >= 0 ? contents[..(header + length)] : throw new CryptographicException("Truncated CMS.");
    }

    private static string? Text(byte[] file)
    {
        try
        {
            using var document = UglyToad.PdfPig.PdfDocument.Open(file);
            return string.Join(' ', document.GetPages().Select(p => p.Text));
        }
        catch (Exception failure) when (failure is not OutOfMemoryException)
        {
            // A file the reader cannot read has no text to compare: not the same document.
            return null;
        }
    }

    [GeneratedRegex(@"/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]")]
    private static partial Regex ByteRange();

    /// <summary>A verification code as printed (<see cref="Domain.Documents.VerificationCode.Display"/>).</summary>
    [GeneratedRegex(@"[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}")]
    private static partial Regex CodeInText();
}
