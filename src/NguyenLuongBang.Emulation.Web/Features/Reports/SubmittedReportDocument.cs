using System.Globalization;
using Microsoft.EntityFrameworkCore;
using NguyenLuongBang.Emulation.Domain.Campaigns;
using NguyenLuongBang.Emulation.Domain.Common;
using NguyenLuongBang.Emulation.Domain.Reports;
using NguyenLuongBang.Emulation.Web.Data;
using NguyenLuongBang.Emulation.Web.Documents;
using NguyenLuongBang.Emulation.Web.Features.Awards;
using NguyenLuongBang.Emulation.Web.Infrastructure;

namespace NguyenLuongBang.Emulation.Web.Features.Reports;

/// <summary>The portal's receipt of one submission: its number and time, and who submitted.</summary>
public sealed record ReportReceipt(string Number, DateTimeOffset At, string ByName, int Version)
{
    /// <summary>"BN-2026-0012-1": the year, the report and the submission, so each submission has its own and none can be confused.</summary>
    public static string NumberOf(int year, int reportId, int version) =>
        string.Create(CultureInfo.InvariantCulture, $"BN-{year}-{reportId:D4}-{version}");

    public static ReportReceipt Of(int year, int reportId, VersionLine version)
    {
        ArgumentNullException.ThrowIfNull(version);
        return new(NumberOf(year, reportId, version.Number), version.SubmittedAt, version.SubmittedByName, version.Number);
    }

    /// <summary>"số BN-2026-0012-1, lúc 20:15 ngày 07/12/2026, người nộp Trần Thị B".</summary>
    public string Text => $"số {Number}, lúc {VietnamTime.ToLocal(At):HH:mm 'ngày' dd/MM/yyyy}, người nộp {ByName}";
}

/// <summary>
/// The unit's report as it submitted it (its latest submission, frozen), as a document the unit keeps
/// or prints: the unit under the commune in the header, each content area with its text and its
/// indicators, difficulties and proposals, and the portal's receipt. Pure: built from the stored
/// submission by <see cref="LoadAsync"/>, drawn by the renderers.
/// </summary>
public sealed class SubmittedReportDocument(AppDbContext db, IndicatorCatalog catalog, PortalSettings settings)
{
    /// <summary>The latest submission of the report as a document, or null when it was never submitted.</summary>
    public async Task<OfficialDocument?> LoadAsync(int reportId, CancellationToken cancellationToken)
    {
        var latest = await db.ReportVersions.AsNoTracking().Where(v => v.AnnualReportId == reportId)
            .OrderByDescending(v => v.Number).FirstOrDefaultAsync(cancellationToken);
        if (latest is null)
        {
            return null;
        }

        var report = await db.AnnualReports.AsNoTracking().Where(r => r.Id == reportId)
            .Join(db.Units, r => r.UnitId, u => u.Id, (r, u) => new { r.Year, Unit = u.Name }).SingleAsync(cancellationToken);
        var receipt = ReportReceipt.Of(report.Year, reportId, new VersionLine(latest.Number, latest.SubmittedAt, latest.SubmittedByName));
        return Build(await settings.IssuerAsync(cancellationToken), report.Unit, report.Year, latest.Snapshot(), receipt,
            await catalog.AreasAsync(cancellationToken), await catalog.AllAsync(cancellationToken));
    }

    public static OfficialDocument Build(IssuingCommune commune, string unitName, int year, ReportSnapshot snapshot, ReportReceipt receipt,
        IReadOnlyList<ContentArea> areas, IReadOnlyDictionary<int, Indicator> indicators)
    {
        ArgumentNullException.ThrowIfNull(commune);
        ArgumentNullException.ThrowIfNull(snapshot);
        ArgumentNullException.ThrowIfNull(receipt);
        ArgumentNullException.ThrowIfNull(areas);
        ArgumentNullException.ThrowIfNull(indicators);
        var body = new List<DocumentBlock> { new Heading(1, "I. KẾT QUẢ THỰC HIỆN CÁC NỘI DUNG THI ĐUA") };
        foreach (var area in snapshot.Areas.OrderBy(a => a.AreaNumber))
        {
            var title = areas.FirstOrDefault(a => a.Id == area.ContentAreaId)?.ShortTitle ?? string.Empty;
            body.Add(new Heading(2, $"{area.AreaNumber}. {title}"));
            body.AddRange(area.NoActivity
                ? [new Paragraph($"Không có hoạt động trong năm. Lý do: {area.NoActivityReason}")]
                : Paragraphs(area.Narrative, "(Không nhập nội dung.)"));
            var rows = area.Values.Where(v => v.Value is not null && indicators.ContainsKey(v.Key))
                .Select(v => indicators[v.Key]).OrderBy(i => i.Code)
                .Select(i => (IReadOnlyList<string>)[i.Name, i.Format(area.Values[i.Id]!.Value, PortalSetup.Vietnamese)])
                .ToArray();
            if (rows.Length > 0)
            {
                body.Add(new Table([new("Chỉ tiêu", 4.2), new("Kết quả", 1.6, CellAlign.Right)], rows));
            }
        }

        body.Add(new Heading(1, "II. KHÓ KHĂN, VƯỚNG MẮC"));
        body.AddRange(Paragraphs(snapshot.Difficulties, "Không có."));
        body.Add(new Heading(1, "III. ĐỀ XUẤT, KIẾN NGHỊ"));
        body.AddRange(Paragraphs(snapshot.Recommendations, "Không có."));
        body.Add(new Paragraph($"Báo cáo nộp qua Cổng thi đua {commune.DisplayName}: biên nhận {receipt.Text}.", Italic: true));

        var culture = CultureInfo.GetCultureInfo("vi-VN");
        return new OfficialDocument(
            [commune.CommitteeShort, .. AchievementReportDocument.IssuerLines(unitName.ToUpper(culture))],
            string.Empty,
            commune.PlaceDate(DateOnly.FromDateTime(VietnamTime.ToLocal(receipt.At).DateTime), year),
            "BÁO CÁO",
            [$"Kết quả thực hiện phong trào thi đua năm {year}", $"(lần nộp thứ {receipt.Version})"],
            [],
            body,
            ["- Phòng Văn hóa - Xã hội (qua Cổng thi đua);", "- Lưu: đơn vị."],
            ["NGƯỜI NỘP BÁO CÁO"],
            receipt.ByName,
            []);
    }

    private static IEnumerable<DocumentBlock> Paragraphs(string? text, string empty) =>
        string.IsNullOrWhiteSpace(text)
            ? [new Paragraph(empty)]
            : text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(line => new Paragraph(line));
}
