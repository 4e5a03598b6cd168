using FluentValidation;
using NguyenLuongBang.Emulation.Domain.Common;
using NguyenLuongBang.Emulation.Domain.Documents;

namespace NguyenLuongBang.Emulation.Web.Features.Library;

/// <summary>A document Phòng Văn hóa - Xã hội publishes in the library.</summary>
public sealed class LibraryForm
{
    public string? Title { get; set; }

    public string? Number { get; set; }

    public DateOnly? IssuedOn { get; set; }

    public string? Issuer { get; set; }

    public GuidanceCategory? Category { get; set; }

    public bool IsPublic { get; set; } = true;
}

public sealed class LibraryFormValidator : AbstractValidator<LibraryForm>
{
    public LibraryFormValidator(TimeProvider clock)
    {
        RuleFor(f => f.Title).NotEmpty().WithMessage("Vui lòng nhập tên văn bản.")
            .MaximumLength(300).WithMessage("Tên văn bản dài quá {MaxLength} ký tự.");
        RuleFor(f => f.Number).MaximumLength(50).WithMessage("Số, ký hiệu dài quá {MaxLength} ký tự.");
        RuleFor(f => f.IssuedOn).NotNull().WithMessage("Vui lòng nhập ngày ban hành.")
            .Must(d => d is null || (d.Value.Year >= 2000 && d.Value <= VietnamTime.Today(clock))).WithMessage("Ngày ban hành phải từ năm 2000 đến hôm nay.");
        RuleFor(f => f.Issuer).NotEmpty().WithMessage("Vui lòng nhập cơ quan ban hành.")
            .MaximumLength(200).WithMessage("Cơ quan ban hành dài quá {MaxLength} ký tự.");
        RuleFor(f => f.Category).NotNull().WithMessage("Vui lòng chọn loại văn bản.").IsInEnum().WithMessage("Loại văn bản không hợp lệ.");
    }
}

public static class GuidanceCategories
{
    public static string Name(GuidanceCategory category) => category switch
    {
        GuidanceCategory.Plan => "Kế hoạch",
        GuidanceCategory.Guidance => "Hướng dẫn",
        GuidanceCategory.ReportTemplate => "Mẫu báo cáo",
        GuidanceCategory.Form => "Biểu mẫu",
        _ => "Văn bản khác",
    };
}
