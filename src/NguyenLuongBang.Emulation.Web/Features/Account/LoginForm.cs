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
        RuleFor(f => f.Email).Email();
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
        RuleFor(f => f.NewPassword).NewPassword()
            .NotEqual(f => f.CurrentPassword).WithMessage("Mật khẩu mới phải khác mật khẩu hiện tại.");
        RuleFor(f => f.ConfirmPassword).Equal(f => f.NewPassword).WithMessage(AccountRules.ConfirmMismatch);
    }
}

/// <summary>The rules shared by the account's forms: an address typed, and a new password wherever one is chosen (change, reset by e-mail); Identity's own rules follow at save.</summary>
public static class AccountRules
{
    public static IRuleBuilderOptions<T, string> Email<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().WithMessage("Vui lòng nhập thư điện tử.")
            .MaximumLength(256).WithMessage("Thư điện tử quá dài.")
            .EmailAddress().WithMessage("Thư điện tử không đúng định dạng.");

    public const string ConfirmMismatch = "Nhập lại mật khẩu mới không khớp.";

    public static IRuleBuilderOptions<T, string> NewPassword<T>(this IRuleBuilder<T, string> rule) =>
        rule.NotEmpty().WithMessage("Vui lòng nhập mật khẩu mới.")
            .MinimumLength(12).WithMessage("Mật khẩu mới phải có ít nhất 12 ký tự (một cụm từ dễ nhớ là tốt nhất).")
            .MaximumLength(128).WithMessage("Mật khẩu mới quá dài.");
}

/// <summary>"Quên mật khẩu?": the address the reset link goes to.</summary>
public sealed class ForgotPasswordForm
{
    public string Email { get; set; } = string.Empty;
}

public sealed class ForgotPasswordFormValidator : AbstractValidator<ForgotPasswordForm>
{
    public ForgotPasswordFormValidator()
    {
        RuleFor(f => f.Email).Email();
    }
}

/// <summary>The new password chosen from the e-mailed link (the link's account and token ride along, hidden).</summary>
public sealed class ResetPasswordForm
{
    public string UserId { get; set; } = string.Empty;

    public string Token { get; set; } = string.Empty;

    public string NewPassword { get; set; } = string.Empty;

    public string ConfirmPassword { get; set; } = string.Empty;
}

public sealed class ResetPasswordFormValidator : AbstractValidator<ResetPasswordForm>
{
    public ResetPasswordFormValidator()
    {
        RuleFor(f => f.NewPassword).NewPassword();
        RuleFor(f => f.ConfirmPassword).Equal(f => f.NewPassword).WithMessage(AccountRules.ConfirmMismatch);
    }
}
