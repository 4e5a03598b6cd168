using FluentValidation;

namespace NguyenLuongBang.Emulation.Web.Features.PublicPosting;

/// <summary>Feedback from anyone on a posted nominee.</summary>
public sealed class FeedbackForm
{
    public const int NameLength = 200;
    public const int ContactLength = 200;
    public const int ContentLength = 2000;

    public string? SenderName { get; set; }

    public string? Contact { get; set; }

    public string? Content { get; set; }

    /// <summary>Given with the empty form: the same form sent twice is received once.</summary>
    public Guid Token { get; set; }

    /// <summary>The honeypot: hidden from people, filled in by robots.</summary>
    public string? Website { get; set; }
}

public sealed class FeedbackFormValidator : AbstractValidator<FeedbackForm>
{
    public FeedbackFormValidator()
    {
        RuleFor(f => f.SenderName).NotEmpty().WithMessage("Vui lòng nhập họ và tên người gửi.")
            .MaximumLength(FeedbackForm.NameLength).WithMessage("Họ và tên dài quá {MaxLength} ký tự.");
        RuleFor(f => f.Contact).NotEmpty().WithMessage("Vui lòng nhập số điện thoại hoặc thư điện tử để Phòng Văn hóa - Xã hội liên hệ xác minh.")
            .MaximumLength(FeedbackForm.ContactLength).WithMessage("Thông tin liên hệ dài quá {MaxLength} ký tự.");
        RuleFor(f => f.Content).NotEmpty().WithMessage("Vui lòng nhập nội dung ý kiến.")
            .MaximumLength(FeedbackForm.ContentLength).WithMessage("Nội dung ý kiến dài quá {MaxLength} ký tự (đang có {TotalLength}).");
        RuleFor(f => f.Token).NotEmpty().WithMessage("Biểu mẫu không hợp lệ; vui lòng mở lại trang và gửi lại.");
    }
}
