using Microsoft.EntityFrameworkCore;
using NguyenLuongBang.Emulation.Domain.Awards;
using NguyenLuongBang.Emulation.Domain.Campaigns;
using NguyenLuongBang.Emulation.Domain.Common;
using NguyenLuongBang.Emulation.Domain.Nominations;
using NguyenLuongBang.Emulation.Domain.Registrations;
using NguyenLuongBang.Emulation.Domain.Reports;
using NguyenLuongBang.Emulation.Web.Data;
using NguyenLuongBang.Emulation.Web.Documents;
using NguyenLuongBang.Emulation.Web.Infrastructure;

namespace NguyenLuongBang.Emulation.Web.Features.Consolidation;

/// <summary>
/// Gathers a round's consolidated report from the accepted unit reports, in a fixed number of
/// queries whatever the number of units.
/// </summary>
public sealed class ConsolidationQuery(AppDbContext db, PortalSettings settings, Documents.Signatories signatories)
{
    /// <summary>The report as a draft shows it today (signed, by default, by the vice-chairman).</summary>
    public Task<ConsolidationData> LoadAsync(ReviewRound round, CancellationToken cancellationToken = default) =>
        LoadAsync(round, null, null, cancellationToken);

    /// <param name="signer">Who signs when issuing: the approving person in their office; null in a draft.</param>
    /// <param name="issue">Number and date when issuing: the plans it cites must then be set.</param>
    public async Task<ConsolidationData> LoadAsync(ReviewRound round, Domain.Documents.Signatory? signer, (string Number, DateOnly Date)? issue, CancellationToken cancellationToken)
    {
        var years = round.Years.ToArray();
        var campaignTitle = await db.Campaigns.Select(c => c.Title).SingleAsync(cancellationToken);
        var stored = await db.ConsolidatedReports.AsNoTracking().Include(r => r.AreaTexts)
            .SingleOrDefaultAsync(r => r.RoundKind == round.Kind && r.RoundYear == round.Year, cancellationToken);
        var units = await db.Units.AsNoTracking().Where(u => u.IsActive)
            .OrderBy(u => u.UnitType!.SortOrder).ThenBy(u => u.Name)
            .Select(u => new { u.Id, u.Name, Type = u.UnitType!.Name, TypeCode = u.UnitType.Code })
            .ToListAsync(cancellationToken);
        var reports = await db.AnnualReports.AsNoTracking().Where(r => years.Contains(r.Year))
            .Select(r => new { r.Id, r.UnitId, r.Year, r.Status, r.SubmittedLate, r.LastSubmittedAt })
            .ToListAsync(cancellationToken);
        var sections = await (
                from r in db.AnnualReports.AsNoTracking()
                where years.Contains(r.Year) && r.Status == ReportStatus.Accepted
                join s in db.Set<ReportAreaSection>() on r.Id equals s.AnnualReportId
                where s.Narrative != null && !s.NoActivity
                select new { r.UnitId, r.Year, s.ContentAreaId, s.Narrative })
            .ToListAsync(cancellationToken);
        // A year's round states each figure's change from the year before, a period's from its first year; both, the targets units registered.
        var annual = round.Kind == RoundKind.Annual;
        var previousYear = years[0] - 1;
        var withPrevious = annual && previousYear >= ReviewRound.FirstYear;
        // The portal's one read of figures (accepted reports, indicators applying to the unit's type), the year before included.
        var read = await AcceptedValues.LoadAsync(db, withPrevious ? [previousYear, .. years] : years, cancellationToken);
        var values = read.Where(v => years.Contains(v.Year)).ToList();
        var previousValues = withPrevious ? read.Where(v => v.Year == previousYear).ToList() : [];
        var targets = await (
                from r in db.Registrations.AsNoTracking()
                where years.Contains(r.Year) && (r.Status == RegistrationStatus.Submitted || r.Status == RegistrationStatus.Confirmed)
                join t in db.Set<RegistrationTarget>() on r.Id equals t.EmulationRegistrationId
                select new { r.UnitId, r.Year, t.IndicatorId, t.Target })
            .ToListAsync(cancellationToken);
        var commendations = await (
                from r in db.AnnualReports.AsNoTracking()
                where years.Contains(r.Year) && r.Status == ReportStatus.Accepted
                join p in db.Set<ProposedCommendation>() on r.Id equals p.AnnualReportId
                select new { r.UnitId, p.NomineeName, p.Kind, p.Position, p.Achievement })
            .ToListAsync(cancellationToken);
        var areas = await db.ContentAreas.AsNoTracking().OrderBy(a => a.Number).ToListAsync(cancellationToken);
        var indicators = await db.Indicators.AsNoTracking().OrderBy(i => i.Code).ToListAsync(cancellationToken);
        var firstDay = new DateOnly(years[0], 1, 1);
        var lastDay = new DateOnly(years[^1], 12, 31);
        // A year's report names the round's own decisions; a review round's, every decision signed in its years.
        var decisions = await db.AwardDecisions.AsNoTracking()
            .Where(d => annual ? d.RoundKind == round.Kind && d.RoundYear == round.Year : d.SignedOn >= firstDay && d.SignedOn <= lastDay)
            .OrderBy(d => d.SignedOn).ThenBy(d => d.Id)
            .Select(d => new AwardSummary(d.Number, d.SignedOn,
                d.Lines.Count(l => l.NomineeKind == NomineeKind.Collective), d.Lines.Count(l => l.NomineeKind == NomineeKind.Individual),
                d.Lines.Count(l => l.NomineeKind == NomineeKind.Household), d.Lines.Sum(l => l.Amount), d.CorrectsNumber,
                db.AwardDecisions.Where(c => c.CorrectsDecisionId == d.Id).Select(c => c.Number).FirstOrDefault()))
            .ToListAsync(cancellationToken);
        var practices = round.Kind == RoundKind.Annual ? [] : await db.GoodPractices.AsNoTracking()
            .Where(p => years.Contains(p.Year) && p.PublishedAt != null && p.WithdrawnReason == null)
            .OrderBy(p => p.Year).ThenBy(p => p.Title)
            .Select(p => new { p.Title, p.Kind, p.UnitId, p.Year })
            .ToListAsync(cancellationToken);
        // A draft names whoever holds the deputy's office now; the issued report, the person who signs it.
        var signerName = signer?.Name ?? await signatories.HolderNameAsync(Domain.Documents.SigningOffice.ViceChairman, cancellationToken);
        var plans = issue is null ? await settings.OptionalPlansAsync() : await settings.PlansAsync();

        var unitName = units.ToDictionary(u => u.Id, u => u.Name);

        // An indicator counts only the units it applies to (the values read already are): a rate of administrative
        // procedures is the centre's and the offices', not a median across schools, firms and villages; so with targets.
        var unitType = units.ToDictionary(u => u.Id, u => u.TypeCode);
        var indicatorById = indicators.ToDictionary(i => i.Id);
        bool Applies(int unitId, int indicatorId) => indicatorById.TryGetValue(indicatorId, out var i) && unitType.TryGetValue(unitId, out var type) && i.AppliesTo(type);
        var order = units.Select((u, i) => (u.Id, i)).ToDictionary(x => x.Id, x => x.i);
        var unitLines = units.SelectMany(u => years.Select(year =>
        {
            var report = reports.FirstOrDefault(r => r.UnitId == u.Id && r.Year == year);
            return new UnitStatusLine(u.Name, u.Type, year, report is null ? "Chưa báo cáo" : StatusText.Of(report.Status),
                report?.LastSubmittedAt is { } at ? DateOnly.FromDateTime(VietnamTime.ToLocal(at).DateTime) : null, report?.SubmittedLate ?? false);
        })).ToList();

        var valuesByIndicator = values.Where(v => unitName.ContainsKey(v.UnitId))
            .ToLookup(v => v.IndicatorId, v => v.ForFigure);
        var previousByIndicator = previousValues.Where(v => unitName.ContainsKey(v.UnitId))
            .ToLookup(v => v.IndicatorId, v => v.ForFigure);
        // A target counts as met or missed only once the unit's report of its year is accepted.
        var accepted = reports.Where(r => r.Status == ReportStatus.Accepted).Select(r => (r.UnitId, r.Year)).ToHashSet();
        var achieved = values.ToLookup(v => (v.UnitId, v.Year, v.IndicatorId), v => (decimal?)v.Value);
        var areaResults = areas.Select(area =>
        {
            var inArea = sections.Where(s => s.ContentAreaId == area.Id && unitName.ContainsKey(s.UnitId)).ToList();
            var contributions = inArea
                .OrderBy(s => s.Year).ThenBy(s => order[s.UnitId])
                .Select(s => new Contribution(unitName[s.UnitId], s.Year, s.Narrative!))
                .ToList();
            var figures = indicators.Where(i => i.ContentAreaId == area.Id && valuesByIndicator.Contains(i.Id))
                .Select(i => IndicatorFigures.Consolidate(i, valuesByIndicator[i.Id], years))
                .ToList();
            var participation = years.Select(year => new YearParticipation(year, inArea.Where(s => s.Year == year).Select(s => s.UnitId).Distinct().Count(), units.Count)).ToList();
            var ofArea = indicators.Where(i => i.ContentAreaId == area.Id).ToList();
            var compared = ofArea
                .Select(i => Compare(i, annual ? previousByIndicator[i.Id] : valuesByIndicator[i.Id], valuesByIndicator[i.Id], annual ? previousYear : null))
                .OfType<Comparison>().ToList();
            // A target on an indicator that no longer applies to the unit's type is not asked any more: neither met nor missed.
            var tallies = ofArea.Select(i => (i, Registered: targets.Where(t => t.IndicatorId == i.Id && unitName.ContainsKey(t.UnitId) && Applies(t.UnitId, t.IndicatorId)).ToList()))
                .Where(x => x.Registered.Count > 0)
                .Select(x => new TargetTally(x.i.Code, x.Registered.Count,
                    x.Registered.Count(t => accepted.Contains((t.UnitId, t.Year))
                        && TargetCheck.Evaluate(x.i, t.Target, achieved[(t.UnitId, t.Year, x.i.Id)].FirstOrDefault()) == TargetResult.Met),
                    x.Registered.Count(t => !accepted.Contains((t.UnitId, t.Year)))))
                .ToList();
            // Over a period a unit's flow is its years added up; a stock, its latest year.
            var unitFigures = ofArea.SelectMany(i => valuesByIndicator[i.Id].GroupBy(v => v.UnitId).OrderBy(g => order[g.Key])
                    .Select(g => (i.Code, Figure: new UnitFigure(unitName[g.Key], i.Aggregation == IndicatorAggregation.Flow ? g.Sum(v => v.Value) : g.MaxBy(v => v.Year)!.Value))))
                .ToLookup(x => x.Code, x => x.Figure);
            var (lead, leaders) = AreaSynthesis.Leaders(figures, unitFigures);
            return new AreaResult(area.Number, area.ShortTitle, contributions, figures, participation)
            {
                Compared = compared,
                Targets = tallies,
                Leaders = leaders,
                LeaderMeasure = lead?.MeasureUnit,
                LeaderIndicator = lead?.Name,
                Edited = stored?.AreaText(area.Number),
            };
        }).ToList();

        var byId = indicators.ToDictionary(i => i.Id);
        var areaNumber = areas.ToDictionary(a => a.Id, a => a.Number);
        var perUnit = values.Where(v => unitName.ContainsKey(v.UnitId))
            .OrderBy(v => order[v.UnitId]).ThenBy(v => v.Year).ThenBy(v => areaNumber[byId[v.IndicatorId].ContentAreaId]).ThenBy(v => byId[v.IndicatorId].Code)
            .Select(v => new UnitIndicatorLine(unitName[v.UnitId], v.Year, areaNumber[byId[v.IndicatorId].ContentAreaId], byId[v.IndicatorId].Name,
                byId[v.IndicatorId].Format(v.Value, PortalSetup.Vietnamese)))
            .ToList();

        return new ConsolidationData(
            await settings.IssuerAsync(cancellationToken),
            round,
            campaignTitle,
            issue?.Number,
            issue?.Date,
            new AssessmentText(stored?.Direction, stored?.Strengths, stored?.Limitations, stored?.TasksAhead, stored?.Recommendations),
            unitLines,
            areaResults,
            perUnit,
            commendations.Where(c => unitName.ContainsKey(c.UnitId))
                .Select(c => new ProposedCommendationLine(unitName[c.UnitId], c.NomineeName, StatusText.Of(c.Kind), c.Position, c.Achievement)).ToList(),
            signer?.Title ?? SignerTitle.ViceChairman,
            signerName,
            plans,
            decisions,
            practices.Select(p => new PracticeLine(p.Title, StatusText.Of(p.Kind), p.UnitId is { } u ? unitName.GetValueOrDefault(u) : null, p.Year)).ToList());
    }

    /// <summary>
    /// An indicator in an earlier and a later year over only the units that reported it in both:
    /// <paramref name="fromYear"/>, or else the first year <paramref name="earlier"/> has, against
    /// the last year <paramref name="later"/> has. Null when there are not two years or no unit in common.
    /// </summary>
    private static Comparison? Compare(Indicator indicator, IEnumerable<UnitValue> earlier, IEnumerable<UnitValue> later, int? fromYear)
    {
        var after = later.ToList();
        var before = earlier.ToList();
        if (after.Count == 0 || before.Count == 0)
        {
            return null;
        }

        var to = after.Max(v => v.Year);
        var from = fromYear ?? before.Min(v => v.Year);
        if (from >= to)
        {
            return null;
        }

        var common = before.Where(v => v.Year == from).Select(v => v.UnitId).Intersect(after.Where(v => v.Year == to).Select(v => v.UnitId)).ToHashSet();
        if (common.Count == 0)
        {
            return null;
        }

        var both = before.Where(v => v.Year == from && common.Contains(v.UnitId)).Concat(after.Where(v => v.Year == to && common.Contains(v.UnitId))).ToList();
        // A rate is compared like with like: weighted in both years, or else the median in both.
        if (both.Any(v => v.Denominator is not > 0))
        {
            both = both.Select(v => v with { Denominator = null }).ToList();
        }

        var figure = IndicatorFigures.Consolidate(indicator, both, [from, to]);
        return new Comparison(indicator.Code, figure.Years[0], figure.Years[1], common.Count);
    }
}
