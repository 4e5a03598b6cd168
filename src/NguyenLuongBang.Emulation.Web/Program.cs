using NguyenLuongBang.Emulation.Web.Infrastructure;

var builder = WebApplication.CreateBuilder(args);
builder.AddPortal();
var app = builder.Build();
app.UsePortal();

if (PortalCommands.TryGet(args, out var command))
{
    return await command(app, Console.Out, Console.Error);
}

await app.InitializeDatabaseAsync();
await app.RunAsync();
return 0;

/// <summary>Entry point; public so that the integration tests can host the app.</summary>
public partial class Program;
