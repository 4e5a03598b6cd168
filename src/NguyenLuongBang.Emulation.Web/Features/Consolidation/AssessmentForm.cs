using FluentValidation;
using NguyenLuongBang.Emulation.Domain.Consolidation;

namespace NguyenLuongBang.Emulation.Web.Features.Consolidation;

/// <summary>The assessment of a consolidated report as typed on its page, a commune's or the city's: the written parts, and a year's area syntheses.</summary>
public sealed class AssessmentForm
{
    public string? Direction { get; set; }

    public string? Strengths { get; set; }

    public string? Limitations { get; set; }

    public string? TasksAhead { get; set; }

    public string? Recommendations { get; set; }

    /// <summary>A year's report: the synthesis of each content area by its number, as the reviewer edits it.</summary>
    public Dictionary<int, string?> Areas { get; set; } = [];

    /// <summary>What the portal had drafted for each area when the page was shown: a text left as it was is not kept, even if the data moved since.</summary>
    public Dictionary<int, string?> Drafts { get; set; } = [];
}

public sealed class AssessmentFormValidator : AbstractValidator<AssessmentForm>
{
    public AssessmentFormValidator()
    {
        foreach (var part in new System.Linq.Expressions.Expression<Func<AssessmentForm, string?>>[] { f => f.Direction, f => f.Strengths, f => f.Limitations, f => f.TasksAhead, f => f.Recommendations })
        {
            RuleFor(part).MaximumLength(ConsolidatedReport.SectionMaxLength).WithMessage("Mỗi phần tối đa {MaxLength} ký tự.");
        }

        RuleForEach(f => f.Areas).Must(a => a.Key is >= 1 and <= 8).WithMessage("Nội dung thi đua không có trong kế hoạch.")
            .Must(a => (a.Value?.Length ?? 0) <= ConsolidatedReport.SectionMaxLength)
            .WithMessage($"Phần tổng hợp của mỗi nội dung tối đa {ConsolidatedReport.SectionMaxLength} ký tự.");
    }
}
