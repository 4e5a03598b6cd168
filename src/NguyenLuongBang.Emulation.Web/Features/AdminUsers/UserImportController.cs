using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using NguyenLuongBang.Emulation.Web.Identity;

namespace NguyenLuongBang.Emulation.Web.Features.AdminUsers;

/// <summary>Many unit users at once from Excel: template, preview with a row-by-row error list, then all or nothing.</summary>
[Authorize(Policy = Policies.Administer)]
[Route("Admin/Users/Import/[action]")]
public sealed class UserImportController(UserImport import) : Controller
{
    /// <summary>The page, kept with the rest of the account administration.</summary>
    private const string PageView = "~/Features/AdminUsers/Import.cshtml";

    [HttpGet("/Admin/Users/Import")]
    public IActionResult Index() => View(PageView, new ImportPage([], null, null, null));

    [HttpGet]
    public IActionResult Template() =>
        File(UserImport.Template(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "mau-nhap-tai-khoan.xlsx");

    [HttpPost]
    [RequestSizeLimit(5 * 1024 * 1024)]
    public async Task<IActionResult> Preview(IFormFile? file, CancellationToken cancellationToken)
    {
        if (file is null || file.Length == 0)
        {
            return View(PageView, new ImportPage([], "Vui lòng chọn tệp Excel.", null, null));
        }

        await using var stream = new MemoryStream();
        await file.CopyToAsync(stream, cancellationToken);
        stream.Position = 0;
        var (rows, error) = UserImport.Read(stream);
        if (error is not null)
        {
            return View(PageView, new ImportPage([], error, null, null));
        }

        var valid = await import.CheckAsync(rows, cancellationToken);
        return View(PageView, new ImportPage(rows, valid ? null : $"Có {rows.Count(r => r.Errors.Count > 0)} dòng có lỗi: chưa nhập tài khoản nào. Sửa tệp rồi tải lên lại.",
            valid ? JsonSerializer.Serialize(rows) : null, null));
    }

    [HttpPost]
    public async Task<IActionResult> Confirm(string? rows, CancellationToken cancellationToken)
    {
        List<ImportRow>? parsed;
        try
        {
            parsed = rows is null ? null : JsonSerializer.Deserialize<List<ImportRow>>(rows);
        }
        catch (JsonException)
        {
            parsed = null;
        }

        if (parsed is null || parsed.Count == 0 || parsed.Count > UserImport.MaxRows || parsed.Any(r => r is null || r.Email is null || r.FullName is null || r.Role is null))
        {
            return View(PageView, new ImportPage([], "Dữ liệu nhập không hợp lệ; vui lòng tải tệp lên lại.", null, null));
        }

        parsed = parsed.Select(r => r with { Errors = [] }).ToList();
        var created = await import.ImportAsync(parsed, cancellationToken);
        return created is null
            ? View(PageView, new ImportPage(parsed, $"Dữ liệu đã thay đổi từ lúc xem trước ({parsed.Count(r => r.Errors.Count > 0)} dòng có lỗi): chưa nhập tài khoản nào. Sửa tệp rồi tải lên lại.", null, null))
            : View(PageView, new ImportPage(parsed, null, null, created));
    }
}

public sealed record ImportPage(IReadOnlyList<ImportRow> Rows, string? Error, string? RowsJson, IReadOnlyList<(string Email, string Password)>? Created);
