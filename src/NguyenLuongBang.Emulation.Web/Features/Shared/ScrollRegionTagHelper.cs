using Microsoft.AspNetCore.Razor.TagHelpers;

namespace NguyenLuongBang.Emulation.Web.Features.SharedParts;

/// <summary>
/// A table that scrolls sideways on a phone: <c>&lt;div scroll-region="Bảng …"&gt;</c> becomes a
/// <c>.table-responsive</c> that the keyboard can reach and scroll (tabindex 0) and a screen reader
/// announces by name (a labelled region). One place for the pattern, so no view forgets a part.
/// </summary>
[HtmlTargetElement("div", Attributes = LabelAttribute)]
public sealed class ScrollRegionTagHelper : TagHelper
{
    private const string LabelAttribute = "scroll-region";

    /// <summary>What the region holds, in Vietnamese (its accessible name).</summary>
    [HtmlAttributeName(LabelAttribute)]
    public string Label { get; set; } = string.Empty;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (string.IsNullOrWhiteSpace(Label))
        {
            throw new InvalidOperationException("A scroll region needs a label (scroll-region=\"Bảng …\").");
        }

        var classes = output.Attributes.TryGetAttribute("class", out var existing) ? existing.Value?.ToString() : null;
        output.Attributes.SetAttribute("class", string.IsNullOrWhiteSpace(classes) ? "table-responsive" : "table-responsive " + classes);
        output.Attributes.SetAttribute("tabindex", "0");
        output.Attributes.SetAttribute("role", "region");
        output.Attributes.SetAttribute("aria-label", Label);
    }
}
