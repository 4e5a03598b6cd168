namespace NguyenLuongBang.Emulation.Web.Infrastructure;

/// <summary>An uploaded file read whole into memory, when it is there and within a size.</summary>
public static class UploadedFile
{
    /// <returns>The bytes, or null when no file came, it is empty, or larger than <paramref name="maxBytes"/>.</returns>
    public static async Task<byte[]?> ReadAsync(IFormFile? file, long maxBytes, CancellationToken cancellationToken)
    {
        if (file is null || file.Length <= 0 || file.Length > maxBytes)
        {
            return null;
        }

        await using var stream = file.OpenReadStream();
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy, cancellationToken);
        return copy.ToArray();
    }
}
