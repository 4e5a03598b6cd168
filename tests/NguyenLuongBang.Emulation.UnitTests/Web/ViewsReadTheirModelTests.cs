using System.Text.RegularExpressions;

namespace NguyenLuongBang.Emulation.UnitTests.Web;

/// <summary>
/// Views show what the action side gave them (the page model, or the page's commune in its view
/// data, <c>ViewData.Commune()</c>); they do not await services. The few services a view still
/// injects are listed here, each with its reason: a new one needs one too.
/// </summary>
public partial class ViewsReadTheirModelTests
{
    /// <summary>The services views may inject, by view (relative to Features) and type, with why.</summary>
    private static readonly Dictionary<(string View, string Service), string> Kept = new()
    {
        [("Shared/_Layout.cshtml", "NguyenLuongBang.Emulation.Web.Infrastructure.PortalSettings")] =
            "the settings the page could not read, known only once its body is rendered (read after RenderBody)",
        [("Shared/_PublicAddressWarning.cshtml", "NguyenLuongBang.Emulation.Web.Documents.PublicAddress")] =
            "the host's public address, one for every commune and read at start-up, warned about on three administrator pages",
    };

    [Fact]
    public void Views_inject_only_the_services_kept_on_purpose()
    {
        var injected = Views()
            .SelectMany(v => Injections(v.Source).Select(service => (v.View, Service: service)))
            .Where(i => !Kept.ContainsKey(i))
            .Select(i => $"{i.View} ({i.Service})")
            .ToList();

        Assert.True(injected.Count == 0,
            "Give the view what it needs in its page model (or view data set by a filter) instead of @inject in: " + string.Join(", ", injected));
    }

    [Fact]
    public void No_view_reads_the_current_commune_service()
    {
        var reading = Views().Where(v => ReadsCurrentCommune(v.Source)).Select(v => v.View).ToList();

        Assert.True(reading.Count == 0,
            "Read the page's commune with ViewData.Commune() (set by PageCommuneFilter) instead of CurrentCommune in: " + string.Join(", ", reading));
    }

    [Theory]
    [InlineData("@inject NguyenLuongBang.Emulation.Web.Infrastructure.CurrentCommune CurrentCommune", "NguyenLuongBang.Emulation.Web.Infrastructure.CurrentCommune")]
    [InlineData("@model X\n  @inject   TimeProvider Clock\n<p>@Clock.GetUtcNow()</p>", "TimeProvider")]
    [InlineData("@inject IOptions<PortalOptions> Options", "IOptions<PortalOptions>")]
    public void The_check_finds_an_injection_however_it_is_written(string source, string service) =>
        Assert.Equal(service, Assert.Single(Injections(source)));

    [Theory]
    [InlineData("@{ var commune = await CurrentCommune.GetAsync(); }")]
    [InlineData("<input value=\"@((await CurrentCommune.GetAsync()).Kind)\" />")]
    public void The_check_finds_the_current_commune_read(string source) => Assert.True(ReadsCurrentCommune(source));

    [Theory]
    [InlineData("@{ var commune = ViewData.Commune(); }\n<p>@commune.DisplayName</p>")]
    [InlineData("<p>Inject the value @Model.InjectedBy into the CurrentCommuneId field</p>")]
    public void A_view_reading_its_view_data_passes(string source)
    {
        Assert.Empty(Injections(source));
        Assert.False(ReadsCurrentCommune(source));
    }

    private static IEnumerable<(string View, string Source)> Views()
    {
        var features = SourceTree.Features;
        return Directory.EnumerateFiles(features, "*.cshtml", SearchOption.AllDirectories)
            .Select(f => (Path.GetRelativePath(features, f).Replace('\\', '/'), File.ReadAllText(f)));
    }

    private static List<string> Injections(string source) =>
        Inject().Matches(source).Select(m => m.Groups["service"].Value).ToList();

    private static bool ReadsCurrentCommune(string source) => CurrentCommuneRead().IsMatch(source);

    [GeneratedRegex(@"^\s*@inject\s+(?<service>[\w.]+(?:<[^>]*>)?)\s+\w+", RegexOptions.Multiline)]
    private static partial Regex Inject();

    [GeneratedRegex(@"\bCurrentCommune\b")]
    private static partial Regex CurrentCommuneRead();
}
