using FluentValidation;
using NguyenLuongBang.Emulation.Domain.Common;
using NguyenLuongBang.Emulation.Domain.Nominations;

namespace NguyenLuongBang.Emulation.Web.Features.Nominations;

/// <summary>A nomination the reviewer creates directly (not taken over from a unit's report).</summary>
public sealed class NominationForm
{
    public NomineeKind Kind { get; set; } = NomineeKind.Individual;

    public string? NomineeName { get; set; }

    public Gender? Gender { get; set; }

    public string? Position { get; set; }

    public int? UnitId { get; set; }

    public AwardForm AwardForm { get; set; } = AwardForm.CommuneCertificate;

    public string? Achievement { get; set; }
}

public sealed class NominationFormValidator : AbstractValidator<NominationForm>
{
    public NominationFormValidator()
    {
        RuleFor(f => f.Kind).IsInEnum().WithMessage("Chọn tập thể, cá nhân hoặc hộ gia đình.");
        RuleFor(f => f.AwardForm).IsInEnum().WithMessage("Chọn hình thức khen thưởng.");
        RuleFor(f => f.NomineeName).NotEmpty().WithMessage("Vui lòng nhập tên tập thể, họ tên cá nhân hoặc chủ hộ.")
            .MaximumLength(200).WithMessage("Tên dài quá {MaxLength} ký tự.");
        RuleFor(f => f.Gender).NotNull().When(f => f.Kind == NomineeKind.Individual).WithMessage("Vui lòng chọn giới tính của cá nhân.");
        RuleFor(f => f.UnitId).NotNull().When(f => f.Kind == NomineeKind.Collective).WithMessage("Tập thể phải thuộc một đơn vị: vui lòng chọn đơn vị.");
        RuleFor(f => f.Position).MaximumLength(200).WithMessage("Chức vụ dài quá {MaxLength} ký tự.");
        RuleFor(f => f.Achievement).NotEmpty().WithMessage("Vui lòng tóm tắt thành tích.")
            .MaximumLength(4000).WithMessage("Tóm tắt thành tích dài quá {MaxLength} ký tự.");
    }
}

public sealed record NominationFormPage(ReviewRound Round, NominationForm Form, IReadOnlyList<KeyValuePair<int, string>> Units);
