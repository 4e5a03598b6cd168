using System.Net;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NguyenLuongBang.Emulation.IntegrationTests.Infrastructure;

namespace NguyenLuongBang.Emulation.IntegrationTests.Security;

/// <summary>
/// Every status the portal answers is answered as itself, with a Vietnamese page: a body over its
/// limit is 413 with the limit named (never the 404 of a missing error page), a control character
/// in a field is a 400 that gives the typing back, and each status has its page.
/// </summary>
public class StatusPageTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Megabyte = " MB";

    [Theory]
    [InlineData(400, "Yêu cầu không hợp lệ")]
    [InlineData(401, "Cần đăng nhập")]
    [InlineData(403, "Không có quyền truy cập")]
    [InlineData(404, "Không tìm thấy trang")]
    [InlineData(405, "Thao tác không được hỗ trợ")]
    [InlineData(409, "Dữ liệu vừa thay đổi")]
    [InlineData(413, "Tệp quá lớn")]
    [InlineData(415, "Định dạng không được hỗ trợ")]
    [InlineData(422, "Dữ liệu chưa hợp lệ")]
    [InlineData(429, "Quá nhiều yêu cầu")]
    [InlineData(431, "Yêu cầu không hợp lệ")]
    [InlineData(500, "Đã có lỗi xảy ra")]
    [InlineData(503, "Hệ thống tạm ngừng phục vụ")]
    public async Task Each_status_has_its_vietnamese_page_with_that_status(int code, string title)
    {
        foreach (var method in new[] { HttpMethod.Get, HttpMethod.Post })
        {
            // A status page is re-executed with the failed request's own method.
            using var request = new HttpRequestMessage(method, $"/Error/{code}");
            var response = await factory.CreatePortalClient().SendAsync(request);

            Assert.Equal(code, (int)response.StatusCode);
            var html = await response.Content.ReadAsStringAsync();
            Assert.Contains(title, html);
            Assert.Contains("lang=\"vi\"", html);
            Assert.DoesNotContain("Exception", html);
        }
    }

    [Fact]
    public async Task Statuses_the_portal_produces_come_with_their_own_page()
    {
        var unit = factory.CreatePortalClient();
        await unit.SignInAsync("vanphong@nlb.example");
        var anonymous = factory.CreatePortalClient();
        foreach (var (client, method, url, status, title) in new[]
        {
            // No antiforgery token.
            (anonymous, HttpMethod.Post, "/Account/Login", HttpStatusCode.BadRequest, "Yêu cầu không hợp lệ"),
            (unit, HttpMethod.Get, "/Admin/Users", HttpStatusCode.Forbidden, "Không có quyền truy cập"),
            (unit, HttpMethod.Get, "/Khong-co-trang-nay", HttpStatusCode.NotFound, "Không tìm thấy trang"),
            (unit, HttpMethod.Put, "/Account/Login", HttpStatusCode.MethodNotAllowed, "Thao tác không được hỗ trợ"),
            (unit, HttpMethod.Delete, "/Xac-thuc", HttpStatusCode.MethodNotAllowed, "Thao tác không được hỗ trợ"),
        })
        {
            using var request = new HttpRequestMessage(method, url) { Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["Email"] = "a@nlb.example" }) };
            var response = await client.SendAsync(request);

            Assert.Equal(status, response.StatusCode);
            Assert.Contains(title, await response.Content.ReadAsStringAsync());
        }
    }

    [Fact]
    public async Task Every_upload_over_its_limit_gets_413_saying_the_file_is_too_large_and_what_the_limit_is()
    {
        // Found from the endpoints (every [RequestSizeLimit]), so a new upload is covered too.
        var uploads = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<IRequestSizeLimitMetadata>()?.MaxRequestBodySize is not null)
            .Select(e => (Template: TemplateOf(e), Limit: e.Metadata.GetMetadata<IRequestSizeLimitMetadata>()!.MaxRequestBodySize!.Value))
            .ToList();
        Assert.True(uploads.Count >= 10, $"{uploads.Count} uploads found");
        var admin = factory.CreatePortalClient();
        await admin.SignInAsync("quantri@nlb.example");
        var wrong = new List<string>();
        foreach (var (template, limit) in uploads)
        {
            var url = "/" + System.Text.RegularExpressions.Regex.Replace(template, @"\{(\w+)[^}]*\}", m => m.Groups[1].Value == "year" ? "2026" : "1");
            using var body = Oversized(limit + 1);
            var response = await admin.PostAsync(url, body);
            var html = await response.Content.ReadAsStringAsync();
            var expected = $"tối đa {ErrorsSize(limit)}";
            if (response.StatusCode != HttpStatusCode.RequestEntityTooLarge || !html.Contains("Tệp quá lớn", StringComparison.Ordinal) || !html.Contains(expected, StringComparison.Ordinal))
            {
                wrong.Add($"{template}: {(int)response.StatusCode}, \"{expected}\" {(html.Contains(expected, StringComparison.Ordinal) ? "shown" : "missing")}");
            }
        }

        Assert.Empty(wrong);
    }

    /// <summary>The action's route as the authorization matrix writes it (a conventional route as Controller/Action/{id}).</summary>
    private static string TemplateOf(RouteEndpoint endpoint)
    {
        var action = endpoint.Metadata.GetMetadata<Microsoft.AspNetCore.Mvc.Controllers.ControllerActionDescriptor>()!;
        return action.AttributeRouteInfo?.Template
               ?? $"{action.ControllerName}/{action.ActionName}" + (action.Parameters.Any(p => p.Name == "id") ? "/{id}" : string.Empty);
    }

    private static string ErrorsSize(long bytes) => bytes >= 1024 * 1024 ? $"{bytes / (1024 * 1024)}{Megabyte}" : $"{bytes / 1024} KB";

    [Fact]
    public async Task The_probes_uploads_get_413_not_404()
    {
        var (unit, reportId) = await UnitReportAsync();
        var admin = factory.CreatePortalClient();
        await admin.SignInAsync("quantri@nlb.example");
        var accountId = await factory.WithDatabaseAsync(db => db.Users.Where(u => u.Email == "chutich@nlb.example").Select(u => u.Id).SingleAsync());
        foreach (var (client, url, bytes, limit) in new[]
        {
            (factory.CreatePortalClient(), "/Xac-thuc", 50L << 20, "30 MB"),
            (unit, $"/Reports/{reportId}/Upload", 70L << 20, "64 MB"),
            (admin, $"/Admin/Certificates/{accountId}/Bind", 2L << 20, "48 KB"),
        })
        {
            using var body = Oversized(bytes);
            var response = await client.PostAsync(url, body);

            Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
            var html = await response.Content.ReadAsStringAsync();
            Assert.Contains("Tệp quá lớn", html);
            Assert.Contains($"tối đa {limit}", html);
            Assert.DoesNotContain("Không tìm thấy trang", html);
        }
    }

    private async Task<(HttpClient Client, int ReportId)> UnitReportAsync()
    {
        var unit = factory.CreatePortalClient();
        await unit.SignInAsync("vanphong@nlb.example");
        var id = await factory.WithDatabaseAsync(db => db.AnnualReports.Where(r => r.Year == 2025).OrderBy(r => r.Id).Select(r => r.Id).FirstAsync());
        return (unit, id);
    }

    /// <summary>A multipart body of that declared length, made as it is sent (never held in memory).</summary>
    private static StreamContent Oversized(long length)
    {
        var content = new StreamContent(new ZeroStream(length));
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/form-data; boundary=nlb");
        content.Headers.ContentLength = length;
        return content;
    }

    public static TheoryData<string, string> ControlCharacters() => new()
    {
        { "\u0000", "NUL" },
        { "\u0001", "SOH" },
        { "\u001b", "ESC" },
        { "\u007f", "DEL" },
        { "\u0085", "NEL" },
    };

    private async Task<HttpResponseMessage> AddUnitAsync(string name, string head)
    {
        var admin = factory.CreatePortalClient();
        await admin.SignInAsync("quantri@nlb.example");
        var typeId = await factory.WithDatabaseAsync(db => db.UnitTypes.Where(t => t.Code == "THON").Select(t => t.Id).SingleAsync());
        return await HtmlForm.Parse(await admin.GetStringAsync("/Admin/Units/Create"), "unit-form")
            .Set("Name", name).Set("UnitTypeId", typeId.ToString(System.Globalization.CultureInfo.InvariantCulture)).Set("HeadName", head)
            .PostAsync(admin);
    }

    [Theory]
    [MemberData(nameof(ControlCharacters))]
    public async Task A_control_character_in_a_field_gets_a_400_that_gives_the_typing_back_and_stores_nothing(string character, string name)
    {
        var units = await factory.WithDatabaseAsync(db => db.Units.CountAsync());

        var response = await AddUnitAsync($"Thôn Nam{character}{name}", "Phạm Văn Gõ");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Có ký tự không hợp lệ", html);
        Assert.Contains("trường Name", html);
        Assert.Contains($"Thôn Nam\uFFFD{name}", html);
        Assert.DoesNotContain(character, html, StringComparison.Ordinal);
        Assert.Equal(units, await factory.WithDatabaseAsync(db => db.Units.CountAsync()));
    }

    [Fact]
    public async Task A_nul_in_the_sign_in_form_or_a_search_gets_a_message_not_404()
    {
        var signIn = await factory.CreatePortalClient().PostFormAsync("/Account/Login", "/Account/Login",
            new Dictionary<string, string> { ["Email"] = "quantri@nlb.example\u0000", ["Password"] = "x" });
        Assert.Equal(HttpStatusCode.BadRequest, signIn.StatusCode);
        Assert.Contains("Có ký tự không hợp lệ", await signIn.Content.ReadAsStringAsync());

        var reviewer = factory.CreatePortalClient();
        await reviewer.SignInAsync("chuyenvien@nlb.example");
        var search = await reviewer.GetAsync("/Awards/History?q=" + Uri.EscapeDataString("Nguyễn\u0000"));
        Assert.Equal(HttpStatusCode.BadRequest, search.StatusCode);
        Assert.Contains("Có ký tự không hợp lệ", await search.Content.ReadAsStringAsync());
    }

    /// <summary>The layout names the commune on every page, the ones a filter or a status page answers too (PageCommuneFilter).</summary>
    [Fact]
    public async Task Error_pages_answered_by_a_filter_or_a_status_page_name_the_commune()
    {
        var refused = await AddUnitAsync("Thôn Nam\u0000", "Phạm Văn Gõ");
        var unit = factory.CreatePortalClient();
        await unit.SignInAsync("vanphong@nlb.example");
        var missing = await unit.GetAsync("/Khong-co-trang-nay");
        var failed = await factory.CreatePortalClient().GetAsync("/Error/500");

        foreach (var (response, status) in new[] { (refused, HttpStatusCode.BadRequest), (missing, HttpStatusCode.NotFound), (failed, HttpStatusCode.InternalServerError) })
        {
            Assert.Equal(status, response.StatusCode);
            var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
            Assert.Contains("Thi đua chuyển đổi số xã Nguyễn Lương Bằng</title>", html, StringComparison.Ordinal);
            Assert.Contains("Ủy ban nhân dân xã Nguyễn Lương Bằng", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Tabs_and_line_breaks_are_text_not_refused()
    {
        var response = await AddUnitAsync("Thôn\tXuân", "Phạm Văn\r\nHai");

        Assert.NotEqual(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((int)response.StatusCode < 500);
    }

    /// <summary>Zeros, as many as asked, produced as they are read.</summary>
    private sealed class ZeroStream(long length) : Stream
    {
        private long _position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => length;

        public override long Position { get => _position; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = (int)Math.Min(count, length - _position);
            Array.Clear(buffer, offset, n);
            _position += n;
            return n;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
