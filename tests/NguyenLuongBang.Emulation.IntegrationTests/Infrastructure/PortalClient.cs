using System.Net;
using System.Text.RegularExpressions;

namespace NguyenLuongBang.Emulation.IntegrationTests.Infrastructure;

/// <summary>Helpers that use the portal as a browser would: fetch a form, post it with its antiforgery token.</summary>
public static partial class PortalClient
{
    public const string DemoPassword = Web.Data.Seeding.DemoData.Password;

    public static async Task<string> AntiforgeryTokenAsync(this HttpClient client, string formUrl)
    {
        var html = await client.GetStringAsync(formUrl);
        return TokenInput().Match(html) is { Success: true } match
            ? WebUtility.HtmlDecode(match.Groups[1].Value)
            : throw new InvalidOperationException($"No antiforgery token on {formUrl}");
    }

    /// <summary>A PDF answer's words, read back in page order (after checking it is one).</summary>
    public static async Task<string> PdfTextAsync(this HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(await response.Content.ReadAsByteArrayAsync());
        return string.Join(" ", pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
    }

    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string formUrl, string postUrl, IDictionary<string, string> fields)
    {
        var token = await client.AntiforgeryTokenAsync(formUrl);
        var body = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = token };
        using var content = new FormUrlEncodedContent(body);
        return await client.PostAsync(postUrl, content);
    }

    /// <summary>Posts one file as the form on <paramref name="formUrl"/> would (multipart, with its antiforgery token).</summary>
    public static async Task<HttpResponseMessage> PostFileAsync(this HttpClient client, string formUrl, string postUrl, byte[] bytes, string fileName, string field = "file")
    {
        var token = await client.AntiforgeryTokenAsync(formUrl);
        using var content = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(bytes), field, fileName },
        };
        return await client.PostAsync(postUrl, content);
    }

    /// <summary>A form whose fields may repeat (several checkboxes of one name).</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string formUrl, string postUrl, IEnumerable<KeyValuePair<string, string>> fields)
    {
        var token = await client.AntiforgeryTokenAsync(formUrl);
        using var content = new FormUrlEncodedContent(fields.Append(new("__RequestVerificationToken", token)));
        return await client.PostAsync(postUrl, content);
    }

    public static Task<HttpResponseMessage> SignInAsync(this HttpClient client, string email, string password = DemoPassword, string? returnUrl = null)
    {
        var fields = new Dictionary<string, string> { ["Email"] = email, ["Password"] = password };
        if (returnUrl is not null)
        {
            fields["ReturnUrl"] = returnUrl;
        }

        return client.PostFormAsync("/Account/Login", "/Account/Login", fields);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenInput();
}
