using System.Text.RegularExpressions;

namespace NguyenLuongBang.Emulation.UnitTests.Web;

/// <summary>
/// A request never moves its own unit of work to another commune: whatever it already resolved or
/// tracked would belong to the commune before. Work for another commune goes through
/// <c>CommunePasses.InCommuneAsync</c>, in a child scope of its own (docs/architecture.md).
/// </summary>
public partial class CommuneScopeInRequestsTests
{
    [Fact]
    public void No_feature_switches_the_commune_of_its_request()
    {
        var features = Path.Combine(RepositoryRoot(), "src", "NguyenLuongBang.Emulation.Web", "Features");
        var switching = Directory.EnumerateFiles(features, "*.cs", SearchOption.AllDirectories)
            .SelectMany(f => Switches(File.ReadAllText(f)).Select(line => $"{Path.GetRelativePath(features, f)}:{line}"))
            .ToList();

        Assert.True(switching.Count == 0,
            "Run the work in the commune's own scope with scopes.InCommuneAsync(communeId, (services, ct) => …) instead of CommuneScope.Use in: " + string.Join(", ", switching));
    }

    [Theory]
    [InlineData("public sealed class X(CommuneScope communes) { void A() => communes.Use(2); }")]
    [InlineData("var s = services.GetRequiredService<CommuneScope>();\n s\n  .Use( id );")]
    [InlineData("context.RequestServices.GetRequiredService<Data.CommuneScope>().Use(commune.Id);")]
    public void The_check_finds_a_switch_however_it_is_written(string source) => Assert.NotEmpty(Switches(source));

    [Theory]
    [InlineData("await scopes.InCommuneAsync(id, (services, ct) => Work(services, ct), ct);")]
    [InlineData("CommuneScope scope; using var across = scope.AcrossCommunes(); scope.UseCount++;")]
    [InlineData("app.Use(async (context, next) => await next());")]
    public void Code_that_does_not_switch_passes(string source) => Assert.Empty(Switches(source));

    /// <summary>The lines of <paramref name="source"/> that call <c>Use(…)</c>, in a file that knows <c>CommuneScope</c> (the only type with that method in the features).</summary>
    private static IEnumerable<int> Switches(string source) =>
        source.Contains("CommuneScope", StringComparison.Ordinal)
            ? UseCall().Matches(source).Select(m => source.AsSpan(0, m.Index).Count('\n') + 1)
            : [];

    [GeneratedRegex(@"\.\s*Use\s*\(")]
    private static partial Regex UseCall();

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
