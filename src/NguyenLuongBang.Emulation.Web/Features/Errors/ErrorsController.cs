using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using NguyenLuongBang.Emulation.Web.Infrastructure;

namespace NguyenLuongBang.Emulation.Web.Features.Errors;

/// <summary>
/// Friendly Vietnamese error pages, one for every status the portal answers; never a stack trace.
/// The status pages re-execute the failed request here with its own method and body: the action
/// takes no parameters, so nothing of that body (a 70 MB upload, a field MVC cannot read) is read.
/// </summary>
[AllowAnonymous]
[Route("Error")]
[IgnoreAntiforgeryToken]
[ErrorsControllerMarker]
public sealed class ErrorsController(ILogger<ErrorsController> logger) : Controller
{
    [Route("{code:int}")]
    public IActionResult Show()
    {
        var code = int.TryParse(RouteData.Values["code"] as string, NumberStyles.None, CultureInfo.InvariantCulture, out var asked) ? asked : StatusCodes.Status404NotFound;
        var failure = HttpContext.Features.Get<IExceptionHandlerPathFeature>();
        if (failure?.Error is BadHttpRequestException badRequest)
        {
            // Too large a body (413) and the like: the client's fault, told as such.
            logger.LogWarning("Bad request on {Path}: {Status}", failure.Path, badRequest.StatusCode);
            code = badRequest.StatusCode;
        }
        else if (failure is not null)
        {
            logger.LogError(failure.Error, "Unhandled error on {Path}", failure.Path);
            code = StatusCodes.Status500InternalServerError;
        }

        if (code is < 400 or > 599)
        {
            // "/Error/200" typed by hand: there is no such error page.
            code = StatusCodes.Status404NotFound;
        }

        Response.StatusCode = code;
        if (code == StatusCodes.Status400BadRequest && HttpContext.Items[ControlCharacterRefusal.RefusedKey] is List<TypedField> typed)
        {
            return View("Error", RefuseControlCharactersFilter.Page(typed));
        }

        var page = Describe(code, code == StatusCodes.Status413PayloadTooLarge ? BodyLimit() : null);
        return View("Error", page);
    }

    /// <summary>The page of a status: its Vietnamese title and what the reader can do.</summary>
    public static ErrorPage Describe(int code, long? bodyLimit = null)
    {
        var (title, text) = code switch
        {
            400 => ("Yêu cầu không hợp lệ", "Biểu mẫu đã hết hạn hoặc không hợp lệ. Vui lòng tải lại trang và thử lại."),
            401 => ("Cần đăng nhập", "Vui lòng đăng nhập để tiếp tục."),
            403 => ("Không có quyền truy cập", "Tài khoản của bạn không được phép xem hoặc thực hiện nội dung này."),
            404 => ("Không tìm thấy trang", "Trang hoặc hồ sơ bạn tìm không tồn tại, hoặc đã được chuyển đi."),
            405 => ("Thao tác không được hỗ trợ", "Địa chỉ này không nhận cách gửi yêu cầu vừa dùng (ví dụ gửi biểu mẫu tới một trang chỉ để xem). Vui lòng mở trang từ trình đơn của cổng rồi thử lại."),
            406 => ("Không có định dạng phù hợp", "Trang này không có ở định dạng mà trình duyệt yêu cầu."),
            408 => ("Hết thời gian chờ", "Yêu cầu gửi quá chậm nên đã bị dừng. Vui lòng kiểm tra kết nối mạng rồi thử lại."),
            409 => ("Dữ liệu vừa thay đổi", "Hồ sơ vừa được người khác thay đổi. Vui lòng tải lại trang, xem lại rồi thử lại."),
            411 => ("Yêu cầu không hợp lệ", "Yêu cầu thiếu độ dài nội dung. Vui lòng thử lại từ trình duyệt."),
            413 => ("Tệp quá lớn", bodyLimit is { } limit
                ? $"Tệp tải lên vượt quá dung lượng cho phép: mỗi lần gửi tối đa {Size(limit)}. Vui lòng chọn tệp nhỏ hơn (nén hoặc chia nhỏ tệp) rồi thử lại; chưa có gì được lưu."
                : "Tệp tải lên vượt quá dung lượng cho phép. Vui lòng chọn tệp nhỏ hơn (nén hoặc chia nhỏ tệp) rồi thử lại; chưa có gì được lưu."),
            414 => ("Địa chỉ quá dài", "Địa chỉ trang quá dài để xử lý. Vui lòng rút ngắn nội dung tìm kiếm rồi thử lại."),
            415 => ("Định dạng không được hỗ trợ", "Nội dung gửi lên không ở định dạng trang này nhận. Vui lòng gửi lại từ biểu mẫu của cổng."),
            422 => ("Dữ liệu chưa hợp lệ", "Một số thông tin chưa hợp lệ. Vui lòng quay lại, sửa theo hướng dẫn rồi gửi lại."),
            429 => ("Quá nhiều yêu cầu", "Bạn đã thử quá nhiều lần trong thời gian ngắn. Vui lòng đợi một phút rồi thử lại."),
            431 => ("Yêu cầu không hợp lệ", "Phần đầu yêu cầu quá lớn (thường do quá nhiều cookie). Vui lòng xóa cookie của cổng trong trình duyệt rồi thử lại."),
            503 => ("Hệ thống tạm ngừng phục vụ", "Cổng đang bận hoặc đang bảo trì. Vui lòng thử lại sau ít phút."),
            >= 400 and < 500 => ("Yêu cầu không thực hiện được", "Yêu cầu không thực hiện được. Vui lòng quay lại trang trước, tải lại rồi thử lại."),
            _ => ("Đã có lỗi xảy ra", "Hệ thống gặp sự cố khi xử lý yêu cầu. Dữ liệu bạn đã lưu trước đó không bị ảnh hưởng; vui lòng thử lại sau."),
        };
        return new ErrorPage(code, title, text);
    }

    /// <summary>"30 MB", "512 KB": the limit as people read a file's size (rounded down, so a file of that size passes).</summary>
    public static string Size(long bytes) => bytes >= 1024 * 1024
        ? string.Create(PortalSetup.Vietnamese, $"{bytes / (1024 * 1024):N0} MB")
        : string.Create(PortalSetup.Vietnamese, $"{Math.Max(1, bytes / 1024):N0} KB");

    /// <summary>The limit the refused request met: the one the portal checked, else the server's own.</summary>
    private long? BodyLimit()
    {
        if (HttpContext.Items[RequestBodyLimits.LimitKey] is long checkedLimit)
        {
            return checkedLimit;
        }

        var endpoint = HttpContext.Features.Get<IStatusCodeReExecuteFeature>()?.Endpoint ?? HttpContext.Features.Get<IExceptionHandlerFeature>()?.Endpoint;
        return endpoint?.Metadata.GetMetadata<Microsoft.AspNetCore.Http.Metadata.IRequestSizeLimitMetadata>()?.MaxRequestBodySize
               ?? HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>()?.MaxRequestBodySize;
    }
}

public sealed record ErrorPage(int Code, string Title, string Text)
{
    /// <summary>What the refused request carried, given back so that nothing typed is lost.</summary>
    public IReadOnlyList<TypedField> Typed { get; init; } = [];
}

/// <summary>A field as it was sent (control characters made visible).</summary>
public sealed record TypedField(string Field, string Text);
