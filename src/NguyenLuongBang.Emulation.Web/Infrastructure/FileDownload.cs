namespace NguyenLuongBang.Emulation.Web.Infrastructure;

/// <summary>A stored file as a page sends it: its name, type and bytes.</summary>
public sealed record FileDownload(string FileName, string ContentType, byte[] Content);
