using FluentValidation;

namespace NguyenLuongBang.Emulation.Web.Features.Account;

public sealed class LoginForm
{
    public string Email { get; set; } = string.Empty;

    public string Password { get; set; } = string.Empty;

    public bool RememberMe { get; set; }

    public string? ReturnUrl { get; set; }
}

public sealed class LoginFormValidator : AbstractValidator<LoginForm>
{
    public LoginFormValidator()
    {
        RuleFor(f => f.Email).NotEmpty().WithMessage("Vui lòng nhập thư điện tử.")
            .MaximumLength(256).WithMessage("Thư điện tử quá dài.")
            .EmailAddress().WithMessage("Thư điện tử không đúng định dạng.");
        RuleFor(f => f.Password).NotEmpty().WithMessage("Vui lòng nhập mật khẩu.")
            .MaximumLength(128).WithMessage("Mật khẩu quá dài.");
    }
}

public sealed class ChangePasswordForm
{
    public string CurrentPassword { get; set; } = string.Empty;

    public string NewPassword { get; set; } = string.Empty;

    public string ConfirmPassword { get; set; } = string.Empty;
}

public sealed class ChangePasswordFormValidator : AbstractValidator<ChangePasswordForm>
{
    public ChangePasswordFormValidator()
    {
        RuleFor(f => f.CurrentPassword).NotEmpty().WithMessage("Vui lòng nhập mật khẩu hiện tại.");
        RuleFor(f => f.NewPassword).NotEmpty().WithMessage("Vui lòng nhập mật khẩu mới.")
            .MinimumLength(12).WithMessage("Mật khẩu mới phải có ít nhất 12 ký tự (một cụm từ dễ nhớ là tốt nhất).")
            .MaximumLength(128).WithMessage("Mật khẩu mới quá dài.")
            .NotEqual(f => f.CurrentPassword).WithMessage("Mật khẩu mới phải khác mật khẩu hiện tại.");
        RuleFor(f => f.ConfirmPassword).Equal(f => f.NewPassword).WithMessage("Nhập lại mật khẩu mới không khớp.");
    }
}
