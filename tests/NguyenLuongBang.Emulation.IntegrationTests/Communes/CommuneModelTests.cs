using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using NguyenLuongBang.Emulation.IntegrationTests.Infrastructure;
using NguyenLuongBang.Emulation.Web.Data;

namespace NguyenLuongBang.Emulation.IntegrationTests.Communes;

/// <summary>
/// Every table belongs to one commune unless it is on the reviewed list of shared ones: a new
/// entity without a commune key and filter fails here. Model checks contact no server.
/// </summary>
[Trait(Engines.Trait, Engines.Sqlite)]
public class CommuneModelTests
{
    /// <summary>The shared tables, named here so that making one more table shared is a visible decision.</summary>
    private static readonly string[] Shared =
    [
        "AspNetRoleClaims", "AspNetRoles", "AspNetUserClaims", "AspNetUserLogins", "AspNetUserRoles", "AspNetUserTokens",
        "Communes", "DataProtectionKeys", "JobLeases", "UserSessions",
    ];

    private static readonly (string Name, AppDbContext Db)[] Models =
    [
        ("SQLite", new SqliteAppDbContext(new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite("Data Source=:memory:").Options)),
        ("PostgreSQL", new PostgreSqlAppDbContext(new DbContextOptionsBuilder<PostgreSqlAppDbContext>().UseNpgsql("Host=127.0.0.1;Database=not_contacted;Username=x").Options)),
        ("SQL Server", new SqlServerAppDbContext(new DbContextOptionsBuilder<SqlServerAppDbContext>()
            .UseSqlServer("Server=127.0.0.1;Database=NotContacted;User Id=x;Password=y;TrustServerCertificate=True").Options)),
    ];

    [Fact]
    public void Every_table_not_on_the_shared_list_has_a_commune_key_and_filter()
    {
        foreach (var (name, db) in Models)
        {
            var problems = new List<string>();
            var tables = db.Model.GetEntityTypes().Where(t => !t.IsOwned() && t.GetTableName() is not null).ToList();
            foreach (var type in tables.Where(t => !Shared.Contains(t.GetTableName())))
            {
                var key = type.FindProperty(CommuneOwnership.Key);
                if (key is null || !type.GetForeignKeys().Any(fk => fk.Properties.SequenceEqual([key]) && fk.PrincipalEntityType.ClrType == typeof(Domain.Communes.Commune)))
                {
                    problems.Add($"{type.GetTableName()}: no CommuneId key to Communes");
                }

                if (!type.GetDeclaredQueryFilters().Any(f => f.Expression!.ToString().Contains("CommuneId", StringComparison.Ordinal)))
                {
                    problems.Add($"{type.GetTableName()}: no commune filter");
                }
            }

            foreach (var type in tables.Where(t => Shared.Contains(t.GetTableName())))
            {
                if (type.GetDeclaredQueryFilters().Count != 0 || type.FindProperty(CommuneOwnership.Key) is not null)
                {
                    problems.Add($"{type.GetTableName()}: shared but scoped");
                }
            }

            Assert.True(problems.Count == 0, $"{name}: {string.Join("; ", problems)}");
            Assert.True(tables.Count(t => !Shared.Contains(t.GetTableName())) >= 40, $"{name}: the commune-owned tables were not found");
        }
    }

    [Fact]
    public void Natural_keys_are_unique_within_a_commune_and_verification_codes_across_all()
    {
        foreach (var (name, db) in Models)
        {
            string[] Unique(string table) => db.Model.GetEntityTypes().Single(t => t.GetTableName() == table && !t.IsOwned())
                .GetIndexes().Where(i => i.IsUnique).Select(i => string.Join(",", i.Properties.Select(p => p.Name))).ToArray();

            Assert.Contains("CommuneId,Name", Unique("Units"));
            Assert.Contains("CommuneId,Code", Unique("Indicators"));
            Assert.Contains("CommuneId,Key", Unique("Settings"));
            Assert.Contains("CommuneId,Issuer,TypeCode,Year,Sequence", Unique("DocumentRegister"));
            Assert.Contains("CommuneId,RoundKind,RoundYear", Unique("ConsolidatedReports"));
            Assert.Contains("VerificationCode", Unique("IssuedDocuments"));
            Assert.Contains("NormalizedUserName", Unique("AspNetUsers"));
            Assert.True(Unique("Units").All(i => i.StartsWith("CommuneId", StringComparison.Ordinal) || i == "Id"), name);
        }
    }

    [Fact]
    public void A_new_row_while_reading_across_communes_is_refused()
    {
        var scope = new CommuneScope();
        using var db = new SqliteAppDbContext(new DbContextOptionsBuilder<SqliteAppDbContext>().UseSqlite("Data Source=:memory:").Options, scope);
        db.Database.OpenConnection();
        db.Database.EnsureCreated();
        db.Communes.Add(new Domain.Communes.Commune("nguyen-luong-bang", "Nguyễn Lương Bằng", Domain.Communes.CommuneKind.Xa));
        db.SaveChanges();
        var by = new Domain.Common.Actor("test", "Người thử");
        using (scope.AcrossCommunes())
        {
            db.Settings.Add(new Domain.Settings.PortalSetting("x", "1", by, DateTimeOffset.UtcNow));
            var refused = Assert.Throws<InvalidOperationException>(() => db.SaveChanges());
            Assert.Contains("across communes", refused.Message, StringComparison.Ordinal);
        }

        db.ChangeTracker.Clear();
        scope.Use(Domain.Communes.Commune.FirstId);
        db.Settings.Add(new Domain.Settings.PortalSetting("x", "1", by, DateTimeOffset.UtcNow));
        db.SaveChanges();
        Assert.Equal(Domain.Communes.Commune.FirstId, db.Settings.Select(s => EF.Property<int>(s, CommuneOwnership.Key)).Single());
    }
}
