namespace NguyenLuongBang.Emulation.Domain.Auditing;

/// <summary>The outcome of checking the audit chain: how many rows were checked and the first broken one.</summary>
public sealed record AuditChainReport(long Checked, long? FirstBrokenId, string? Reason)
{
    public bool Intact => FirstBrokenId is null;
}

/// <summary>
/// Walks the audit rows in the order they were written and checks that each names the hash of
/// the one before and that its own hash still matches its content. A deleted, edited or inserted
/// row breaks the chain at that point.
/// </summary>
public static class AuditChain
{
    public static AuditChainReport Verify(IEnumerable<AuditEntry> entriesInIdOrder)
    {
        ArgumentNullException.ThrowIfNull(entriesInIdOrder);
        string? previous = null;
        var started = false;
        long count = 0;
        foreach (var entry in entriesInIdOrder)
        {
            if (entry.Hash is null)
            {
                if (started)
                {
                    return new AuditChainReport(count, entry.Id, "Dòng không có mã băm sau khi chuỗi đã bắt đầu.");
                }

                continue; // rows written before the chain existed
            }

            if (entry.PreviousHash != previous)
            {
                return new AuditChainReport(count, entry.Id, "Mã băm của dòng trước không khớp: có dòng bị xóa, chèn hoặc sửa trước dòng này.");
            }

            if (entry.ComputeHash(entry.PreviousHash) != entry.Hash)
            {
                return new AuditChainReport(count, entry.Id, "Nội dung dòng đã bị sửa sau khi ghi.");
            }

            started = true;
            previous = entry.Hash;
            count++;
        }

        return new AuditChainReport(count, null, null);
    }
}
