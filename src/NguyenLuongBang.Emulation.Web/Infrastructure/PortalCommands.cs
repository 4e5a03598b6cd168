using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using NguyenLuongBang.Emulation.Web.Data.Seeding;
using NguyenLuongBang.Emulation.Web.Data;
using NguyenLuongBang.Emulation.Web.Identity;

namespace NguyenLuongBang.Emulation.Web.Infrastructure;

/// <summary>
/// Operator commands run instead of the web server:
/// <c>seed-demo [--extra-units N [--history]]</c>, <c>create-admin --email E --name "N" --password P</c>, <c>export-report --year Y --format pdf --out F</c>,
/// <c>create-commune --slug S --name "N" --kind xa|phuong|dac-khu</c>, <c>verify-audit [--head FILE.head.json]</c> (checks each commune's audit hash chain and that it reaches every recorded head), <c>backup --out FILE</c> (SQLite online backup, or pg_dump; records the heads, also in FILE.head.json),
/// <c>audit-head --out FILE</c> (records the heads beside a backup made by other means, e.g. SQL Server's own).
/// </summary>
public static class PortalCommands
{
    /// <summary>
    /// The command named by <paramref name="args"/>, to run on <paramref name="app"/> with the writers it reports to:
    /// the executable gives it the console, a host of its own (the integration tests run the commands in their process) gives it others.
    /// </summary>
    public delegate Task<int> Command(WebApplication app, TextWriter output, TextWriter error);

    public static bool TryGet(string[] args, out Command command)
    {
        command = args.FirstOrDefault() switch
        {
            "seed-demo" => (app, output, error) => SeedDemoAsync(app, args, output, error),
            "create-admin" => (app, output, error) => CreateAdminAsync(app, args, output, error),
            "create-commune" => (app, output, error) => CreateCommuneAsync(app, args, output, error),
            "export-report" => (app, output, error) => ExportReportAsync(app, args, output, error),
            "verify-audit" => (app, output, error) => VerifyAuditAsync(app, args, output, error),
            "backup" => (app, output, error) => BackupAsync(app, args, output, error),
            "audit-head" => (app, output, error) => AuditHeadAsync(app, args, output, error),
            _ => null!,
        };
        return command is not null;
    }

    /// <summary>
    /// Each commune's chain on its own (a commune's rows link only to each other), then whether it
    /// still reaches every head its register entries and backups recorded — and, with
    /// <c>--head FILE.head.json</c>, the heads a backup wrote beside itself: what is left of a chain
    /// whose newest rows were deleted still links, only a head kept elsewhere shows the loss.
    /// </summary>
    private static async Task<int> VerifyAuditAsync(WebApplication app, string[] args, TextWriter output, TextWriter error)
    {
        BackupHeads? kept = null;
        if (Option(args, "--head") is { } headFile)
        {
            try
            {
                kept = BackupHeads.Read(headFile) ?? throw new System.Text.Json.JsonException();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Text.Json.JsonException)
            {
                await error.WriteLineAsync($"Không đọc được tệp đầu chuỗi {headFile}: {e.Message}");
                return 2;
            }
        }

        var broken = await app.Services.GetRequiredService<IServiceScopeFactory>().ForEachCommuneAsync(async (services, ct) =>
        {
            var db = services.GetRequiredService<Data.AppDbContext>();
            var commune = await db.Communes.AsNoTracking().SingleAsync(c => c.Id == db.CurrentCommuneId, ct);
            var report = Domain.Auditing.AuditChain.Verify(db.AuditEntries.AsNoTracking().OrderBy(a => a.Id).AsAsyncEnumerable().ToBlockingEnumerable(ct));
            if (!report.Intact)
            {
                await error.WriteLineAsync(string.Create(PortalSetup.Vietnamese,
                    $"Chuỗi nhật ký của {commune.DisplayName} bị đứt tại dòng số {report.FirstBrokenId} (sau {report.Checked:N0} dòng đúng): {report.Reason}"));
                return 1;
            }

            var witnesses = services.GetRequiredService<AuditWitnesses>();
            var lost = (await witnesses.LostAsync(ct)).ToList(); // oldest first: the first head lost is where the deletion begins
            foreach (var head in kept?.Communes.Where(c => c.CommuneId == commune.Id) ?? [])
            {
                if (await witnesses.CheckAsync(new AuditHead(head.Position, head.Hash), $"bản sao lưu {kept!.File}", ct) is { } missing)
                {
                    lost.Add(missing with { At = kept.TakenAt });
                }
            }

            if (lost.Count > 0)
            {
                var first = lost[0];
                await error.WriteLineAsync(string.Create(PortalSetup.Vietnamese,
                    $"Chuỗi nhật ký của {commune.DisplayName} không còn tới đầu chuỗi đã ghi nhận: {BackupHeads.Describe(first)} (ghi nhận khi {first.Subject}, {Domain.Common.VietnamTime.ToLocal(first.At):dd/MM/yyyy HH:mm}); {lost.Count:N0} điểm ghi nhận không khớp. Các dòng mới nhất của nhật ký có thể đã bị xóa."));
                return 1;
            }

            if (await witnesses.NumbersWithoutAuditAsync(ct) is { Count: > 0 } unaudited)
            {
                await error.WriteLineAsync(string.Create(PortalSetup.Vietnamese,
                    $"Sổ văn bản của {commune.DisplayName} có {unaudited.Count:N0} số không còn dòng nhật ký cấp số (đầu tiên: {unaudited[0]}). Các dòng mới nhất của nhật ký có thể đã bị xóa."));
                return 1;
            }

            output.WriteLine(string.Create(PortalSetup.Vietnamese, $"Nhật ký nguyên vẹn: đã kiểm tra {report.Checked:N0} dòng ({commune.DisplayName})."));
            return 0;
        }, CancellationToken.None, inactiveToo: true);
        return broken == 0 ? 0 : 1;
    }

    /// <summary>
    /// An online copy of the database, consistent while the portal keeps running: SQLite's backup
    /// API into a .db file, or on PostgreSQL <c>pg_dump</c> in its custom format (restore with
    /// <c>pg_restore</c>, docs/deployment.md).
    /// </summary>
    private static async Task<int> BackupAsync(WebApplication app, string[] args, TextWriter output, TextWriter error)
    {
        var outFile = Option(args, "--out");
        if (outFile is null)
        {
            await error.WriteLineAsync("Cách dùng: backup --out <tệp .db | tệp .dump>");
            return 2;
        }

        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Data.AppDbContext>();
        if (!db.Database.IsSqlite() && db is not Data.PostgreSqlAppDbContext)
        {
            await error.WriteLineAsync("Với SQL Server, dùng sao lưu gốc của SQL Server (BACKUP DATABASE … TO DISK), rồi ghi đầu chuỗi nhật ký cạnh tệp sao lưu bằng audit-head --out <tệp .bak>; xem docs/deployment.md.");
            return 2;
        }

        var full = Path.GetFullPath(outFile);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var heads = await RecordBackupHeadsAsync(app, full);
        if (db is Data.PostgreSqlAppDbContext)
        {
            var dumped = await PgDumpAsync(db.Database.GetConnectionString()!, full, app.Configuration["Portal:PgDump"] ?? "pg_dump", output, error);
            return dumped == 0 ? await WriteHeadsAsync(full, heads, output) : dumped;
        }

        await using var source = new Microsoft.Data.Sqlite.SqliteConnection(db.Database.GetConnectionString());
        await using var target = new Microsoft.Data.Sqlite.SqliteConnection(new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder { DataSource = full, Pooling = false }.ToString());
        await source.OpenAsync();
        await target.OpenAsync();
        source.BackupDatabase(target);
        output.WriteLine(string.Create(PortalSetup.Vietnamese, $"Đã sao lưu cơ sở dữ liệu ra {full} ({new FileInfo(full).Length:N0} byte)."));
        return await WriteHeadsAsync(full, heads, output);
    }

    /// <summary>
    /// <c>audit-head --out FILE</c>: the heads of a backup made by other means (SQL Server's
    /// <c>BACKUP DATABASE</c>), recorded and written as FILE.head.json — run it just before that backup.
    /// </summary>
    private static async Task<int> AuditHeadAsync(WebApplication app, string[] args, TextWriter output, TextWriter error)
    {
        if (Option(args, "--out") is not { } outFile)
        {
            await error.WriteLineAsync("Cách dùng: audit-head --out <tệp sao lưu>");
            return 2;
        }

        var full = Path.GetFullPath(outFile);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        return await WriteHeadsAsync(full, await RecordBackupHeadsAsync(app, full), output);
    }

    /// <summary>
    /// Each commune's audit head, recorded in the database before the copy (so the copy holds it)
    /// and returned to be written beside the copy.
    /// </summary>
    private static async Task<BackupHeads> RecordBackupHeadsAsync(WebApplication app, string file)
    {
        var clock = app.Services.GetRequiredService<TimeProvider>();
        var heads = new List<BackupHead>();
        await app.Services.GetRequiredService<IServiceScopeFactory>().ForEachCommuneAsync(async (services, ct) =>
        {
            var db = services.GetRequiredService<Data.AppDbContext>();
            var head = await services.GetRequiredService<AuditWitnesses>().RecordAsync(Domain.Auditing.AuditWitnessKind.Backup, Path.GetFileName(file), ct);
            if (head is not null)
            {
                await db.SaveChangesAsync(ct);
                var slug = await db.Communes.AsNoTracking().Where(c => c.Id == db.CurrentCommuneId).Select(c => c.Slug).SingleAsync(ct);
                heads.Add(new BackupHead(db.CurrentCommuneId, slug, head.Position, head.Hash));
            }

            return 0;
        }, CancellationToken.None, inactiveToo: true);
        return new BackupHeads(Path.GetFileName(file), clock.GetUtcNow(), heads);
    }

    /// <summary>The heads beside the backup: a copy kept off the machine witnesses the chain's end even if the database loses its witnesses.</summary>
    private static async Task<int> WriteHeadsAsync(string file, BackupHeads heads, TextWriter output)
    {
        var path = BackupHeads.PathFor(file);
        await File.WriteAllTextAsync(path, heads.ToJson());
        output.WriteLine($"Đã ghi đầu chuỗi nhật ký của {heads.Communes.Count} xã, phường ra {path} (kiểm tra: verify-audit --head {Path.GetFileName(path)}).");
        return 0;
    }

    private static async Task<int> PgDumpAsync(string connectionString, string file, string pgDump, TextWriter output, TextWriter error)
    {
        var connection = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        var start = new System.Diagnostics.ProcessStartInfo(pgDump) { RedirectStandardError = true };
        foreach (var arg in new[] { "--format=custom", "--no-owner", "--file", file, "--host", connection.Host ?? "localhost", "--port", connection.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--username", connection.Username ?? "postgres", "--dbname", connection.Database ?? "postgres" })
        {
            start.ArgumentList.Add(arg);
        }

        if (!string.IsNullOrEmpty(connection.Password))
        {
            start.Environment["PGPASSWORD"] = connection.Password; // not on the command line, where other users could read it
        }

        using var process = System.Diagnostics.Process.Start(start)!;
        var errors = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            await error.WriteLineAsync($"pg_dump thất bại ({process.ExitCode}): {errors}");
            return 1;
        }

        output.WriteLine(string.Create(PortalSetup.Vietnamese, $"Đã sao lưu cơ sở dữ liệu PostgreSQL ra {file} ({new FileInfo(file).Length:N0} byte, định dạng pg_dump custom; phục hồi bằng pg_restore)."));
        return 0;
    }

    /// <summary><c>seed-demo [--extra-units N [--history]] [--communes N [--no-current-year]]</c>: the demo data, optionally at scale (more units in the first commune, more communes, without this year's reports).</summary>
    private static async Task<int> SeedDemoAsync(WebApplication app, string[] args, TextWriter output, TextWriter error)
    {
        // The demo's finished round issues numbered documents: said plainly here rather than as a crash halfway through.
        if (app.Configuration.GetValue("Portal:DemoAwardRound", true) && app.Services.GetRequiredService<Documents.PublicAddress>().Problem is { } noAddress)
        {
            await error.WriteLineAsync(noAddress);
            return 2;
        }

        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync();
        await scope.ServiceProvider.GetRequiredService<DemoData>().SeedAsync();
        if (int.TryParse(Option(args, "--extra-units"), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var extra) && extra > 0)
        {
            await scope.ServiceProvider.GetRequiredService<DemoData>().SeedScaleAsync(Math.Min(extra, 5000), args.Contains("--history"));
            output.WriteLine($"Đã thêm {extra} đơn vị thử nghiệm (donvi001@nlb.example …).");
        }

        if (int.TryParse(Option(args, "--communes"), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var communes) && communes > 0)
        {
            var added = await scope.ServiceProvider.GetRequiredService<DemoData>().SeedCommunesAsync(Math.Min(communes, 200), !args.Contains("--no-current-year"));
            output.WriteLine($"Đã thêm {added} xã thử nghiệm (xa-thu-nghiem-001 …, 20 đơn vị mỗi xã; tài khoản donvi01@tn001.example …).");
        }

        output.WriteLine("Đã nạp dữ liệu mẫu. Tài khoản mẫu: xem README.md.");
        return 0;
    }

    private static async Task<int> CreateAdminAsync(WebApplication app, string[] args, TextWriter output, TextWriter error)
    {
        var email = Option(args, "--email");
        var name = Option(args, "--name") ?? "Quản trị hệ thống";
        var password = Option(args, "--password") ?? Environment.GetEnvironmentVariable("NLB_ADMIN_PASSWORD");
        if (email is null || password is null)
        {
            error.WriteLine("Cách dùng: create-admin --email EMAIL [--name \"HỌ TÊN\"] --password MẬT_KHẨU (hoặc biến môi trường NLB_ADMIN_PASSWORD) [--commune ĐƯỜNG_DẪN | --city | --city-leader | --city-admin]");
            return 2;
        }

        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync();

        // The commune whose administrator this is: named, or the only one; or, with --city, an account
        // of the city's Ban Thi đua - Khen thưởng (the city's row is made with its first account).
        var cityAdmin = args.Contains("--city-admin");
        var cityLeader = args.Contains("--city-leader");
        var city = cityAdmin || cityLeader || args.Contains("--city");
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        if (city && !await db.Communes.AnyAsync(c => c.Kind == Domain.Communes.CommuneKind.City))
        {
            db.Communes.Add(Domain.Communes.Commune.City("Hải Phòng"));
            await db.SaveChangesAsync();

            // The new row's own reference data (the campaign its report names), as every row has.
            await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync();
        }

        var slug = city ? Domain.Communes.Commune.CitySlug : Option(args, "--commune");
        var communes = await db.Communes.AsNoTracking().Where(c => c.IsActive && (city || c.Kind != Domain.Communes.CommuneKind.City))
            .Select(c => new { c.Id, c.Slug }).ToListAsync();
        var commune = slug is null ? (communes.Count == 1 ? communes[0] : null) : communes.FirstOrDefault(c => string.Equals(c.Slug, slug.Trim(), StringComparison.OrdinalIgnoreCase));
        if (commune is null)
        {
            await error.WriteLineAsync(slug is null
                ? $"Cổng có {communes.Count} xã, phường, đặc khu: hãy chỉ rõ --commune ĐƯỜNG_DẪN ({string.Join(", ", communes.Select(c => c.Slug))})."
                : $"Không có xã, phường, đặc khu nào có đường dẫn \"{slug}\".");
            return 2;
        }

        scope.ServiceProvider.GetRequiredService<CommuneScope>().Use(commune.Id);
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        // A leader made from the command heads the Ban (its administrator can make another a deputy from the city's pages).
        var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, FullName = name, SigningOffice = cityLeader ? Domain.Documents.SigningOffice.BoardHead : null };
        var result = await users.CreateAsync(user, password);
        if (result.Succeeded)
        {
            result = await users.AddToRolesAsync(user, cityAdmin ? [Roles.CityAdmin] : cityLeader ? [Roles.City, Roles.CityLeader] : city ? [Roles.City] : [Roles.Admin]);
        }

        if (!result.Succeeded)
        {
            foreach (var problem in result.Errors)
            {
                error.WriteLine(problem.Description);
            }

            return 1;
        }

        output.WriteLine(cityAdmin ? $"Đã tạo tài khoản quản trị cấp thành phố {email}: đăng nhập rồi mở /Thanh-pho/Xa-phuong để thêm xã, phường, đặc khu."
            : city ? $"Đã tạo tài khoản Ban Thi đua - Khen thưởng thành phố {email}: đăng nhập rồi mở /Thanh-pho." : $"Đã tạo tài khoản quản trị {email}.");
        return 0;
    }

    /// <summary>
    /// <c>create-commune --slug an-hai --name "An Hải" --kind xa|phuong|dac-khu</c>: a new commune with
    /// its reference data (campaign, content areas, unit types, indicators); then
    /// <c>create-admin --commune an-hai …</c> gives it its first administrator.
    /// </summary>
    private static async Task<int> CreateCommuneAsync(WebApplication app, string[] args, TextWriter output, TextWriter error)
    {
        const string usage = "Cách dùng: create-commune --slug DUONG-DAN --name \"TÊN\" --kind xa|phuong|dac-khu";
        var kind = Option(args, "--kind")?.Trim().ToLowerInvariant() switch
        {
            "xa" => Domain.Communes.CommuneKind.Xa,
            "phuong" => Domain.Communes.CommuneKind.Phuong,
            "dac-khu" => Domain.Communes.CommuneKind.DacKhu,
            _ => (Domain.Communes.CommuneKind?)null,
        };
        if (Option(args, "--slug") is not { } slug || Option(args, "--name") is not { } name || kind is null)
        {
            await error.WriteLineAsync(usage);
            return 2;
        }

        Domain.Communes.Commune commune;
        try
        {
            commune = new Domain.Communes.Commune(slug, name, kind.Value);
        }
        catch (Domain.Common.DomainException e)
        {
            await error.WriteLineAsync(e.Message);
            return 2;
        }

        if (ReservedSlugs.From(app.Services).Contains(commune.Slug))
        {
            await error.WriteLineAsync($"Đường dẫn \"{commune.Slug}\" trùng với một trang của cổng: hãy chọn đường dẫn khác.");
            return 2;
        }

        await using var scope = app.Services.CreateAsyncScope();
        var initializer = scope.ServiceProvider.GetRequiredService<DatabaseInitializer>();
        await initializer.InitializeAsync();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        if (await db.Communes.AnyAsync(c => c.Slug == commune.Slug))
        {
            await error.WriteLineAsync($"Đã có xã, phường, đặc khu với đường dẫn \"{commune.Slug}\".");
            return 1;
        }

        db.Communes.Add(commune);
        await db.SaveChangesAsync();
        await initializer.InitializeAsync();
        output.WriteLine($"Đã tạo {commune.DisplayName} (mã {commune.Id}); trang công khai: /{commune.Slug}/Phong-trao. Tạo quản trị viên: create-admin --commune {commune.Slug} --email … --password …");
        return 0;
    }

    /// <summary><c>export-report --year 2026 | --round so-ket-2027  --format pdf|docx|xlsx  --out FILE</c></summary>
    private static async Task<int> ExportReportAsync(WebApplication app, string[] args, TextWriter output, TextWriter error)
    {
        var code = Option(args, "--round") ?? Option(args, "--year");
        var format = (Option(args, "--format") ?? "pdf").ToLowerInvariant();
        var outFile = Option(args, "--out");
        if (!Domain.Common.ReviewRound.TryParse(code, out var round) || outFile is null || format is not ("pdf" or "docx" or "xlsx"))
        {
            error.WriteLine("Cách dùng: export-report --year 2026 | --round so-ket-2027 | --round tong-ket-2030  --format pdf|docx|xlsx  --out TỆP");
            return 2;
        }

        // Same start-up as the portal: migrate, and in Development load the demo data if missing.
        await app.InitializeDatabaseAsync();
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Data.AppDbContext>();

        // An issued report is exported as stored when it was signed; otherwise the draft of today.
        var issued = format == "xlsx" ? null : await db.ConsolidatedReports.AsNoTracking()
            .Where(r => r.RoundKind == round.Kind && r.RoundYear == round.Year && r.DocumentId != null).Select(r => r.DocumentId).FirstOrDefaultAsync();
        var stored = await scope.ServiceProvider.GetRequiredService<Documents.IssuedFiles>()
            .GetAsync(issued, format == "docx" ? Domain.Documents.IssuedFileFormat.Word : Domain.Documents.IssuedFileFormat.Pdf, CancellationToken.None);
        var data = stored is null ? await scope.ServiceProvider.GetRequiredService<Features.Consolidation.ConsolidationQuery>().LoadAsync(round) : null;
        var bytes = stored?.Content ?? format switch
        {
            "xlsx" => Features.Consolidation.ConsolidationExcel.Render(data!),
            "docx" => Documents.WordRenderer.Render(Features.Consolidation.ConsolidatedReportDocument.Compose(data!)),
            _ => Documents.PdfRenderer.Render(Features.Consolidation.ConsolidatedReportDocument.Compose(data!)),
        };
        await File.WriteAllBytesAsync(outFile, bytes);
        output.WriteLine(string.Create(PortalSetup.Vietnamese, $"Đã xuất {round.Title} ({(stored is null ? "dự thảo" : "bản đã ban hành")}, {format}, {bytes.Length:N0} byte) ra {outFile}."));
        return 0;
    }

    private static string? Option(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }
}
