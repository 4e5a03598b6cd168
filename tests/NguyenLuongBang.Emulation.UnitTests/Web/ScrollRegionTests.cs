using Microsoft.AspNetCore.Razor.TagHelpers;
using NguyenLuongBang.Emulation.Web.Features.SharedParts;

namespace NguyenLuongBang.Emulation.UnitTests.Web;

public class ScrollRegionTests
{
    [Fact]
    public void A_scroll_region_is_a_labelled_region_the_keyboard_reaches()
    {
        var output = Render(new ScrollRegionTagHelper { Label = "Bảng nhật ký hệ thống" }, new TagHelperAttribute("class", "mt-2"));

        Assert.Equal("table-responsive mt-2", output.Attributes["class"].Value.ToString());
        Assert.Equal("0", output.Attributes["tabindex"].Value);
        Assert.Equal("region", output.Attributes["role"].Value);
        Assert.Equal("Bảng nhật ký hệ thống", output.Attributes["aria-label"].Value);
    }

    [Fact]
    public void A_scroll_region_without_a_label_is_refused() =>
        Assert.Throws<InvalidOperationException>(() => Render(new ScrollRegionTagHelper { Label = " " }));

    /// <summary>Every sideways-scrolling table goes through the tag helper: none is written by hand without its keyboard access.</summary>
    [Fact]
    public void No_view_writes_a_scroll_container_by_hand()
    {
        var features = Path.Combine(RepositoryRoot(), "src", "NguyenLuongBang.Emulation.Web", "Features");
        var byHand = Directory.EnumerateFiles(features, "*.cshtml", SearchOption.AllDirectories)
            .Where(f => File.ReadAllText(f).Contains("table-responsive", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(features, f))
            .ToList();

        Assert.True(byHand.Count == 0, "Use <div scroll-region=\"Bảng …\"> instead of class=\"table-responsive\" in: " + string.Join(", ", byHand));
    }

    private static TagHelperOutput Render(TagHelper helper, params TagHelperAttribute[] attributes)
    {
        var context = new TagHelperContext(new TagHelperAttributeList(attributes), new Dictionary<object, object>(), "id");
        var output = new TagHelperOutput("div", new TagHelperAttributeList(attributes), (_, _) => Task.FromResult<TagHelperContent>(new DefaultTagHelperContent()));
        helper.Process(context, output);
        return output;
    }

    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "NguyenLuongBang.Emulation.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("Repository root not found");
    }
}
