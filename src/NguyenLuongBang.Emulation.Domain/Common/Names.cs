using System.Globalization;
using System.Text;

namespace NguyenLuongBang.Emulation.Domain.Common;

/// <summary>
/// Names as people read them. A name (of a unit, a person, a file, a setting) is stored in one
/// Unicode form (NFC: "Nguyễn" typed with combining marks and typed precomposed are the same
/// letters), on one line, without the invisible characters that change how it reads (a
/// right-to-left override makes "‮gnp.exe.pdf" show as "fdp.exe.png"), and trimmed. Two names
/// are the same name when their folded forms match: case and Vietnamese marks aside.
/// </summary>
public static class Names
{
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text.Normalize(NormalizationForm.FormC))
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.Format)
            {
                continue; // bidirectional controls, zero-width characters, BOM, soft hyphen
            }

            if (char.IsWhiteSpace(c) || category == UnicodeCategory.Control)
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>Lower case without Vietnamese marks, spaces collapsed: "Trạm Y tế xã" and "tram y te xa" fold alike.</summary>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length);
        foreach (var c in Clean(text).Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(c switch { 'đ' => 'd', 'Đ' => 'd', _ => char.ToLowerInvariant(c) });
            }
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }
}
