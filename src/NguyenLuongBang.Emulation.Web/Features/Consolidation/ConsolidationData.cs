using NguyenLuongBang.Emulation.Domain.Awards;
using NguyenLuongBang.Emulation.Domain.Common;
using NguyenLuongBang.Emulation.Web.Documents;

namespace NguyenLuongBang.Emulation.Web.Features.Consolidation;

/// <summary>Everything the consolidated report says, as plain data built by <see cref="ConsolidationQuery"/>.</summary>
/// <param name="SignerName">Null in a draft whose signer is not set: the name is left blank.</param>
/// <param name="Plans">Null in a draft while the plans are not in the settings: the citation is left blank.</param>
/// <param name="Commune">The commune whose report it is: its name in the header, the place, the citations.</param>
public sealed record ConsolidationData(
    IssuingCommune Commune,
    ReviewRound Round,
    string CampaignTitle,
    string? Number,
    DateOnly? IssuedOn,
    AssessmentText Assessment,
    IReadOnlyList<UnitStatusLine> Units,
    IReadOnlyList<AreaResult> Areas,
    IReadOnlyList<UnitIndicatorLine> IndicatorsByUnit,
    IReadOnlyList<ProposedCommendationLine> Commendations,
    SignerTitle SignerTitle,
    string? SignerName,
    PlanCitations? Plans,
    IReadOnlyList<AwardSummary> Awards,
    IReadOnlyList<PracticeLine> Practices)
{
    /// <summary>Only the document being issued has a number; every other rendering is a draft (an issued report is served as stored).</summary>
    public bool Draft => Number is null;
}

public sealed record AssessmentText(string? Direction, string? Strengths, string? Limitations, string? TasksAhead, string? Recommendations);

public sealed record UnitStatusLine(string UnitName, string UnitType, int Year, string Status, DateOnly? SubmittedOn, bool Late);

/// <param name="Participation">Per year of the round: units with results in this area, of the units of the year.</param>
public sealed record AreaResult(int Number, string ShortTitle, IReadOnlyList<Contribution> Contributions, IReadOnlyList<IndicatorFigure> Figures,
    IReadOnlyList<YearParticipation> Participation)
{
    /// <summary>Per indicator: the change a year's report states from the year before, a period's from its first year to its last, over the units that reported in both.</summary>
    public IReadOnlyList<Comparison> Compared { get; init; } = [];

    /// <summary>Per indicator: units that registered a target for the year, and those that met it.</summary>
    public IReadOnlyList<TargetTally> Targets { get; init; } = [];

    /// <summary>The units that did most by the area's leading indicator, in <see cref="LeaderMeasure"/>.</summary>
    public IReadOnlyList<UnitFigure> Leaders { get; init; } = [];

    public string? LeaderMeasure { get; init; }

    /// <summary>The indicator the leaders are named by ("số buổi tuyên truyền …").</summary>
    public string? LeaderIndicator { get; init; }

    /// <summary>The reviewer's own text of the synthesis; null: the report says what the portal drafts.</summary>
    public string? Edited { get; init; }

    /// <summary>What the portal drafts for the area from the round's data.</summary>
    public string Drafted(ReviewRound round) => AreaSynthesis.Draft(this, round);

    /// <summary>What the report says of the area: the reviewer's text, or the draft.</summary>
    public string Synthesis(ReviewRound round) => Edited ?? Drafted(round);
}

public sealed record YearParticipation(int Year, int UnitsWithResults, int UnitsOfYear);

public sealed record Contribution(string UnitName, int Year, string Text);

public sealed record UnitIndicatorLine(string UnitName, int Year, int AreaNumber, string Indicator, string Value);

public sealed record ProposedCommendationLine(string UnitName, string NomineeName, string Kind, string? Position, string Achievement);

/// <summary>An award decision of the period, for the review reports' section on commendation.</summary>
/// <param name="ReplacedBy">The decision that replaced this one: its awards are counted there, not here.</param>
public sealed record AwardSummary(string Number, DateOnly SignedOn, int Collectives, int Individuals, int Households, decimal Total, string? Replaces, string? ReplacedBy);

/// <summary>A good practice (model or initiative) published in the period.</summary>
public sealed record PracticeLine(string Title, string Kind, string? UnitName, int Year);
