using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using FluentValidation.AspNetCore;
using FluentValidation;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc.Razor;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.WebEncoders;
using NguyenLuongBang.Emulation.Web.Data.Seeding;
using NguyenLuongBang.Emulation.Web.Data;
using NguyenLuongBang.Emulation.Web.Documents;
using NguyenLuongBang.Emulation.Web.Features.Account;
using NguyenLuongBang.Emulation.Web.Features.Admin;
using NguyenLuongBang.Emulation.Web.Features.AdminIndicators;
using NguyenLuongBang.Emulation.Web.Features.AdminSettings;
using NguyenLuongBang.Emulation.Web.Features.AdminSigning;
using NguyenLuongBang.Emulation.Web.Features.AdminUnits;
using NguyenLuongBang.Emulation.Web.Features.AdminUsers;
using NguyenLuongBang.Emulation.Web.Features.Approvals;
using NguyenLuongBang.Emulation.Web.Features.Awards;
using NguyenLuongBang.Emulation.Web.Features.City;
using NguyenLuongBang.Emulation.Web.Features.CityReport;
using NguyenLuongBang.Emulation.Web.Features.Communes;
using NguyenLuongBang.Emulation.Web.Features.Consolidation;
using NguyenLuongBang.Emulation.Web.Features.Council;
using NguyenLuongBang.Emulation.Web.Features.Dashboard;
using NguyenLuongBang.Emulation.Web.Features.DocumentRegister;
using NguyenLuongBang.Emulation.Web.Features.Home;
using NguyenLuongBang.Emulation.Web.Features.LaunchPlan;
using NguyenLuongBang.Emulation.Web.Features.Library;
using NguyenLuongBang.Emulation.Web.Features.Movement;
using NguyenLuongBang.Emulation.Web.Features.Nominations;
using NguyenLuongBang.Emulation.Web.Features.Notifications;
using NguyenLuongBang.Emulation.Web.Features.PersonalCertificates;
using NguyenLuongBang.Emulation.Web.Features.Practices;
using NguyenLuongBang.Emulation.Web.Features.PublicPosting;
using NguyenLuongBang.Emulation.Web.Features.Registration;
using NguyenLuongBang.Emulation.Web.Features.Reports;
using NguyenLuongBang.Emulation.Web.Features.Review;
using NguyenLuongBang.Emulation.Web.Identity;
using Serilog;

namespace NguyenLuongBang.Emulation.Web.Infrastructure;

public static class PortalSetup
{
    public static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    public static WebApplicationBuilder AddPortal(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;

        builder.Host.UseSerilog((context, _, logger) => logger.PortalLog(context.Configuration, context.HostingEnvironment.ContentRootPath)
            .WriteTo.Console(formatProvider: CultureInfo.InvariantCulture));

        // Razor would otherwise write every Vietnamese letter as an HTML entity.
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.Configure<RequestLocalizationOptions>(o =>
        {
            o.DefaultRequestCulture = new RequestCulture(Vietnamese);
            o.SupportedCultures = [Vietnamese];
            o.SupportedUICultures = [Vietnamese];
        });

        services.TryAddSingleton(TimeProvider.System);
        services.AddHttpContextAccessor();
        services.AddAppDatabase(configuration, builder.Environment.ContentRootPath);

        services.AddIdentity<AppUser, IdentityRole>(o =>
            {
                // ASVS: length, not composition; common and personal passwords are refused by PortalPasswordPolicy.
                o.Password.RequiredLength = 12;
                o.Password.RequireDigit = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequiredUniqueChars = 4;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                o.Lockout.AllowedForNewUsers = true;
                o.User.RequireUniqueEmail = true;
                o.SignIn.RequireConfirmedAccount = false;
            })
            .AddEntityFrameworkStores<AppDbContext>()
            .AddUserManager<PortalUserManager>()
            .AddPasswordValidator<PortalPasswordPolicy>()
            .AddUserValidator<PortalEmailRule>()
            .AddUserValidator<AccountUniqueAcrossCommunes>()
            .AddErrorDescriber<VietnameseIdentityErrors>()
            .AddClaimsPrincipalFactory<PortalClaimsFactory>()
            .AddDefaultTokenProviders();

        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = "nlb.auth";

            // One cookie for the whole site, whichever commune's path it was set under.
            o.Cookie.Path = "/";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.SecurePolicy = RequiresHttps(builder.Configuration, builder.Environment) ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
            o.LoginPath = "/Account/Login";
            o.LogoutPath = "/Account/Logout";
            o.AccessDeniedPath = "/Error/403";
            // The session itself lives on the server (SessionStore): idle time, end of the day,
            // sign-out and account changes are decided there; the cookie only names it.
            o.ExpireTimeSpan = SessionStore.MaximumLifetime;
            o.SlidingExpiration = false;

            // A signed-in user without the right role gets a plain 403 (rendered by the error
            // page), not a redirect that looks like success to scripts and tests.
            o.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        });
        services.AddSingleton<SessionStore>();
        services.AddScoped<UserSessions>();

        // Every Identity token (the e-mailed reset link above all) lasts two hours (Identity's default: a day).
        services.Configure<DataProtectionTokenProviderOptions>(o => o.TokenLifespan = Features.Account.PasswordReset.Lifespan);
        services.AddOptions<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .Configure<SessionStore>((o, store) => o.SessionStore = store);
        services.Configure<CookieTempDataProviderOptions>(o =>
        {
            o.Cookie.Name = "nlb.tempdata";
            o.Cookie.Path = "/";
            o.Cookie.SecurePolicy = RequiresHttps(builder.Configuration, builder.Environment) ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
        });

        // A fault in background work (mail, reminders) is logged by the work itself; never stop the portal for it.
        services.Configure<HostOptions>(o => o.BackgroundServiceExceptionBehavior = BackgroundServiceExceptionBehavior.Ignore);
        builder.WebHost.ConfigureKestrel(o => o.AddServerHeader = false);
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "nlb.xsrf";
            o.Cookie.Path = "/";
            o.Cookie.SecurePolicy = RequiresHttps(builder.Configuration, builder.Environment) ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
        });
        services.AddHttpsRedirection(o => o.HttpsPort = builder.Configuration.GetValue("Portal:HttpsPort", 443));
        services.AddSignInRateLimit(builder.Configuration);
        services.AddSingleton<SignInGate>();
        services.AddSingleton<CommuneDirectory>();
        services.AddScoped<CurrentCommune>();

        // Keys in the database: several instances behind a load balancer read each other's cookies.
        services.AddDataProtection().SetApplicationName("NguyenLuongBang.Emulation").PersistKeysToDbContext<AppDbContext>();
        services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;

            // Behind the balancer only: the portal must not be reachable around it (docs/deployment.md).
            o.KnownIPNetworks.Clear();
            o.KnownProxies.Clear();
        });
        services.Configure<RouteOptions>(o => o.ConstraintMap["round"] = typeof(ReviewRoundRouteConstraint));
        services.AddAuthorization(Policies.Configure);

        services.AddControllersWithViews(o =>
            {
                o.Filters.Add(new AutoValidateAntiforgeryTokenAttribute());

                // Validation is FluentValidation's, in Vietnamese; MVC only reports what it cannot bind.
                o.SuppressImplicitRequiredAttributeForNonNullableReferenceTypes = true;
                VietnameseBindingMessages.Apply(o.ModelBindingMessageProvider);
                o.ModelBinderProviders.Insert(0, new ReviewRoundModelBinderProvider());
                o.ModelBinderProviders.Insert(0, new DefinedEnumModelBinderProvider());
                o.Filters.Add(new RefuseMalformedValuesFilter());
                o.Filters.Add(new RefuseControlCharactersFilter());
                o.Filters.Add<IdleTimeFilter>();
                o.Filters.Add<PageCommuneFilter>();
            })
            .AddRazorOptions(o =>
            {
                // Feature folders: Features/<feature>/<View>.cshtml, the feature read from the
                // controller's namespace (FeatureFolders); shared parts in Features/Shared.
                o.ViewLocationFormats.Clear();
                o.ViewLocationFormats.Add(FeatureFolders.FeatureLocation);
                o.ViewLocationFormats.Add("/Features/Shared/{0}" + RazorViewEngine.ViewExtension);
                o.ViewLocationExpanders.Add(new FeatureFolders());
            });
        services.AddFluentValidationClientsideAdapters();
        services.AddValidatorsFromAssemblyContaining<Program>();
        ValidatorOptions.Global.LanguageManager.Culture = Vietnamese;

        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");

        services.AddScoped<AuditLog>();
        services.AddScoped<RecordChanges>();
        services.AddScoped<DatabaseInitializer>();
        services.AddScoped<DemoData>();
        services.AddScoped<AuditWitnesses>();
        services.AddSingleton<PortalInstance>();
        services.AddScoped<BackgroundJobs>();
        services.AddScoped<PortalSettings>();
        services.AddMemoryCache();
        services.AddScoped<ReferenceCache>();

        // Each feature registers its own services (Features/<feature>/<feature>Services.cs; Documents/DocumentServices.cs).
        services.AddAccount();
        services.AddHome();
        services.AddReview();
        services.AddAdmin();
        services.AddAdminUsers();
        services.AddDocuments();
        services.AddDocumentRegister();
        services.AddAwards();
        services.AddCouncil();
        services.AddNominations();
        services.AddPractices();
        services.AddPersonalCertificates();
        services.AddNotifications(configuration);
        services.AddConsolidation();
        services.AddCityReport();
        services.AddDashboard();
        services.AddAdminSettings();
        services.AddCity();
        services.AddCommunes();
        services.AddReports();
        services.AddPublicPosting();
        services.AddLibrary();
        services.AddMovement();
        services.AddLaunchPlan();
        services.AddRegistration();
        services.AddAdminSigning();
        services.AddAdminUnits();
        services.AddAdminIndicators();
        services.AddApprovals();
        services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationHandler, UnitResourceHandler>();
        return builder;
    }

    /// <summary>
    /// The log as configured (the Serilog section) and its daily file under Portal:LogFolder; the
    /// console is left to the host: the portal writes there, the integration tests that run an
    /// operator command in their own process keep what it would print beside the command's output.
    /// </summary>
    public static LoggerConfiguration PortalLog(this LoggerConfiguration logger, IConfiguration configuration, string contentRoot)
    {
        ArgumentNullException.ThrowIfNull(logger);
        ArgumentNullException.ThrowIfNull(configuration);
        var logFolder = configuration["Portal:LogFolder"] ?? Path.Combine(contentRoot, "App_Data", "logs");
        return logger.ReadFrom.Configuration(configuration)
            .Enrich.FromLogContext()
            .WriteTo.File(Path.Combine(logFolder, "portal-.log"), rollingInterval: RollingInterval.Day,
                retainedFileCountLimit: 30, formatProvider: CultureInfo.InvariantCulture);
    }

    /// <summary>HTTPS (redirection, HSTS, secure cookies) everywhere but Development, unless Portal:RequireHttps says otherwise (e.g. TLS ends at a proxy that forwards plain HTTP on a private network).</summary>
    private static bool RequiresHttps(IConfiguration configuration, IHostEnvironment environment) =>
        configuration.GetValue("Portal:RequireHttps", !environment.IsDevelopment());

    public static WebApplication UsePortal(this WebApplication app)
    {
        // First the balancer's view of the request (scheme, client address), then the HTTPS decision.
        if (app.Configuration.GetValue("Portal:BehindProxy", false))
        {
            app.UseForwardedHeaders();
        }

        if (RequiresHttps(app.Configuration, app.Environment))
        {
            app.UseHsts();
            app.UseHttpsRedirection();
        }

        app.UseSecurityHeaders();
        app.UseExceptionHandler("/Error/500");
        app.UseStatusCodePagesWithReExecute("/Error/{0}");
        app.UseSerilogRequestLogging();
        app.UseMiddleware<ClientAborts>();
        app.UseCommunePaths();
        app.UseStaticFiles();
        app.UseRequestLocalization();
        app.UseRouting();
        app.UseRateLimiter();

        app.UseRequestBodyLimits();
        app.UseControlCharacterRefusal();
        app.UseAuthentication();
        app.UseCommuneOfPath();
        app.UseAuthorization();

        // A temporary password (new account, administrator's reset) must be replaced before anything else.
        app.Use(async (context, next) =>
        {
            var path = context.Request.Path;
            if (context.User.HasClaim(c => c.Type == PortalClaims.MustChangePassword)
                && !path.StartsWithSegments("/Account") && !path.StartsWithSegments("/Error") && !path.StartsWithSegments("/health"))
            {
                context.Response.Redirect("/Account/ChangePassword");
                return;
            }

            await next();
        });
        app.MapControllerRoute("default", "{controller=Home}/{action=Index}/{id?}");
        app.MapHealthChecks("/health").AllowAnonymous();
        return app;
    }

    /// <summary>Migrates, adds reference data and, where configured (Development), the demo data.</summary>
    public static async Task InitializeDatabaseAsync(this WebApplication app)
    {
        var typeface = Documents.PortalFontResolver.Chosen;
        if (typeface.TimesMetrics)
        {
            app.Logger.LogInformation("Documents are drawn in {Typeface} ({File})", typeface.Name, typeface.Files["regular"]);
        }
        else
        {
            app.Logger.LogWarning("Documents are drawn in {Typeface}, which is wider than Times New Roman: header lines are shrunk to stay on one line. Install Times New Roman or Liberation Serif (Debian: fonts-liberation2); see docs/deployment.md", typeface.Name);
        }

        if (app.Services.GetRequiredService<Documents.PublicAddress>().Problem is { } noAddress)
        {
            app.Logger.LogWarning("No document will be issued: {Problem}", noAddress);
        }

        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync();

        // Make sure the shared key ring has a key now, so instances started together agree on it.
        scope.ServiceProvider.GetRequiredService<IDataProtectionProvider>().CreateProtector("start-up").Protect("ok");
        if (app.Configuration.GetValue<bool>("Portal:SeedDemoData"))
        {
            await scope.ServiceProvider.GetRequiredService<DemoData>().SeedAsync();
            if (app.Environment.IsDevelopment())
            {
                foreach (var (email, _, role, unit) in DemoData.Accounts)
                {
                    app.Logger.LogInformation("Demo account {Email} ({Role}{Unit})", email, role, unit is null ? string.Empty : ", " + unit);
                }

                foreach (var (email, _, role, unit) in DemoData.SecondCommuneAccounts)
                {
                    app.Logger.LogInformation("Demo account {Email} ({Role}{Unit}; phường {Commune})", email, role, unit is null ? string.Empty : ", " + unit, DemoData.SecondCommune.Name);
                }

                app.Logger.LogInformation("Demo account {Email} ({Role}, the city's view at /Thanh-pho)", DemoData.CityAccount.Email, Roles.City);
                app.Logger.LogInformation("Demo account {Email} ({Role}, adds communes at /Thanh-pho/Xa-phuong)", DemoData.CityAdminAccount.Email, Roles.CityAdmin);
                app.Logger.LogInformation("Demo accounts share the development password given in README.md");
            }
        }
    }
}
