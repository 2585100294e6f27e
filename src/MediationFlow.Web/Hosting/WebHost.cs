using System.Globalization;
using System.Text.Json.Serialization;
using MediationFlow.Core;
using MediationFlow.Core.Domain;
using MediationFlow.Core.Persistence;
using MediationFlow.Web.Api;
using MediationFlow.Web.Localization;
using MediationFlow.Web.Presentation;
using MediationFlow.Web.Security;
using MediationFlow.Workflows.Definitions;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Scalar.AspNetCore;

namespace MediationFlow.Web.Hosting;

/// <summary>How the host is put together: services first, then the request pipeline.</summary>
public static class WebHost
{
    public static void AddMediationFlow(this WebApplicationBuilder builder, StartupArguments startup)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(startup);
        var options = builder.Configuration.GetSection(MediationFlowOptions.Section).Get<MediationFlowOptions>() ?? new MediationFlowOptions();
        options.Demo |= startup.Demo;
        options.DataDirectory = Path.GetFullPath(options.DataDirectory);
        Directory.CreateDirectory(options.DataDirectory);
        builder.Services.AddSingleton(options);

        var workflows = options.WorkflowsDirectory ?? WorkflowsFolder.Locate();
        var catalog = DependencyInjection.LoadWorkflows(workflows);
        var scenarios = DependencyInjection.LoadScenarios(workflows, catalog);
        // A council's own templates live in the data folder, beside its database, and win over the shipped ones.
        builder.Services.AddSingleton(new Core.Documents.DocumentTemplates(Path.Combine(workflows, "templates"), Path.Combine(options.DataDirectory, "templates")));
        builder.Services.AddSingleton(new Core.CaseFiles.CaseFileLimits(options.MaxUploadBytes));
        builder.Services.AddSingleton<Core.CaseFiles.ICaseFileStore>(new Core.CaseFiles.FolderCaseFileStore(
            Path.GetFullPath(options.FilesDirectory ?? Path.Combine(options.DataDirectory, Core.CaseFiles.FolderCaseFileStore.FolderName))));
        var database = DatabaseSetting(options, builder.Configuration);
        builder.Services.AddMediationFlowCore(database, catalog, scenarios);
        builder.Services.AddMediator((Mediator.MediatorOptions o) => o.ServiceLifetime = ServiceLifetime.Scoped);

        builder.Services.AddKeyProtection(options, database);
        builder.Services.AddMediationFlowIdentity();
        builder.Services.AddMediationFlowRateLimits(options);
        builder.Services.AddAntiforgery(o => o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest);
        builder.Services.AddMediationFlowLocalization();
        builder.Services.AddRazorPages(o => o.Conventions.AuthorizeFolder("/").AllowAnonymousToFolder("/Account")
                .AddPageApplicationModelConvention("/Account/Login", page => page.EndpointMetadata.Add(new EnableRateLimitingAttribute(RateLimits.SignIn))))
            .AddMvcOptions(o =>
            {
                o.Filters.Add<PageErrors>();
                o.Filters.Add<PasswordChangeFirst>();
            })
            .AddViewLocalization()
            .AddDataAnnotationsLocalization();
        // Kazakh and Russian text as characters, not &#x...; entities: pages stay readable and a third the size.
        builder.Services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o =>
            o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        builder.Services.AddScoped<Display>();
        builder.Services.AddSingleton<ImportDrafts>();
        builder.Services.AddScoped<HistoryText>();
        builder.Services.AddProblemDetails(o => o.CustomizeProblemDetails = ProblemMapping.DescribeStatusOnly);
        builder.Services.AddExceptionHandler<ProblemMapping>();
        builder.Services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(System.Text.Json.JsonNamingPolicy.CamelCase));
            o.SerializerOptions.RespectNullableAnnotations = true;
        });
        builder.Services.AddOpenApi("v1", ApiDocument.Describe);
        builder.AddMediationFlowTelemetry(options);
        builder.Services.AddHostedService<TimerPumpService>();
        builder.Services.AddHostedService<ReadAuditShutdown>();
    }

    /// <summary>The database the settings name, or a refusal to start that names the setting at fault.</summary>
    public static DatabaseSettings DatabaseSetting(MediationFlowOptions options, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!DatabaseSettings.TryParseProvider(options.Database, out var provider))
        {
            throw new InvalidSettingException(DatabaseSettings.ProviderSetting, string.Format(CultureInfo.CurrentCulture, UiText.Get("DatabaseProviderUnknown"), options.Database));
        }

        if (provider == DatabaseProvider.Sqlite)
        {
            return DatabaseSettings.Sqlite(options.DataDirectory);
        }

        var connectionString = configuration.GetConnectionString(DatabaseSettings.ConnectionStringName);
        var setting = $"ConnectionStrings:{DatabaseSettings.ConnectionStringName}";
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidSettingException(setting, UiText.Get("ConnectionStringMissing"));
        }

        return DatabaseSettings.UnreadablePostgreSql(connectionString) is { } unreadable
            ? throw new InvalidSettingException(setting, string.Format(CultureInfo.CurrentCulture, UiText.Get("ConnectionStringUnreadable"), unreadable))
            : DatabaseSettings.PostgreSql(connectionString);
    }

    public static void UseMediationFlow(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);

        // First: behind the reverse proxy, the client's address and https are what everything after it sees.
        app.UseForwardedHeaders();
        app.UseMediationFlowSecurityHeaders();
        app.UseWhen(c => ApiPaths.Contains(c.Request.Path), api =>
        {
            api.UseExceptionHandler();
            api.UseStatusCodePages();
        });
        app.UseWhen(c => !ApiPaths.Contains(c.Request.Path), pages =>
        {
            pages.UseExceptionHandler("/Error/500");
            pages.UseStatusCodePagesWithReExecute("/Error/{0}");
        });
        app.UseStaticFiles();
        app.UseRequestLocalization();
        app.UseRouting();
        app.UseMiddleware<RequestConnection>();
        app.UseAuthentication();
        app.UseMiddleware<ActorMiddleware>();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.UseAntiforgery();

        app.MapOpenApi("/openapi/{documentName}.json");
        // Everything the reference needs comes from this server: its script is bundled, and the fonts it would fetch are left out.
        app.MapScalarApiReference("/api/docs", (o, context) =>
        {
            o.WithTitle("MediationFlow API").WithOpenApiRoutePattern("/openapi/{documentName}.json").DisableDefaultFonts().DisableTelemetry();
            SecurityHeaders.UseRequestNonce(o, context);
        });
        app.MapMediationFlowTelemetry();
        app.MapMediationFlowApi();
        app.MapRazorPages();
    }

    /// <summary>
    /// Brings the database up to date and, on a new one, seeds the demo dataset (Development or --demo)
    /// or starts from the regions of the council tree and creates the first administrator; prints where the data lives and where to browse.
    /// </summary>
    /// <exception cref="DatabaseNewerThanProgramException">A newer program has migrated the database: the host must not start on it.</exception>
    public static async Task PrepareAsync(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var options = app.Services.GetRequiredService<MediationFlowOptions>();
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var services = scope.ServiceProvider;
            var db = services.GetRequiredService<MediationDbContext>();
            await Database.MigrateAsync(db, CancellationToken.None);
            if (await KeysFromDataFolder.CarryOverAsync(db, options.DataDirectory, CancellationToken.None) is > 0 and var carried)
            {
                Console.WriteLine($"MediationFlow: {carried} sign-in keys carried from the data folder's {KeysFromDataFolder.FolderName}/ into the database; the folder is no longer read.");
            }
            if (await Database.IsEmptyAsync(db, CancellationToken.None))
            {
                if (app.Environment.IsDevelopment() || options.Demo)
                {
                    await DemoData.SeedAsync(services, CancellationToken.None);
                    Console.WriteLine("MediationFlow: new database seeded with the demo dataset (password for every demo user: " + DemoData.Password + ").");
                }
                else
                {
                    await Core.Seeding.ProductionStart.SeedAsync(services, CancellationToken.None);
                    var top = await db.Councils.Where(c => c.ParentId == null).Select(c => c.Id).ToListAsync();
                    var password = await FirstAdministrator.CreateAsync(services.GetRequiredService<UserManager<User>>(), top);
                    Console.WriteLine($"MediationFlow: new database. Sign in as 'admin' with the password {password} (shown once; change it after signing in).");
                }
            }
        }

        var database = app.Services.GetRequiredService<DatabaseSettings>();
        Console.WriteLine(database.Provider == DatabaseProvider.Sqlite
            ? $"MediationFlow: data folder {options.DataDirectory}"
            : $"MediationFlow: data folder {options.DataDirectory}, database {database.Describe()}");
        app.Lifetime.ApplicationStarted.Register(() =>
            Console.WriteLine($"MediationFlow: open {string.Join(", ", app.Urls)} in a browser; API documentation at /api/docs"));
    }
}
