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
                if (input.Note is { Length: > 500 })
                {
                    context.AddFailure(context.PropertyPath + ".Note", "Ghi chú chỉ tiêu dài quá 500 ký tự.");
                }

                if (!string.IsNullOrWhiteSpace(input.Denominator)
                    && (!VietnameseNumber.TryParse(input.Denominator, out var total) || total <= 0 || total != decimal.Truncate(total) || total > 1_000_000_000))
                {
                    context.AddFailure(context.PropertyPath + ".Denominator", $"Tổng số \"{input.Denominator}\" phải là số nguyên dương (ví dụ 1.200).");
                }

                if (string.IsNullOrWhiteSpace(input.Value))
                {
                    return;
                }

                var indicators = await catalog.AllAsync(cancellationToken);
                if (!indicators.TryGetValue(input.IndicatorId, out var indicator))
                {
                    context.AddFailure(context.PropertyPath + ".Value", "Chỉ tiêu không tồn tại.");
                }
                else if (!VietnameseNumber.TryParse(input.Value, out var value))
                {
                    context.AddFailure(context.PropertyPath + ".Value", $"{indicator.Name}: \"{input.Value}\" không phải là số (ví dụ: 1.234 hoặc 95,5).");
                }
                else if (indicator.CheckValue(value) is { } error)
                {
                    context.AddFailure(context.PropertyPath + ".Value", error);
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
