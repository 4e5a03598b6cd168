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
