using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace NguyenLuongBang.Emulation.Web.Infrastructure;

/// <summary>MVC's model-binding messages ("The value 'x' is not valid") in Vietnamese.</summary>
internal static class VietnameseBindingMessages
{
    public static void Apply(DefaultModelBindingMessageProvider messages)
    {
        messages.SetAttemptedValueIsInvalidAccessor((value, field) => $"Giá trị \"{value}\" không hợp lệ cho trường {field}.");
        messages.SetMissingBindRequiredValueAccessor(field => $"Thiếu giá trị cho trường {field}.");
        messages.SetMissingKeyOrValueAccessor(() => "Thiếu giá trị.");
        messages.SetMissingRequestBodyRequiredValueAccessor(() => "Yêu cầu không có nội dung.");
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(value => $"Giá trị \"{value}\" không hợp lệ.");
        messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => "Giá trị không hợp lệ.");
        messages.SetUnknownValueIsInvalidAccessor(field => $"Giá trị của trường {field} không hợp lệ.");
        messages.SetValueIsInvalidAccessor(value => $"Giá trị \"{value}\" không hợp lệ.");
        messages.SetValueMustBeANumberAccessor(field => $"Trường {field} phải là số.");
        messages.SetValueMustNotBeNullAccessor(value => $"Trường này không được để trống.");
        messages.SetNonPropertyValueMustBeANumberAccessor(() => "Giá trị phải là số.");
    }
}
