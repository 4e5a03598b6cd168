namespace NguyenLuongBang.Emulation.Domain.Reports;

/// <summary>An evidence file attached to a report, optionally for one content area.</summary>
public sealed class ReportAttachment
{
    private ReportAttachment() { }

    internal ReportAttachment(int storedFileId, int? contentAreaId, long size)
    {
        StoredFileId = storedFileId;
        ContentAreaId = contentAreaId;
        Size = size;
    }

    public int Id { get; private set; }

    public int AnnualReportId { get; private set; }

    public int StoredFileId { get; private set; }

    public int? ContentAreaId { get; private set; }

    public long Size { get; private set; }
}
