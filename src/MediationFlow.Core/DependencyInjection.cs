using FluentValidation;
using MediationFlow.Core.Behaviours;
using MediationFlow.Core.CaseFiles;
using MediationFlow.Core.Features.Cases;
using MediationFlow.Core.Persistence;
using MediationFlow.Core.Security;
using MediationFlow.Core.Timers;
using MediationFlow.Core.Workflow;
using MediationFlow.Workflows.Definitions;
using MediationFlow.Workflows.Engine;
using MediationFlow.Workflows.Scenarios;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace MediationFlow.Core;

/// <summary>Registers the application layer; the host adds Mediator (it references the source generator).</summary>
public static class DependencyInjection
{
    /// <summary>The pipeline every request passes, outermost first.</summary>
    private static readonly Type[] PipelineBehaviours =
    [
        typeof(MetricsBehaviour<,>),
        typeof(ValidationBehaviour<,>),
        typeof(ConnectionBehaviour<,>),
        typeof(AuthorizationBehaviour<,>),
        typeof(TransactionBehaviour<,>),
        typeof(AuditBehaviour<,>),
    ];

    public const string DefaultDefinitionId = "community-mediation";

    public static IServiceCollection AddMediationFlowCore(this IServiceCollection services, string connectionString, WorkflowCatalog catalog, ScenarioLibrary? scenarios = null)
    {
        // Pooled: every request is a scope with its own context, and building a context's internal services
        // each time was a measurable share of a command (docs/benchmarks.md, case-management throughput).
#pragma warning disable EF1001 // SQLite's connection service is internal to EF Core: see FunctionlessConnection.
        services.AddDbContextPool<MediationDbContext>(options => options
            // A list of ids (the reader's councils) as one JSON parameter: EF Core's default, one parameter per id,
            // makes the SQL depend on the list's length, so it was generated again on every request.
            .UseSqlite(connectionString, sqlite => sqlite.UseParameterizedCollectionMode(ParameterTranslationMode.Parameter))
            .AddInterceptors(new SqlitePragmas())
            .ReplaceService<Microsoft.EntityFrameworkCore.Storage.IRelationalCommandBuilderFactory, TrimmedCommandBuilderFactory>()
            .ReplaceService<Microsoft.EntityFrameworkCore.Sqlite.Storage.Internal.ISqliteRelationalConnection, FunctionlessConnection>()
            // SQLite rebuilds a table to alter it, switching foreign keys off outside the migration's transaction;
            // EF warns about that on every new database, which reads like a fault to whoever starts the program.
            .ConfigureWarnings(w => w.Ignore(RelationalEventId.NonTransactionalMigrationOperationWarning)));
#pragma warning restore EF1001
        services.AddSingleton(catalog);
        services.AddSingleton(scenarios ?? new ScenarioLibrary([]));
        services.AddScoped<SandboxCases>();
        services.AddSingleton(new CaseDefaults(DefaultDefinitionId));
        services.TryAddSingleton(TimeProvider.System);

        // The same hasher Identity signs people in with (the web host registers it too); AddUser sets first passwords.
        services.TryAddScoped<Microsoft.AspNetCore.Identity.IPasswordHasher<Domain.User>, Microsoft.AspNetCore.Identity.PasswordHasher<Domain.User>>();
        services.TryAddScoped<CaseClock>();
        services.AddScoped<CurrentActor>();
        services.AddScoped<CaseLoader>();
        services.AddScoped<CaseActions>();
        services.AddSingleton<CouncilTimeZones>();
        services.AddScoped<Documents.CaseDocumentGenerator>();
        services.AddScoped<EffectWriter>();
        services.AddScoped<CaseOpening>();
        services.AddSingleton<TimerPump>();
        services.AddScoped<WorkshopChanges>();
        services.AddSingleton<WriteTurns>();
        services.AddSingleton<ReadAuditTrail>();
        services.AddMetrics();
        services.AddSingleton<Telemetry.ProductMetrics>();
        services.AddSingleton<Telemetry.WorkflowActions>();
        // The host names its data folder for councils' own templates; without one, only the shipped templates are used.
        services.TryAddSingleton(new Documents.DocumentTemplates(Path.Combine(AppContext.BaseDirectory, "workflows", "templates"), overridesFolder: null));

        // Beside the database by default; a host registers its own limits or store (another folder, PostgreSQL) first.
        services.TryAddSingleton(new CaseFileLimits());
        services.TryAddSingleton<ICaseFileStore>(new FolderCaseFileStore(Path.Combine(
            Path.GetDirectoryName(Path.GetFullPath(new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connectionString).DataSource)) ?? ".",
            FolderCaseFileStore.FolderName)));
        foreach (var recorder in typeof(DependencyInjection).Assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IActionRecorder).IsAssignableFrom(t)))
        {
            // Singletons: recorders keep no state, and a command resolved all of them for the one it runs.
            services.AddSingleton(typeof(IActionRecorder), recorder);
        }

        foreach (var behaviour in PipelineBehaviours)
        {
            // Metrics and validation need nothing of the request's scope (their instruments and validators are singletons), so they are built once.
            var lifetime = behaviour == typeof(ValidationBehaviour<,>) || behaviour == typeof(MetricsBehaviour<,>) ? ServiceLifetime.Singleton : ServiceLifetime.Scoped;
            services.Add(new ServiceDescriptor(typeof(Mediator.IPipelineBehavior<,>), behaviour, lifetime));
        }

        // Singletons: building a validator's rules cost more than running them, and every message is read
        // in the request's language when a rule fails, not when the validator is built.
        services.AddValidatorsFromAssembly(typeof(DependencyInjection).Assembly, ServiceLifetime.Singleton, includeInternalTypes: true);
        return services;
    }

    /// <summary>Loads and validates every definition in a folder; refuses to start with an invalid one.</summary>
    public static WorkflowCatalog LoadWorkflows(string folder)
    {
        var result = WorkflowCatalog.LoadDirectory(folder);
        return result.Value ?? throw new InvalidWorkflowsException(result.Errors);
    }

    /// <summary>Loads the training scenarios beside the definitions; refuses to start with an invalid one.</summary>
    public static ScenarioLibrary LoadScenarios(string folder, WorkflowCatalog catalog)
    {
        var result = ScenarioLibrary.LoadDirectory(folder, catalog);
        return result.Value ?? throw new InvalidWorkflowsException(result.Errors);
    }
}

/// <summary>The workflows folder has invalid definitions; the message lists every error.</summary>
public sealed class InvalidWorkflowsException(IReadOnlyList<DefinitionError> errors)
    : Exception("Invalid workflow definitions:" + Environment.NewLine + string.Join(Environment.NewLine, errors))
{
    public IReadOnlyList<DefinitionError> Errors { get; } = errors;
}
