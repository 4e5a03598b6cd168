namespace NguyenLuongBang.Emulation.Domain.Common;

internal static class Guard
{
    public static string Required(string? value, string fieldLabel, int maxLength)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            throw new DomainException($"{fieldLabel} không được để trống.");
        }

        return MaxLength(trimmed, fieldLabel, maxLength)!;
    }

    public static string? MaxLength(string? value, string fieldLabel, int maxLength)
    {
        var trimmed = string.IsNullOrWhiteSpace(value) ? null : value.Trim();
        if (trimmed is not null && trimmed.Length > maxLength)
        {
            throw new DomainException($"{fieldLabel} dài quá {maxLength} ký tự.");
        }

        return trimmed;
    }

    /// <summary>A required name, cleaned as <see cref="Names.Clean"/> does (one Unicode form, no invisible characters, one line).</summary>
    public static string Name(string? value, string fieldLabel, int maxLength) => Required(Names.Clean(value), fieldLabel, maxLength);

    /// <summary>An optional name, cleaned the same way (null when nothing is left).</summary>
    public static string? OptionalName(string? value, string fieldLabel, int maxLength)
    {
        var clean = Names.Clean(value);
        return clean.Length == 0 ? null : MaxLength(clean, fieldLabel, maxLength);
    }

    public static void Status<TStatus>(TStatus current, string action, params TStatus[] allowed)
        where TStatus : struct, Enum =>
        Allowed(allowed.Contains(current), current, action);

    /// <summary>Refuses <paramref name="action"/> unless the entity says it may (its <c>Can…</c> flag, which the pages show too).</summary>
    public static void Allowed<TStatus>(bool allowed, TStatus current, string action)
        where TStatus : struct, Enum
    {
        if (!allowed)
        {
            throw new DomainException($"Không thể {action} khi đang ở trạng thái \"{StatusText.Of(current)}\".");
        }
    }
}
