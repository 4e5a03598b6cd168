using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace NguyenLuongBang.Emulation.Web.Data;

/// <summary>The embedded default: one SQLite file, so one command runs the portal anywhere.</summary>
public sealed class SqliteAppDbContext(DbContextOptions<SqliteAppDbContext> options) : AppDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);

        // SQLite cannot order or compare DateTimeOffset text, nor sum decimals: store instants as
        // UTC ticks and decimals as REAL (amounts here have at most two decimals).
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
        configurationBuilder.Properties<decimal>().HaveConversion<double>();
    }
}

/// <summary>Production: SQL Server, with its own migrations.</summary>
public sealed class SqlServerAppDbContext(DbContextOptions<SqlServerAppDbContext> options) : AppDbContext(options)
{
    /// <summary>UPDLOCK, HOLDLOCK: a second instance sealing audit rows waits for this transaction.</summary>
    protected override Task<string?> LastAuditHashAsync(CancellationToken cancellationToken) =>
        Database.SqlQueryRaw<string?>("SELECT TOP (1) [Hash] AS [Value] FROM [AuditEntries] WITH (UPDLOCK, HOLDLOCK) ORDER BY [Id] DESC")
            .FirstOrDefaultAsync(cancellationToken);

    /// <summary>UPDLOCK, HOLDLOCK on the type's range of the register: a second issuer waits, then reads our number.</summary>
    public override async Task<int> LastRegisterSequenceAsync(string issuer, string typeCode, int year, CancellationToken cancellationToken) =>
        await Database.SqlQuery<int?>($"SELECT MAX([Sequence]) AS [Value] FROM [DocumentRegister] WITH (UPDLOCK, HOLDLOCK) WHERE [Issuer] = {issuer} AND [TypeCode] = {typeCode} AND [Year] = {year}")
            .FirstOrDefaultAsync(cancellationToken) ?? 0;
}
