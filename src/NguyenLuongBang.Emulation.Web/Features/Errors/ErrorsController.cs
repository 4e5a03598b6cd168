using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace NguyenLuongBang.Emulation.Web.Features.Errors;

/// <summary>Friendly Vietnamese error pages; never a stack trace.</summary>
[AllowAnonymous]
[Route("Error")]
public sealed class ErrorsController(ILogger<ErrorsController> logger) : Controller
{
    [Route("{code:int}")]
    [IgnoreAntiforgeryToken]
    public IActionResult Show([FromRoute] int code)
    {
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
        var (title, text) = code switch
        {
            400 => ("Yêu cầu không hợp lệ", "Biểu mẫu đã hết hạn hoặc không hợp lệ. Vui lòng tải lại trang và thử lại."),
            403 => ("Không có quyền truy cập", "Tài khoản của bạn không được phép xem hoặc thực hiện nội dung này."),
            404 => ("Không tìm thấy trang", "Trang hoặc hồ sơ bạn tìm không tồn tại, hoặc đã được chuyển đi."),
            413 => ("Tệp quá lớn", "Tệp tải lên vượt quá dung lượng cho phép."),
            429 => ("Quá nhiều yêu cầu", "Bạn đã thử quá nhiều lần trong thời gian ngắn. Vui lòng đợi một phút rồi thử lại."),
            _ => ("Đã có lỗi xảy ra", "Hệ thống gặp sự cố khi xử lý yêu cầu. Dữ liệu bạn đã lưu trước đó không bị ảnh hưởng; vui lòng thử lại sau."),
        };
        return View("Error", new ErrorPage(code, title, text));
    }
}

public sealed record ErrorPage(int Code, string Title, string Text);
