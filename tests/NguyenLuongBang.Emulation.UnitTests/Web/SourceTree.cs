namespace NguyenLuongBang.Emulation.UnitTests.Web;

/// <summary>The repository's source, for the tests that read it (conventions a compiler cannot check).</summary>
internal static class SourceTree
{
    /// <summary>The web project's feature folders: controllers, page models and views.</summary>
    public static string Features => Path.Combine(RepositoryRoot(), "src", "NguyenLuongBang.Emulation.Web", "Features");

    public static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "NguyenLuongBang.Emulation.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("Repository root not found");
    }
}
