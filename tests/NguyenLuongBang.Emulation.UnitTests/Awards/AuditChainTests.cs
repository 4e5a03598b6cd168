using NguyenLuongBang.Emulation.Domain.Auditing;

namespace NguyenLuongBang.Emulation.UnitTests.Awards;

public class AuditChainTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 14, 21, 0, 0, TimeSpan.FromHours(7));

    private static List<AuditEntry> Chain(int count)
    {
        var rows = new List<AuditEntry>();
        string? previous = null;
        for (var i = 0; i < count; i++)
        {
            var row = new AuditEntry(Now.AddMinutes(i), "u1", "Vũ Thị Lan", "Tiếp nhận báo cáo", "Báo cáo năm", i.ToString(System.Globalization.CultureInfo.InvariantCulture), "chi tiết " + i, "127.0.0.1");
            row.Seal(previous);
            previous = row.Hash;
            rows.Add(row);
        }

        return rows;
    }

    [Fact]
    public void A_row_keeps_its_time_as_stored_in_utc_to_the_tenth_of_a_millisecond()
    {
        var row = new AuditEntry(Now.AddTicks(12_345), null, "hệ thống", "Đăng nhập", "Tài khoản", null, null, null);

        Assert.Equal(TimeSpan.Zero, row.At.Offset);
        Assert.Equal(Now.UtcTicks + 12_000, row.At.UtcTicks);
        Assert.Equal(row.At, AuditEntry.AsStored(row.At));
    }

    [Fact]
    public void Untouched_chain_is_intact()
    {
        var report = AuditChain.Verify(Chain(5));

        Assert.True(report.Intact);
        Assert.Equal(5, report.Checked);
    }

    [Fact]
    public void Deleted_row_breaks_the_chain_at_the_next_one()
    {
        var rows = Chain(5);
        rows.RemoveAt(2);

        var report = AuditChain.Verify(rows);
        Assert.False(report.Intact);
        Assert.Equal(2, report.Checked);
    }

    [Fact]
    public void Edited_row_is_found()
    {
        var rows = Chain(4);
        var forged = new AuditEntry(rows[1].At, "u1", "Vũ Thị Lan", "Trả lại báo cáo", "Báo cáo năm", "1", "chi tiết 1", "127.0.0.1");
        typeof(AuditEntry).GetProperty(nameof(AuditEntry.PreviousHash))!.SetValue(forged, rows[1].PreviousHash);
        typeof(AuditEntry).GetProperty(nameof(AuditEntry.Hash))!.SetValue(forged, rows[1].Hash);
        rows[1] = forged;

        var report = AuditChain.Verify(rows);
        Assert.Equal(1, report.Checked);
        Assert.Contains("bị sửa", report.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Removing_the_start_of_the_chain_is_found() =>
        Assert.False(AuditChain.Verify(Chain(3).Skip(1)).Intact);

    [Fact]
    public void A_row_is_sealed_once() =>
        Assert.Throws<InvalidOperationException>(() => Chain(1)[0].Seal(null));
}
