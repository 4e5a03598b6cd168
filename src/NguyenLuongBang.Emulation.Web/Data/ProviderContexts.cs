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
        configurationBuilder.Properties<decimal>().HaveConversion<DecimalAsRealConverter>();
    }
}

/// <summary>
/// A decimal kept as a REAL. Reading never fails: a stored REAL beyond what a decimal holds (written
/// before values had ranges) comes back as the largest decimal, which the form then refuses, so the
/// page opens and the unit can correct it.
/// </summary>
internal sealed class DecimalAsRealConverter() : ValueConverter<decimal, double>(
    value => (double)value,
    stored => stored >= 7.9e28 ? decimal.MaxValue : stored <= -7.9e28 ? decimal.MinValue : (decimal)stored);

/// <summary>Production: SQL Server, with its own migrations.</summary>
public sealed class SqlServerAppDbContext(DbContextOptions<SqlServerAppDbContext> options) : AppDbContext(options)
{
    /// <summary>UPDLOCK, HOLDLOCK: a second instance sealing audit rows waits for this transaction.</summary>
    protected override Task<string?> LastAuditHashAsync(CancellationToken cancellationToken) =>
        Database.SqlQueryRaw<string?>("SELECT TOP (1) [Hash] AS [Value] FROM [AuditEntries] WITH (UPDLOCK, HOLDLOCK) ORDER BY [Id] DESC")
            .FirstOrDefaultAsync(cancellationToken);

    /// <summary>An application lock owned by the transaction: released at commit or rollback.</summary>
    public override async Task LockAsync(string key, CancellationToken cancellationToken)
    {
        await base.LockAsync(key, cancellationToken);
        await Database.ExecuteSqlAsync($"EXEC sp_getapplock @Resource = {key}, @LockMode = 'Exclusive', @LockOwner = 'Transaction', @LockTimeout = 30000", cancellationToken);
    }

    /// <summary>UPDLOCK, HOLDLOCK on the type's range of the register: a second issuer waits, then reads our number.</summary>
    public override async Task<int> LastRegisterSequenceAsync(string issuer, string typeCode, int year, CancellationToken cancellationToken) =>
        await Database.SqlQuery<int?>($"SELECT MAX([Sequence]) AS [Value] FROM [DocumentRegister] WITH (UPDLOCK, HOLDLOCK) WHERE [Issuer] = {issuer} AND [TypeCode] = {typeCode} AND [Year] = {year}")
            .FirstOrDefaultAsync(cancellationToken) ?? 0;
}
