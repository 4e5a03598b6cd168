using Microsoft.Extensions.DependencyInjection;
using NguyenLuongBang.Emulation.Domain.Campaigns;
using NguyenLuongBang.Emulation.Domain.Common;
using NguyenLuongBang.Emulation.IntegrationTests.Infrastructure;
using NguyenLuongBang.Emulation.Web.Features.Consolidation;

namespace NguyenLuongBang.Emulation.IntegrationTests.Documents;

/// <summary>The review reports add up by each indicator's rule and say what the period brought, from the demo's data.</summary>
public class ConsolidationFiguresTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private async Task<ConsolidationData> LoadAsync(ReviewRound round)
    {
        factory.CreatePortalClient();
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ConsolidationQuery>().LoadAsync(round);
    }

    [Fact]
    public async Task The_interim_review_takes_stocks_at_the_last_year_sums_flows_and_counts_units_per_year()
    {
        var data = await LoadAsync(ReviewRound.Interim);
        var figures = data.Areas.SelectMany(a => a.Figures).ToList();

        var stock = figures.Single(f => f.Code == "XH02");
        Assert.Equal(IndicatorAggregation.Stock, stock.Aggregation);
        Assert.True(stock.Years.Count >= 2);
        // Every unit that reported in the period counts once, with its latest year: never fewer units
        // than any one year, never a sum over the years.
        Assert.Equal(stock.Years.Max(y => y.UnitsReporting), stock.Period!.UnitsReporting);
        Assert.True(stock.Period.Value >= stock.Years[^1].Value);
        Assert.True(stock.Period.Value < stock.Years.Sum(y => y.Value));

        var flow = figures.Single(f => f.Code == "TT01");
        Assert.Equal(flow.Years.Sum(y => y.Value), flow.Period!.Value);

        // "x/y đơn vị": y is the units that answered in that year, never units counted once per year.
        var yesNo = figures.Single(f => f.Code == "KT03");
        Assert.All(yesNo.Years, y => Assert.InRange(y.UnitsReporting, 1, 15));
        Assert.All(data.Areas.SelectMany(a => a.Participation), p => Assert.Equal(15, p.UnitsOfYear));
    }

    [Fact]
    public async Task The_interim_review_synthesises_each_area_and_reports_commendations_and_good_practices()
    {
        var document = ConsolidatedReportDocument.Compose(await LoadAsync(ReviewRound.Interim));
        var text = string.Join("\n", document.AllText());

        Assert.Contains("III. CÔNG TÁC KHEN THƯỞNG", text);
        Assert.Contains("Số 412/QĐ-UBND ngày 29/12/2025", text);
        Assert.Contains("IV. MÔ HÌNH, SÁNG KIẾN ĐIỂN HÌNH", text);
        Assert.Contains("Tổ công nghệ số cộng đồng thôn Đông", text);
        // Each area is written over the period; 2027, still to come in the demo's calendar, is not listed.
        Assert.Matches(@"Trong giai đoạn 2025-2027 \(số liệu đến năm 2026\), số cơ quan, đơn vị báo cáo kết quả thực hiện nội dung này: năm 2025 có \d+/15, năm 2026 có \d+/15\.", text);
        Assert.Matches(@"từ năm 2025 đến năm 2026 đạt [\d.]+ buổi \(năm 2025: [\d.]+ buổi; năm 2026: [\d.]+ buổi\), tổng hợp từ báo cáo của \d+ đơn vị", text);
        Assert.Contains("Trong giai đoạn 2025-2027, Chủ tịch Ủy ban nhân dân xã ban hành", text);
        Assert.DoesNotContain("Trong sơ kết", text);
        Assert.DoesNotContain(" — năm ", text);
        Assert.Contains("không cộng dồn các năm", text);

        // No unit's narrative is pasted into the review's body: each area is a synthesis and a table by year.
        Assert.DoesNotContain(document.Body.OfType<Web.Documents.Paragraph>(), p => p.Text.StartsWith("- Văn phòng HĐND và UBND xã", StringComparison.Ordinal));
        Assert.Equal(8, document.Body.OfType<Web.Documents.Table>().Count(t => t.Columns.Any(c => c.Header == "Cả giai đoạn")));
    }
}
