using Microsoft.Extensions.DependencyInjection;
using NguyenLuongBang.Emulation.Domain.Common;
using NguyenLuongBang.Emulation.IntegrationTests.Infrastructure;
using NguyenLuongBang.Emulation.Web.Features.Consolidation;

namespace NguyenLuongBang.Emulation.IntegrationTests.Documents;

/// <summary>Phụ lục II of the consolidated report lists each unit's indicators in the plan's order of the content areas (issue 28).</summary>
public sealed class AnnexOrderTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Each_units_indicators_follow_the_plans_order_of_the_areas()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var data = await scope.ServiceProvider.GetRequiredService<ConsolidationQuery>().LoadAsync(new ReviewRound(RoundKind.Annual, 2025));

        Assert.NotEmpty(data.IndicatorsByUnit);
        foreach (var lines in data.IndicatorsByUnit.GroupBy(l => (l.UnitName, l.Year)))
        {
            var areas = lines.Select(l => l.AreaNumber).ToList();
            Assert.True(areas.SequenceEqual(areas.Order()), $"{lines.Key.UnitName}: ({string.Join("), (", areas)})");
        }

        // The demo's units report in more than one area, so the order is really tested.
        Assert.Contains(data.IndicatorsByUnit.GroupBy(l => l.UnitName), g => g.Select(l => l.AreaNumber).Distinct().Count() > 1);
    }
}
