using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using NguyenLuongBang.Emulation.Domain.Documents;
using NguyenLuongBang.Emulation.Domain.Nominations;
using NguyenLuongBang.Emulation.IntegrationTests.Infrastructure;
using NguyenLuongBang.Emulation.Web.Data;

namespace NguyenLuongBang.Emulation.IntegrationTests.Data;

/// <summary>
/// Enums are stored by name, so renaming a member (ADR-0034: the tờ trình's kinds, the city's Bằng
/// khen) rewrites the stored rows in a migration: a database written with the old names reads the
/// same documents and nominations under the new ones, and going back restores the old names.
/// </summary>
public sealed class StoredNameTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Renaming = "SubmissionAndCityCertificateNames";

    [Fact]
    public async Task A_database_with_the_old_names_reads_under_the_new_ones_after_the_migration()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var migrator = db.GetService<IMigrator>();
        var migrations = db.Database.GetMigrations().ToList();
        var renaming = migrations.Single(m => m.EndsWith("_" + Renaming, StringComparison.Ordinal));
        var before = migrations[migrations.IndexOf(renaming) - 1];
        var expected = (Office: await CountAsync(db, IssuedDocumentKind.OfficeSubmission), City: await CountAsync(db, IssuedDocumentKind.CitySubmission),
            Certificates: await db.Nominations.IgnoreQueryFilters().CountAsync(n => n.AwardForm == AwardForm.CityCertificate));
        Assert.True(expected.Office > 0 && expected.City > 0 && expected.Certificates > 0, "the demo holds both tờ trình and city Bằng khen proposals");

        // Back to before the renaming: the rows carry the old names, which no member reads now.
        await migrator.MigrateAsync(before);
        Assert.Equal(expected.Office, await StoredAsync(db, "IssuedDocuments", "Kind", "OfficeProposal"));
        Assert.Equal(expected.City, await StoredAsync(db, "IssuedDocuments", "Kind", "CityProposal"));
        Assert.Equal(expected.Certificates, await StoredAsync(db, "Nominations", "AwardForm", "CityCertificateProposal"));

        await migrator.MigrateAsync();
        Assert.Equal(0, await StoredAsync(db, "IssuedDocuments", "Kind", "OfficeProposal"));
        Assert.Equal(0, await StoredAsync(db, "Nominations", "AwardForm", "CityCertificateProposal"));
        Assert.Equal(expected.Office, await CountAsync(db, IssuedDocumentKind.OfficeSubmission));
        Assert.Equal(expected.City, await CountAsync(db, IssuedDocumentKind.CitySubmission));
        Assert.Equal(expected.Certificates, await db.Nominations.IgnoreQueryFilters().CountAsync(n => n.AwardForm == AwardForm.CityCertificate));
    }

    private static Task<int> CountAsync(AppDbContext db, IssuedDocumentKind kind) => db.IssuedDocuments.IgnoreQueryFilters().CountAsync(d => d.Kind == kind);

    /// <summary>Rows whose column holds <paramref name="name"/> as stored text, read past the model.</summary>
    private static async Task<int> StoredAsync(AppDbContext db, string table, string column, string name)
    {
        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open)
        {
            await connection.OpenAsync();
        }

        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT COUNT(*) FROM \"{table}\" WHERE \"{column}\" = @name";
        var parameter = command.CreateParameter();
        parameter.ParameterName = "@name";
        parameter.Value = name;
        command.Parameters.Add(parameter);
        return Convert.ToInt32(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
