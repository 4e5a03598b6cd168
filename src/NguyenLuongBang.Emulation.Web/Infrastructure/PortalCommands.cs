using Microsoft.AspNetCore.Identity;
using NguyenLuongBang.Emulation.Web.Data.Seeding;
using NguyenLuongBang.Emulation.Web.Identity;

namespace NguyenLuongBang.Emulation.Web.Infrastructure;

/// <summary>
/// Operator commands run instead of the web server:
/// <c>seed-demo</c>, <c>create-admin --email E --name "N" --password P</c>.
/// </summary>
public static class PortalCommands
{
    public static bool TryGet(string[] args, out Func<WebApplication, Task<int>> command)
    {
        command = args.FirstOrDefault() switch
        {
            "seed-demo" => SeedDemoAsync,
            "create-admin" => app => CreateAdminAsync(app, args),
            _ => null!,
        };
        return command is not null;
    }

    private static async Task<int> SeedDemoAsync(WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync();
        await scope.ServiceProvider.GetRequiredService<DemoData>().SeedAsync();
        Console.WriteLine("Đã nạp dữ liệu mẫu. Tài khoản mẫu: xem README.md.");
        return 0;
    }

    private static async Task<int> CreateAdminAsync(WebApplication app, string[] args)
    {
        var email = Option(args, "--email");
        var name = Option(args, "--name") ?? "Quản trị hệ thống";
        var password = Option(args, "--password") ?? Environment.GetEnvironmentVariable("NLB_ADMIN_PASSWORD");
        if (email is null || password is null)
        {
            Console.Error.WriteLine("Cách dùng: create-admin --email EMAIL [--name \"HỌ TÊN\"] --password MẬT_KHẨU (hoặc biến môi trường NLB_ADMIN_PASSWORD)");
            return 2;
        }

        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, FullName = name };
        var result = await users.CreateAsync(user, password);
        if (result.Succeeded)
        {
            result = await users.AddToRoleAsync(user, Roles.Admin);
        }

        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                Console.Error.WriteLine(error.Description);
            }

            return 1;
        }

        Console.WriteLine($"Đã tạo tài khoản quản trị {email}.");
        return 0;
    }

    private static string? Option(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }
}
