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

    public static IServiceCollection AddMediationFlowCore(this IServiceCollection services, DatabaseSettings database, WorkflowCatalog catalog, ScenarioLibrary? scenarios = null)
    {
        ArgumentNullException.ThrowIfNull(database);

        // Pooled: every request is a scope with its own context, and building a context's internal services
        // each time was a measurable share of a command (docs/benchmarks.md, case-management throughput).
        services.AddDbContextPool<MediationDbContext>(options => ProviderOptions.Apply(options, database));
        services.AddSingleton(database);
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
        services.AddSingleton<ActionRecorders>();
        services.AddSingleton<CouncilTimeZones>();
        services.AddScoped<Documents.CaseDocumentGenerator>();
        services.AddScoped<EffectWriter>();
        services.AddScoped<CaseOpening>();
        services.AddSingleton<TimerPump>();
        services.AddScoped<WorkshopChanges>();
        services.AddSingleton(new WriteTurns(queued: database.Provider == DatabaseProvider.Sqlite));
        services.AddSingleton<ReadAuditTrail>();
        services.AddMetrics();
        services.AddSingleton<Telemetry.ProductMetrics>();
        services.AddSingleton<Telemetry.WorkflowActions>();
        // The host names its data folder for councils' own templates; without one, only the shipped templates are used.
        services.TryAddSingleton(new Documents.DocumentTemplates(Path.Combine(AppContext.BaseDirectory, "workflows", "templates"), overridesFolder: null));

        // Beside the SQLite file, or in the default data folder, unless the host registers its own limits or store first.
        services.TryAddSingleton(new CaseFileLimits());
        services.TryAddSingleton<ICaseFileStore>(new FolderCaseFileStore(Path.Combine(DataFolder(database), FolderCaseFileStore.FolderName)));
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

    private static string DataFolder(DatabaseSettings database) => database.Provider == DatabaseProvider.Sqlite
        ? Path.GetDirectoryName(Path.GetFullPath(new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(database.ConnectionString).DataSource)) ?? "."
        : Path.GetFullPath(Database.DefaultDataDirectory);

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
