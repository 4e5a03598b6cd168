using FluentValidation;
using NguyenLuongBang.Emulation.Domain.Nominations;
using NguyenLuongBang.Emulation.Domain.Reports;
using NguyenLuongBang.Emulation.Web.Infrastructure;

namespace NguyenLuongBang.Emulation.Web.Features.Reports;

/// <summary>What the unit types into its report; posted whole on every save so nothing typed is lost.</summary>
public sealed class ReportForm
{
    public Guid ConcurrencyStamp { get; set; }

    public List<AreaForm> Areas { get; set; } = [];

    public string? Difficulties { get; set; }

    public string? Recommendations { get; set; }

    public static ReportForm From(ReportView report) => new()
    {
        ConcurrencyStamp = report.ConcurrencyStamp,
        Difficulties = report.Difficulties,
        Recommendations = report.Recommendations,
        Areas = report.Areas.Select(a => new AreaForm
        {
            ContentAreaId = a.Area.Id,
            Narrative = a.Narrative,
            NoActivity = a.NoActivity,
            NoActivityReason = a.NoActivityReason,
            Indicators = a.Indicators.Select(i => new IndicatorInput
            {
                IndicatorId = i.Indicator.Id,
                Value = VietnameseNumber.Format(i.Value),
                Note = i.Note,
                Denominator = VietnameseNumber.Format(i.Denominator),
            }).ToList(),
        }).ToList(),
    };

    /// <summary>Whether this typed form says what <paramref name="stored"/> says (texts compared as they would be saved): then there is nothing to save.</summary>
    public bool Says(ReportForm stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        static bool Same(string? a, string? b) => string.Equals(ReportEditor.Clean(a), ReportEditor.Clean(b), StringComparison.Ordinal);
        return Same(Difficulties, stored.Difficulties) && Same(Recommendations, stored.Recommendations)
            && Areas.All(area => stored.Areas.FirstOrDefault(a => a.ContentAreaId == area.ContentAreaId) is { } kept
                && Same(area.Narrative, kept.Narrative) && area.NoActivity == kept.NoActivity && (!area.NoActivity || Same(area.NoActivityReason, kept.NoActivityReason))
                && area.Indicators.All(input => kept.For(input.IndicatorId) is var k
                    && Same(input.Value, k?.Value) && Same(input.Note, k?.Note) && Same(input.Denominator, k?.Denominator)));
    }

    /// <summary>
    /// What can be saved of a typed form whose fields at <paramref name="invalid"/> (validation paths such
    /// as "Areas[0].Indicators[2].Value") are wrong: every other field as typed, each wrong one as
    /// <paramref name="stored"/> has it, so one bad box never costs the rest of the draft.
    /// </summary>
    public ReportForm Keeping(ReportForm stored, IReadOnlySet<string> invalid)
    {
        ArgumentNullException.ThrowIfNull(stored);
        ArgumentNullException.ThrowIfNull(invalid);
        string? Pick(string path, string? typed, string? kept) => invalid.Contains(path) ? kept : typed;
        return new ReportForm
        {
            ConcurrencyStamp = ConcurrencyStamp,
            Difficulties = Pick(nameof(Difficulties), Difficulties, stored.Difficulties),
            Recommendations = Pick(nameof(Recommendations), Recommendations, stored.Recommendations),
            Areas = Areas.Select((area, i) =>
            {
                var keptArea = stored.Areas.FirstOrDefault(a => a.ContentAreaId == area.ContentAreaId) ?? new AreaForm();
                var prefix = $"{nameof(Areas)}[{i}].";
                return new AreaForm
                {
                    ContentAreaId = area.ContentAreaId,
                    Narrative = Pick(prefix + nameof(AreaForm.Narrative), area.Narrative, keptArea.Narrative),
                    NoActivity = area.NoActivity,
                    NoActivityReason = Pick(prefix + nameof(AreaForm.NoActivityReason), area.NoActivityReason, keptArea.NoActivityReason),
                    Indicators = area.Indicators.Select((input, j) =>
                    {
                        var kept = keptArea.For(input.IndicatorId);
                        var at = $"{prefix}{nameof(AreaForm.Indicators)}[{j}].";
                        return new IndicatorInput
                        {
                            IndicatorId = input.IndicatorId,
                            Value = Pick(at + nameof(IndicatorInput.Value), input.Value, kept?.Value),
                            Note = Pick(at + nameof(IndicatorInput.Note), input.Note, kept?.Note),
                            Denominator = Pick(at + nameof(IndicatorInput.Denominator), input.Denominator, kept?.Denominator),
                        };
                    }).ToList(),
                };
            }).ToList(),
        };
    }
}

public sealed class AreaForm
{
    public int ContentAreaId { get; set; }

    public string? Narrative { get; set; }

    public bool NoActivity { get; set; }

    public string? NoActivityReason { get; set; }

    public List<IndicatorInput> Indicators { get; set; } = [];

    public IndicatorInput? For(int indicatorId) => Indicators.FirstOrDefault(i => i.IndicatorId == indicatorId);
}

public sealed class IndicatorInput
{
    public int IndicatorId { get; set; }

    /// <summary>As typed ("1.234,5"); parsed by <see cref="VietnameseNumber"/>.</summary>
    public string? Value { get; set; }

    public string? Note { get; set; }

    /// <summary>For a rate: the total it is a share of ("trên tổng số"), optional.</summary>
    public string? Denominator { get; set; }
}

/// <summary>
/// Checks lengths and that every indicator value is a number of the indicator's kind. Completeness
/// is checked only on submit, by the report itself: a draft may be partial.
/// </summary>
public sealed class ReportFormValidator : AbstractValidator<ReportForm>
{
    public ReportFormValidator(IndicatorCatalog catalog)
    {
        RuleFor(f => f.Difficulties).MaximumLength(ReportAreaSection.NarrativeMaxLength).WithMessage("Phần khó khăn, vướng mắc dài quá {MaxLength} ký tự.");
        RuleFor(f => f.Recommendations).MaximumLength(ReportAreaSection.NarrativeMaxLength).WithMessage("Phần đề xuất, kiến nghị dài quá {MaxLength} ký tự.");
        RuleFor(f => f.Areas).Must(a => a.Count <= 8).WithMessage("Biểu mẫu không hợp lệ.");
        RuleForEach(f => f.Areas).ChildRules(area =>
        {
            area.RuleFor(a => a.Narrative).MaximumLength(ReportAreaSection.NarrativeMaxLength).WithMessage("Phần kết quả dài quá {MaxLength} ký tự.");
            area.RuleFor(a => a.NoActivityReason).MaximumLength(2000).WithMessage("Lý do dài quá {MaxLength} ký tự.");
            area.RuleForEach(a => a.Indicators).CustomAsync(async (input, context, cancellationToken) =>
            {
                // The failure's path as the form names the box ("Areas[0].Indicators[2].Value"), so the
                // box is marked where it is and only that box is kept back from the save. (AddFailure
                // with a name would put the chain in front of a path that already holds it.)
                void Fail(string field, string message) => context.AddFailure(new FluentValidation.Results.ValidationFailure($"{context.PropertyPath}.{field}", message));

                if (input.Note is { Length: > 500 })
                {
                    Fail("Note", "Ghi chú chỉ tiêu dài quá 500 ký tự.");
                }

                if (!string.IsNullOrWhiteSpace(input.Denominator)
                    && (!VietnameseNumber.TryParse(input.Denominator, out var total) || total <= 0 || total != decimal.Truncate(total) || total > 1_000_000_000))
                {
                    Fail("Denominator", $"Tổng số \"{input.Denominator}\" phải là số nguyên dương (ví dụ 1.200).");
                }

                if (string.IsNullOrWhiteSpace(input.Value))
                {
                    return;
                }

                var indicators = await catalog.AllAsync(cancellationToken);
                if (!indicators.TryGetValue(input.IndicatorId, out var indicator))
                {
                    Fail("Value", "Chỉ tiêu không tồn tại.");
                }
                else if (!VietnameseNumber.TryParse(input.Value, out var value))
                {
                    Fail("Value", $"{indicator.Name}: \"{input.Value}\" không phải là số (ví dụ: 1.234 hoặc 95,5).");
                }
                else if (indicator.CheckValue(value) is { } error)
                {
                    Fail("Value", error);
                }
            });
        });
    }
}

public sealed class CommendationForm
{
    public NomineeKind Kind { get; set; } = NomineeKind.Individual;

    public string? NomineeName { get; set; }

    public Gender? Gender { get; set; }

    public string? Position { get; set; }

    public string? Achievement { get; set; }
}

public sealed class CommendationFormValidator : AbstractValidator<CommendationForm>
{
    public CommendationFormValidator()
    {
        RuleFor(f => f.Kind).Must(k => k is NomineeKind.Collective or NomineeKind.Individual).WithMessage("Chọn tập thể hoặc cá nhân.");
        RuleFor(f => f.NomineeName).NotEmpty().WithMessage("Vui lòng nhập tên tập thể hoặc họ tên cá nhân.")
            .MaximumLength(200).WithMessage("Tên dài quá {MaxLength} ký tự.");
        RuleFor(f => f.Gender).NotNull().When(f => f.Kind == NomineeKind.Individual).WithMessage("Vui lòng chọn giới tính của cá nhân.");
        RuleFor(f => f.Position).MaximumLength(200).WithMessage("Chức vụ dài quá {MaxLength} ký tự.");
        RuleFor(f => f.Achievement).NotEmpty().WithMessage("Vui lòng nêu thành tích.")
            .MaximumLength(4000).WithMessage("Thành tích dài quá {MaxLength} ký tự.");
    }
}
