using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using NguyenLuongBang.Emulation.Domain.Campaigns;
using NguyenLuongBang.Emulation.Domain.Common;
using NguyenLuongBang.Emulation.Domain.Consolidation;
using NguyenLuongBang.Emulation.Domain.Nominations;
using NguyenLuongBang.Emulation.Domain.Reports;
using NguyenLuongBang.Emulation.Web.Data;
using NguyenLuongBang.Emulation.Web.Features.CityReport;
using NguyenLuongBang.Emulation.Web.Features.Consolidation;
using NguyenLuongBang.Emulation.Web.Infrastructure;

namespace NguyenLuongBang.Emulation.Web.Features.City;

/// <summary>One commune's year as the city sees it: its units, how many reported and when, and its issued consolidated report.</summary>
public sealed record CityCommuneRow(int CommuneId, string Name, int Units, int Started, int Submitted, int Accepted, int OnTime, CityReportLine? Report)
{
    /// <summary>The share of its units that submitted by the deadline (0 with no unit).</summary>
    public int OnTimePercent => Percentage.Of(OnTime, Units);
}

/// <summary>A commune's issued consolidated report: its number and date, and the frozen copy's record.</summary>
public sealed record CityReportLine(string? Number, DateOnly? IssuedOn, int DocumentId);

public sealed record CityOverview(int Year, IReadOnlyList<CityCommuneRow> Communes)
{
    public int Units => Communes.Sum(c => c.Units);

    public int Submitted => Communes.Sum(c => c.Submitted);

    public int OnTime => Communes.Sum(c => c.OnTime);

    public int ReportsIssued => Communes.Count(c => c.Report is not null);
}

/// <summary>A Bằng khen proposal a commune sent to the city, with the city's decision once recorded.</summary>
public sealed record ForwardedNominationLine(int CommuneId, string CommuneName, int Id, string NomineeName, NomineeKind NomineeKind, string? UnitName, ReviewRound Round,
    string ForwardedNumber, DateOnly? ForwardedOn, bool DossierComplete, bool? Awarded, string? DecisionNumber, DateOnly? DecisionOn);

/// <summary>An indicator added up across the city by its consolidation rule, from the accepted reports of every commune's units.</summary>
public sealed record CityIndicatorLine(IndicatorFigure Figure, int Communes);

/// <summary>One commune's figures of a year, by indicator code: each made as the commune's own report makes it.</summary>
public sealed record CityCommuneFigures(int CommuneId, string Name, IReadOnlyDictionary<string, IndicatorFigure> Figures)
{
    public IndicatorFigure? Of(string code) => Figures.GetValueOrDefault(code);
}

public sealed record CityIndicators(int Year, IReadOnlyList<CityIndicatorLine> Lines, int CommunesReporting)
{
    /// <summary>Every active commune with its figures (none when it has no accepted report), side by side.</summary>
    public IReadOnlyList<CityCommuneFigures> Communes { get; init; } = [];

    /// <summary>The indicator code the communes are sorted by; null: by name.</summary>
    public string? Sort { get; init; }

    public bool Descending { get; init; }

    /// <summary>
    /// The communes ordered by one indicator's figure (those without it last, whichever way), or by
    /// name when <paramref name="code"/> is not one of the table's indicators.
    /// </summary>
    public CityIndicators SortedBy(string? code, bool descending)
    {
        var byName = StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("vi-VN"), false);
        if (code is null || Lines.All(l => l.Figure.Code != code))
        {
            var named = descending ? Communes.OrderByDescending(c => c.Name, byName) : Communes.OrderBy(c => c.Name, byName);
            return this with { Communes = named.ToList(), Sort = null, Descending = descending };
        }

        var withFigure = Communes.Where(c => c.Of(code)?.Headline is not null);
        var sorted = (descending ? withFigure.OrderByDescending(c => c.Of(code)!.Headline!.Value) : withFigure.OrderBy(c => c.Of(code)!.Headline!.Value))
            .ThenBy(c => c.Name, byName)
            .Concat(Communes.Where(c => c.Of(code)?.Headline is null).OrderBy(c => c.Name, byName));
        return this with { Communes = sorted.ToList(), Sort = code, Descending = descending };
    }
}

/// <summary>A commune's figures beside the city's, for the commune's page.</summary>
public sealed record CityCommunePage(CityIndicators City, CityCommuneFigures Commune);

/// <summary>What a refused decision brings back: the row it was for, what was typed, and why.</summary>
public sealed record CityDecisionForm(int CommuneId, int Id, bool? Awarded, string? Number, string? DecidedOn, string Error);

/// <param name="Today">Today in Vietnam: the latest date a decision of the city can carry.</param>
public sealed record ForwardedNominations(IReadOnlyList<ForwardedNominationLine> Lines, DateOnly Today, CityDecisionForm? Typed = null)
{
    public int Pending => Lines.Count(l => l.Awarded is null);
}

/// <summary>
/// The city's read-only views across communes. Each reads every commune through the data layer's
/// one door past the commune filter (<see cref="CommuneScope.AcrossCommunes"/>) and groups by
/// commune in the database: a fixed number of queries whatever the number of communes.
/// </summary>
public sealed class CityQueries(AppDbContext db, CommuneScope scope, Infrastructure.CommuneDirectory directory, Infrastructure.PortalSettings settings,
    IMemoryCache cache, Documents.Signatories signatories, TimeProvider clock)
{
    /// <summary>
    /// The city's own consolidated report of a year, read in the city's row (its assessment, its plan
    /// citation) from the same cross-commune figures as the city's pages: a fixed number of queries.
    /// </summary>
    /// <param name="signer">Who signs when issuing: the leader of the Ban approving, in the office they hold (TRƯỞNG BAN, or KT. for a deputy); null in a draft.</param>
    /// <param name="issue">Number and date when issuing; null in a draft.</param>
    public async Task<CityReportData> ReportAsync(int year, Domain.Documents.Signatory? signer, (string Number, DateOnly Date)? issue, CancellationToken cancellationToken)
    {
        var signerName = signer?.Name ?? await signatories.HolderNameAsync(Domain.Documents.SigningOffice.BoardHead, cancellationToken);

        var round = ReviewRound.Annual(year);
        var campaignTitle = await db.Campaigns.Select(c => c.Title).SingleAsync(cancellationToken);
        var stored = await db.ConsolidatedReports.AsNoTracking()
            .SingleOrDefaultAsync(r => r.RoundKind == round.Kind && r.RoundYear == round.Year, cancellationToken);
        // Issuing needs the plan it cites (refused, naming the setting, without it); a draft leaves the number and date blank.
        var plan = issue is null ? await settings.CityPlanAsync() : await settings.RequiredCityPlanAsync();
        var cityPlan = plan is { } cited ? Documents.PlanCitations.CityPlanOf(cited.Number, cited.Date) : Documents.PlanCitations.BlankCityPlan;
        var proposals = (await ForwardedNominationsAsync(cancellationToken)).Lines.Where(p => p.ForwardedOn?.Year == year)
            .OrderBy(p => p.CommuneName, StringComparer.Create(System.Globalization.CultureInfo.GetCultureInfo("vi-VN"), false)).ThenBy(p => p.ForwardedOn).ThenBy(p => p.Id).ToList();
        return new CityReportData(await settings.IssuerAsync(cancellationToken), year, campaignTitle, cityPlan, issue?.Number, issue?.Date,
            new AssessmentText(stored?.Direction, stored?.Strengths, stored?.Limitations, stored?.TasksAhead, stored?.Recommendations),
            await OverviewAsync(year, cancellationToken), await IndicatorsAsync(year, cancellationToken), proposals, signer?.Title ?? Domain.Awards.SignerTitle.Chairman, signerName);
    }

    public async Task<CityOverview> OverviewAsync(int year, CancellationToken cancellationToken)
    {
        using var across = scope.AcrossCommunes();
        var communes = await CommunesAsync(cancellationToken);
        var units = await db.Units.AsNoTracking().Where(u => u.IsActive)
            .GroupBy(u => EF.Property<int>(u, CommuneOwnership.Key))
            .Select(g => new { Commune = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.Commune, g => g.Count, cancellationToken);
        var reports = await db.AnnualReports.AsNoTracking()
            .Where(r => r.Year == year && db.Units.Any(u => u.Id == r.UnitId && u.IsActive))
            .GroupBy(r => EF.Property<int>(r, CommuneOwnership.Key))
            .Select(g => new
            {
                Commune = g.Key,
                Started = g.Count(),
                Submitted = g.Count(r => r.FirstSubmittedAt != null),
                Accepted = g.Count(r => r.Status == ReportStatus.Accepted),
                OnTime = g.Count(r => r.FirstSubmittedAt != null && !r.SubmittedLate),
            })
            .ToDictionaryAsync(g => g.Commune, cancellationToken);
        var issued = await db.ConsolidatedReports.AsNoTracking()
            .Where(r => r.RoundKind == RoundKind.Annual && r.RoundYear == year && r.Status == ConsolidatedReportStatus.Issued && r.DocumentId != null)
            .Select(r => new { Commune = EF.Property<int>(r, CommuneOwnership.Key), r.Number, r.IssuedOn, r.DocumentId })
            .ToListAsync(cancellationToken);
        var reportOf = issued.ToDictionary(r => r.Commune, r => new CityReportLine(r.Number, r.IssuedOn, r.DocumentId!.Value));
        return new CityOverview(year, communes.Select(c =>
        {
            var counts = reports.GetValueOrDefault(c.Id);
            return new CityCommuneRow(c.Id, c.DisplayName, units.GetValueOrDefault(c.Id), counts?.Started ?? 0, counts?.Submitted ?? 0, counts?.Accepted ?? 0,
                counts?.OnTime ?? 0, reportOf.GetValueOrDefault(c.Id));
        }).ToList());
    }

    /// <summary>
    /// Every indicator across the city for a year, added up by its own rule (flows summed, stocks at
    /// year end, rates weighted by their totals, yes/no counted) over the units of every commune whose
    /// report was accepted, exactly as a commune adds up its own units. Indicators are matched by code;
    /// the rule is that of the first commune that has the code (every commune starts from the plan's catalogue).
    /// Kept in memory while no report of any commune changes status (accepting or reopening one is
    /// what changes these sums) and the communes are the same, at most a minute (a catalogue edit).
    /// </summary>
    public async Task<CityIndicators> IndicatorsAsync(int year, CancellationToken cancellationToken)
    {
        using var across = scope.AcrossCommunes();
        var communeList = await CommunesAsync(cancellationToken);
        var lastChange = await db.ReportStatusChanges.MaxAsync(h => (long?)h.Id, cancellationToken);
        var key = $"city-indicators:{year}:{lastChange}:{string.Join(',', communeList.Select(c => $"{c.Id}={c.DisplayName}"))}";
        if (cache.TryGetValue(key, out CityIndicators? cached) && cached is not null)
        {
            return cached;
        }

        var computed = await ComputeIndicatorsAsync(year, communeList, cancellationToken);
        cache.Set(key, computed, Dashboard.DashboardQueries.Lifetime);
        return computed;
    }

    private async Task<CityIndicators> ComputeIndicatorsAsync(int year, IReadOnlyList<(int Id, string DisplayName)> communes, CancellationToken cancellationToken)
    {
        // The portal's one read of figures, for every commune at once: accepted reports, indicators applying to the unit's type.
        var active = communes.Select(c => c.Id).ToHashSet();
        var values = (await AcceptedValues.LoadAsync(db, [year], cancellationToken)).Where(v => active.Contains(v.CommuneId)).ToList();
        var all = await db.Indicators.AsNoTracking().OrderBy(i => EF.Property<int>(i, CommuneOwnership.Key)).ThenBy(i => i.Id)
            .Select(i => new { Commune = EF.Property<int>(i, CommuneOwnership.Key), Indicator = i })
            .ToListAsync(cancellationToken);
        var definitions = all.GroupBy(i => i.Indicator.Code).ToDictionary(g => g.Key, g => g.First().Indicator);
        // A commune's own figure follows its own catalogue's rule, exactly as its consolidated report does.
        var own = all.GroupBy(i => (i.Commune, i.Indicator.Code)).ToDictionary(g => g.Key, g => g.First().Indicator);
        var lines = values.GroupBy(v => v.Code).Where(g => definitions.ContainsKey(g.Key)).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new CityIndicatorLine(IndicatorFigures.Consolidate(definitions[g.Key], g.Select(v => v.ForFigure), [year]), g.Select(v => v.CommuneId).Distinct().Count()))
            .ToList();
        var byCommune = values.ToLookup(v => v.CommuneId);
        var perCommune = communes.Select(c => new CityCommuneFigures(c.Id, c.DisplayName, byCommune[c.Id].GroupBy(v => v.Code)
                .Where(g => own.ContainsKey((c.Id, g.Key)))
                .ToDictionary(g => g.Key, g => IndicatorFigures.Consolidate(own[(c.Id, g.Key)], g.Select(v => v.ForFigure), [year]))))
            .ToList();
        return new CityIndicators(year, lines, values.Select(v => v.CommuneId).Distinct().Count()) { Communes = perCommune }.SortedBy(null, false);
    }

    /// <summary>Every proposal sent to the city, those awaiting its decision first.</summary>
    public async Task<ForwardedNominations> ForwardedNominationsAsync(CancellationToken cancellationToken)
    {
        using var across = scope.AcrossCommunes();
        var names = (await CommunesAsync(cancellationToken)).ToDictionary(c => c.Id, c => c.DisplayName);
        var rows = await db.Nominations.AsNoTracking()
            .Where(n => n.AwardForm == AwardForm.CityCertificate && n.City != null)
            .OrderBy(n => n.City!.Awarded != null).ThenBy(n => n.City!.SentOn).ThenBy(n => n.Id)
            .Select(n => new
            {
                Commune = EF.Property<int>(n, CommuneOwnership.Key), n.Id, n.NomineeName, n.NomineeKind,
                UnitName = db.Units.Where(u => u.Id == n.UnitId).Select(u => u.Name).FirstOrDefault(),
                n.RoundKind, n.RoundYear, City = n.City!,
                DossierComplete = n.Dossier != null && n.Dossier.CompletedAt != null,
            })
            .ToListAsync(cancellationToken);
        return new ForwardedNominations(rows.Where(r => names.ContainsKey(r.Commune)).Select(r => new ForwardedNominationLine(r.Commune, names[r.Commune], r.Id, r.NomineeName, r.NomineeKind,
            r.UnitName, new ReviewRound(r.RoundKind, r.RoundYear), r.City.SubmissionNumber, r.City.SentOn, r.DossierComplete, r.City.Awarded,
            r.City.DecisionNumber, r.City.DecidedOn)).ToList(), VietnamTime.Today(clock));
    }

    /// <summary>The active communes of the movement (not the city's own row), by name: the portal's cached directory.</summary>
    private async Task<List<(int Id, string DisplayName)>> CommunesAsync(CancellationToken cancellationToken) =>
        (await directory.ActiveAsync(cancellationToken)).Select(c => (c.Id, c.DisplayName)).ToList();
}
