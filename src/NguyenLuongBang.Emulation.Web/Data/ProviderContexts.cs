using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Microsoft.EntityFrameworkCore.Storage;

namespace NguyenLuongBang.Emulation.Web.Data;

/// <summary>The embedded default: one SQLite file, so one command runs the portal anywhere.</summary>
public sealed class SqliteAppDbContext(DbContextOptions<SqliteAppDbContext> options, CommuneScope? communes = null) : AppDbContext(options, communes)
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
public sealed class SqlServerAppDbContext(DbContextOptions<SqlServerAppDbContext> options, CommuneScope? communes = null) : AppDbContext(options, communes)
{
    /// <summary>UPDLOCK, HOLDLOCK: a second instance sealing audit rows waits for this transaction.</summary>
    protected override Task<string?> LastAuditHashAsync(CancellationToken cancellationToken) =>
        Database.SqlQuery<string?>($"SELECT TOP (1) [Hash] AS [Value] FROM [AuditEntries] WITH (UPDLOCK, HOLDLOCK) WHERE [CommuneId] = {CurrentCommuneId} ORDER BY [Id] DESC")
            .FirstOrDefaultAsync(cancellationToken);

    /// <summary>An application lock owned by the transaction: released at commit or rollback.</summary>
    public override async Task LockAsync(string key, CancellationToken cancellationToken)
    {
        await base.LockAsync(key, cancellationToken);
        var resource = CommuneLockKey(key);
        await Database.ExecuteSqlAsync($"EXEC sp_getapplock @Resource = {resource}, @LockMode = 'Exclusive', @LockOwner = 'Transaction', @LockTimeout = 30000", cancellationToken);
    }

    /// <summary>UPDLOCK, HOLDLOCK on the type's range of the register: a second issuer waits, then reads our number.</summary>
    public override async Task<int> LastRegisterSequenceAsync(string issuer, string typeCode, int year, CancellationToken cancellationToken) =>
        await Database.SqlQuery<int?>($"SELECT MAX([Sequence]) AS [Value] FROM [DocumentRegister] WITH (UPDLOCK, HOLDLOCK) WHERE [CommuneId] = {CurrentCommuneId} AND [Issuer] = {issuer} AND [TypeCode] = {typeCode} AND [Year] = {year}")
            .FirstOrDefaultAsync(cancellationToken) ?? 0;
}

/// <summary>
/// A server engine that runs anywhere Debian does (and that Vietnamese administrations deploy):
/// PostgreSQL, with its own migrations. Instants are stored as <c>timestamptz</c>, which takes UTC
/// only; locks are transaction-scoped advisory locks.
/// </summary>
public sealed class PostgreSqlAppDbContext(DbContextOptions<PostgreSqlAppDbContext> options, CommuneScope? communes = null) : AppDbContext(options, communes)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcInstantConverter>();
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);

        // Index filters are written for SQL Server ([Column]); PostgreSQL quotes names "Column".
        foreach (var index in builder.Model.GetEntityTypes().SelectMany(t => t.GetIndexes()))
        {
            if (index.GetFilter() is { } filter)
            {
                index.SetFilter(System.Text.RegularExpressions.Regex.Replace(filter, @"\[(\w+)\]", "\"$1\""));
            }
        }
    }

    /// <summary>
    /// The chain's end is read under the chain's advisory lock: a second writer waits for this
    /// commit. Lock and read go in one round trip (two statements, each with its own snapshot, so the
    /// read sees the row the previous holder committed): every writer of the portal passes here one
    /// after another, and under load each round trip inside the lock is paid by all who wait.
    /// </summary>
    protected override async Task<string?> LastAuditHashAsync(CancellationToken cancellationToken)
    {
        var chainLock = CommuneLockKey("audit-chain");
        await base.LockAsync(chainLock, cancellationToken);
        var connection = (Npgsql.NpgsqlConnection)Database.GetDbConnection();
        await using var batch = new Npgsql.NpgsqlBatch(connection, (Npgsql.NpgsqlTransaction)Database.CurrentTransaction!.GetDbTransaction());
        var lockCommand = new Npgsql.NpgsqlBatchCommand("SELECT pg_advisory_xact_lock(hashtextextended($1, 0))");
        lockCommand.Parameters.Add(new Npgsql.NpgsqlParameter { Value = chainLock });
        batch.BatchCommands.Add(lockCommand);
        var readCommand = new Npgsql.NpgsqlBatchCommand("SELECT \"Hash\" FROM \"AuditEntries\" WHERE \"CommuneId\" = $1 ORDER BY \"Id\" DESC LIMIT 1");
        readCommand.Parameters.Add(new Npgsql.NpgsqlParameter { Value = CurrentCommuneId });
        batch.BatchCommands.Add(readCommand);
        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        await reader.NextResultAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) && !await reader.IsDBNullAsync(0, cancellationToken) ? reader.GetString(0) : null;
    }

    /// <summary>An advisory lock held until the transaction ends (commit or rollback).</summary>
    public override async Task LockAsync(string key, CancellationToken cancellationToken)
    {
        await base.LockAsync(key, cancellationToken);
        var resource = CommuneLockKey(key);
        await Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock(hashtextextended({resource}, 0))", cancellationToken);
    }

    /// <summary>The register's end for one type and year is read under that range's advisory lock.</summary>
    public override async Task<int> LastRegisterSequenceAsync(string issuer, string typeCode, int year, CancellationToken cancellationToken)
    {
        await LockAsync($"register:{issuer}:{typeCode}:{year}", cancellationToken);
        return await base.LastRegisterSequenceAsync(issuer, typeCode, year, cancellationToken);
    }
}

/// <summary>Writes an instant in UTC (its meaning unchanged); reads it back in UTC.</summary>
internal sealed class UtcInstantConverter() : ValueConverter<DateTimeOffset, DateTimeOffset>(
    value => value.ToUniversalTime(),
    stored => stored);
