using System.Net;
using System.Text.RegularExpressions;

namespace NguyenLuongBang.Emulation.IntegrationTests.Infrastructure;

/// <summary>
/// Reads a form out of a page the way a browser would submit it: inputs (checked boxes only),
/// textareas and selected options, in document order. Tests change fields and post it back.
/// </summary>
public sealed partial class HtmlForm
{
    private readonly List<KeyValuePair<string, string>> _fields;

    private HtmlForm(string action, List<KeyValuePair<string, string>> fields)
    {
        Action = action;
        _fields = fields;
    }

    public string Action { get; }

    public IReadOnlyList<KeyValuePair<string, string>> Fields => _fields;

    /// <summary>The same fields posted where a button's formaction sends them ("Thêm đề nghị" posts the report's form to its own action).</summary>
    public HtmlForm To(string action) => new(action, [.. _fields]);

    public string? this[string name] => _fields.FirstOrDefault(f => f.Key == name).Value;

    public static HtmlForm Parse(string html, string formId)
    {
        var start = html.IndexOf($"id=\"{formId}\"", StringComparison.Ordinal);
        if (start < 0)
        {
            throw new InvalidOperationException($"No form {formId} on the page");
        }

        var formStart = html.LastIndexOf("<form", start, StringComparison.Ordinal);
        var formEnd = html.IndexOf("</form>", start, StringComparison.Ordinal);
        var body = html[formStart..formEnd];
        var action = WebUtility.HtmlDecode(Attr(body[..body.IndexOf('>', StringComparison.Ordinal)], "action") ?? string.Empty);
        var fields = new List<KeyValuePair<string, string>>();
        foreach (Match element in Element().Matches(body))
        {
            var tag = element.Groups["tag"].Value;
            var attributes = element.Groups["attrs"].Value;
            var name = Attr(attributes, "name");
            if (name is null || attributes.Contains(" disabled", StringComparison.Ordinal))
            {
                continue;
            }

            switch (tag)
            {
                case "input":
                    var type = Attr(attributes, "type") ?? "text";
                    if (type is "submit" or "button" or "file" || (type is "checkbox" or "radio" && !attributes.Contains(" checked", StringComparison.Ordinal)))
                    {
                        continue;
                    }

                    fields.Add(new(name, WebUtility.HtmlDecode(Attr(attributes, "value") ?? (type == "checkbox" ? "on" : string.Empty))));
                    break;
                case "textarea":
                    fields.Add(new(name, WebUtility.HtmlDecode(element.Groups["content"].Value).TrimStart('\n')));
                    break;
                case "select":
                    // As a browser does: the selected option, else the first one.
                    var options = Option().Matches(element.Groups["content"].Value);
                    var selected = options.FirstOrDefault(o => o.Groups["attrs"].Value.Contains(" selected", StringComparison.Ordinal)) ?? options.FirstOrDefault();
                    fields.Add(new(name, WebUtility.HtmlDecode(selected is null ? string.Empty : Attr(selected.Groups["attrs"].Value, "value") ?? string.Empty)));
                    break;
            }
        }

        return new HtmlForm(action, fields);
    }

    /// <summary>The first field of that name as the page filled it, or null when the form has none.</summary>
    public string? Value(string name) => _fields.FindIndex(f => f.Key == name) is var index and >= 0 ? _fields[index].Value : null;

    /// <summary>Sets the first field of that name (adds it when missing).</summary>
    public HtmlForm Set(string name, string value)
    {
        var index = _fields.FindIndex(f => f.Key == name);
        if (index < 0)
        {
            _fields.Add(new(name, value));
        }
        else
        {
            _fields[index] = new(name, value);
        }

        return this;
    }

    /// <summary>Adds one more field of that name (a second ticked box of a list).</summary>
    public HtmlForm Add(string name, string value)
    {
        _fields.Add(new(name, value));
        return this;
    }

    public HtmlForm Check(string name) => Set(name, "true");

    public HtmlForm Remove(string name)
    {
        _fields.RemoveAll(f => f.Key == name);
        return this;
    }

    public async Task<HttpResponseMessage> PostAsync(HttpClient client, string? submitName = null, string? submitValue = null)
    {
        var fields = new List<KeyValuePair<string, string>>(_fields);
        if (submitName is not null)
        {
            fields.Add(new(submitName, submitValue ?? string.Empty));
        }

        using var content = new FormUrlEncodedContent(fields);
        return await client.PostAsync(Action, content);
    }

    private static string? Attr(string attributes, string name)
    {
        var match = Regex.Match(attributes, $@"\s{name}=""([^""]*)""");
        return match.Success ? match.Groups[1].Value : null;
    }

    [GeneratedRegex(@"<(?<tag>input|textarea|select)(?<attrs>[^>]*)>(?:(?<content>.*?)</\k<tag>>)?", RegexOptions.Singleline)]
    private static partial Regex Element();

    [GeneratedRegex(@"<option(?<attrs>[^>]*)>", RegexOptions.Singleline)]
    private static partial Regex Option();
}
