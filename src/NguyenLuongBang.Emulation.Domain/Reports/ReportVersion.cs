using System.Text.Json;
using NguyenLuongBang.Emulation.Domain.Common;

namespace NguyenLuongBang.Emulation.Domain.Reports;

/// <summary>The report's content as it was submitted: frozen, so a reviewer sees what changed between submissions.</summary>
public sealed record ReportSnapshot(IReadOnlyList<AreaSnapshot> Areas, string? Difficulties,
    [property: System.Text.Json.Serialization.JsonPropertyName("Proposals")] string? Recommendations);

public sealed record AreaSnapshot(int ContentAreaId, int AreaNumber, string? Narrative, bool NoActivity, string? NoActivityReason,
    IReadOnlyDictionary<int, decimal?> Values);

/// <summary>What changed in one area between two submissions.</summary>
public sealed record AreaChange(int ContentAreaId, int AreaNumber, AreaSnapshot? Before, AreaSnapshot After, bool TextChanged, IReadOnlyList<int> ChangedIndicatorIds);

public sealed class ReportVersion
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = false };

    private ReportVersion()
    {
        Content = SubmittedByName = string.Empty;
    }

    internal ReportVersion(int number, ReportSnapshot snapshot, Actor by, DateTimeOffset at)
    {
        Number = number;
        Content = JsonSerializer.Serialize(snapshot, Json);
        SubmittedByName = by.Name;
        SubmittedAt = at;
    }

    public int Id { get; private set; }

    public int AnnualReportId { get; private set; }

    public int Number { get; private set; }

    public DateTimeOffset SubmittedAt { get; private set; }

    public string SubmittedByName { get; private set; }

    /// <summary>The snapshot as JSON; read it with <see cref="Snapshot"/>.</summary>
    public string Content { get; private set; }

    public ReportSnapshot Snapshot() =>
        JsonSerializer.Deserialize<ReportSnapshot>(Content, Json) ?? throw new DomainException("Phiên bản báo cáo bị hỏng.");

    /// <summary>Area by area, what <paramref name="after"/> changed since <paramref name="before"/> (null: the first submission).</summary>
    public static IReadOnlyList<AreaChange> Compare(ReportSnapshot? before, ReportSnapshot after)
    {
        ArgumentNullException.ThrowIfNull(after);
        var changes = new List<AreaChange>();
        foreach (var area in after.Areas.OrderBy(a => a.AreaNumber))
        {
            var old = before?.Areas.FirstOrDefault(a => a.ContentAreaId == area.ContentAreaId);
            var textChanged = old is null
                || !string.Equals(old.Narrative, area.Narrative, StringComparison.Ordinal)
                || old.NoActivity != area.NoActivity
                || !string.Equals(old.NoActivityReason, area.NoActivityReason, StringComparison.Ordinal);
            var indicatorIds = area.Values.Keys.Union(old?.Values.Keys ?? []).Order();
            var changedValues = indicatorIds
                .Where(id => old is null || area.Values.GetValueOrDefault(id) != old.Values.GetValueOrDefault(id))
                .ToArray();
            if (textChanged || changedValues.Length > 0)
            {
                changes.Add(new AreaChange(area.ContentAreaId, area.AreaNumber, old, area, textChanged, changedValues));
            }
        }

        return changes;
    }
}
