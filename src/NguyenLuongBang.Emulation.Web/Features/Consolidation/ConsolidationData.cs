using NguyenLuongBang.Emulation.Domain.Campaigns;
using NguyenLuongBang.Emulation.Domain.Common;

namespace NguyenLuongBang.Emulation.Web.Features.Consolidation;

/// <summary>Everything the consolidated report says, as plain data built by <see cref="ConsolidationQuery"/>.</summary>
public sealed record ConsolidationData(
    ReviewRound Round,
    string CampaignTitle,
    string? Number,
    DateOnly? IssuedOn,
    AssessmentText Assessment,
    IReadOnlyList<UnitStatusLine> Units,
    IReadOnlyList<AreaResult> Areas,
    IReadOnlyList<UnitIndicatorLine> IndicatorsByUnit,
    IReadOnlyList<CommendationProposal> Commendations,
    string SignerName);

public sealed record AssessmentText(string? Direction, string? Strengths, string? Limitations, string? TasksAhead, string? Proposals);

public sealed record UnitStatusLine(string UnitName, string UnitType, int Year, string Status, DateOnly? SubmittedOn, bool Late);

public sealed record AreaResult(int Number, string ShortTitle, IReadOnlyList<Contribution> Contributions, IReadOnlyList<IndicatorTotal> Totals);

public sealed record Contribution(string UnitName, int Year, string Text);

/// <summary>A sum for counts and money, the mean for percentages, the number of "yes" for yes/no.</summary>
public sealed record IndicatorTotal(string Name, string MeasureUnit, IndicatorKind Kind, decimal Value, int UnitsReporting);

public sealed record UnitIndicatorLine(string UnitName, int Year, int AreaNumber, string Indicator, string Value);

public sealed record CommendationProposal(string UnitName, string NomineeName, string Kind, string? Position, string Achievement);
