using System.Diagnostics;
using NguyenLuongBang.Emulation.IntegrationTests.Infrastructure;
using UglyToad.PdfPig;

namespace NguyenLuongBang.Emulation.IntegrationTests.Documents;

/// <summary>The operator's command renders the same documents without the web UI.</summary>
[Trait(Engines.Trait, Engines.Sqlite)]
public class ExportCommandTests
{
    [Theory]
    [InlineData("--year", "2025", "pdf")]
    [InlineData("--round", "so-ket-2027", "docx")]
    [InlineData("--year", "2026", "xlsx")]
    public async Task Export_report_writes_the_file(string option, string round, string format)
    {
        var folder = Directory.CreateTempSubdirectory("nlb-export-").FullName;
        var output = Path.Combine(folder, "report." + format);
        var (exitCode, printed) = await new PortalProcess(folder).RunInProcessAsync("export-report", option, round, "--format", format, "--out", output);

        Assert.True(exitCode == 0, printed);
        Assert.True(new FileInfo(output).Length > 1000);
        if (format == "pdf")
        {
            using var pdf = PdfDocument.Open(await File.ReadAllBytesAsync(output));
            Assert.Contains("BÁO CÁO", string.Join(" ", pdf.GetPage(1).GetWords().Select(w => w.Text)));
        }

        Directory.Delete(folder, recursive: true);
    }

    /// <summary>
    /// The one test that starts the executable itself (the others run the commands in this process,
    /// <see cref="PortalCommandRunner"/>): Program.cs finds the command, hands it the console and
    /// returns its exit code.
    /// </summary>
    [Fact]
    public async Task Export_report_without_a_round_explains_its_use()
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true, WorkingDirectory = Path.GetTempPath() };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "NguyenLuongBang.Emulation.Web.dll"));
        start.ArgumentList.Add("export-report");
        start.Environment["ConnectionStrings__Sqlite"] = "Data Source=:memory:";
        using var process = Process.Start(start)!;
        var stderr = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.Equal(2, process.ExitCode);
        Assert.Contains("Cách dùng: export-report", stderr);
    }
}
