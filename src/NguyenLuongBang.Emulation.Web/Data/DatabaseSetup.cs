using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace NguyenLuongBang.Emulation.Web.Data;

public static class DatabaseSetup
{
    public const string SqliteProvider = "Sqlite";
    public const string SqlServerProvider = "SqlServer";
    public const string PostgreSqlProvider = "PostgreSql";

    /// <summary>
    /// Registers the provider chosen by <c>Database:Provider</c> (Sqlite by default) and exposes it
    /// as <see cref="AppDbContext"/> to the rest of the app.
    /// </summary>
    public static IServiceCollection AddAppDatabase(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        var provider = configuration["Database:Provider"] ?? SqliteProvider;
        services.AddScoped<CommuneScope>();
        if (string.Equals(provider, SqlServerProvider, StringComparison.OrdinalIgnoreCase))
        {
            var connectionString = configuration.GetConnectionString(SqlServerProvider)
                ?? throw new InvalidOperationException("Database:Provider is SqlServer but ConnectionStrings:SqlServer is missing.");
            // No retrying execution strategy: the portal opens its own transactions (document numbers,
            // the award decision with its certificate numbers, the audit chain), which a retrying
            // strategy refuses. A transient fault reaches the user as the error page; nothing is half-saved.
            services.AddDbContext<SqlServerAppDbContext>(o => o.UseSqlServer(connectionString));
            services.AddScoped<AppDbContext>(sp => sp.GetRequiredService<SqlServerAppDbContext>());
        }
        else if (string.Equals(provider, PostgreSqlProvider, StringComparison.OrdinalIgnoreCase))
        {
            var connectionString = configuration.GetConnectionString(PostgreSqlProvider)
                ?? throw new InvalidOperationException("Database:Provider is PostgreSql but ConnectionStrings:PostgreSql is missing.");
            // As for SQL Server: no retrying strategy, the portal's own transactions must stay whole.
            services.AddDbContext<PostgreSqlAppDbContext>(o => o.UseNpgsql(PostgreSqlConnectionString(connectionString)));
            services.AddScoped<AppDbContext>(sp => sp.GetRequiredService<PostgreSqlAppDbContext>());
        }
        else if (string.Equals(provider, SqliteProvider, StringComparison.OrdinalIgnoreCase))
        {
            var connectionString = SqliteConnectionString(configuration.GetConnectionString(SqliteProvider), contentRoot);
            services.AddDbContext<SqliteAppDbContext>(o => o.UseSqlite(connectionString).AddInterceptors(new SqlitePragmas()));
            services.AddScoped<AppDbContext>(sp => sp.GetRequiredService<SqliteAppDbContext>());
        }
        else
        {
            throw new InvalidOperationException($"Unknown Database:Provider '{provider}'. Use Sqlite, PostgreSql or SqlServer.");
        }

        return services;
    }

    /// <summary>
    /// Server-side prepared statements for the queries every request repeats (the session's lookup,
    /// the lists): PostgreSQL then parses and plans them once per connection, not on every request.
    /// The pool keeps connections without resetting them: the portal sets no session state, and its
    /// locks are transaction-scoped. Either can be set otherwise in the connection string.
    /// </summary>
    internal static string PostgreSqlConnectionString(string configured)
    {
        var given = new Npgsql.NpgsqlConnectionStringBuilder(configured);
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(configured);
        if (!given.ContainsKey("Max Auto Prepare"))
        {
            builder.MaxAutoPrepare = 64;
        }

        if (!given.ContainsKey("No Reset On Close"))
        {
            builder.NoResetOnClose = true;
        }

        return builder.ToString();
    }

    /// <summary>Makes a relative file path absolute under the content root and creates its folder.</summary>
    internal static string SqliteConnectionString(string? configured, string contentRoot)
    {
        var builder = new SqliteConnectionStringBuilder(configured ?? "Data Source=App_Data/emulation.db");
        if (builder.DataSource != ":memory:" && !Path.IsPathRooted(builder.DataSource))
        {
            builder.DataSource = Path.GetFullPath(Path.Combine(contentRoot, builder.DataSource));
        }

        var folder = Path.GetDirectoryName(builder.DataSource);
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        builder.Pooling = true;
        builder.DefaultTimeout = 30;
        return builder.ToString();
    }
}
