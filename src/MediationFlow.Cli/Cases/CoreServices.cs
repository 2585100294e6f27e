using MediationFlow.Core;
using MediationFlow.Core.Persistence;
using MediationFlow.Workflows.Engine;
using Mediator;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace MediationFlow.Cli.Cases;

/// <summary>The application layer on a data folder, built the way the web host builds it.</summary>
internal static class CoreServices
{
    public static ServiceProvider Build(string dataDirectory, WorkflowCatalog catalog)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddMediationFlowCore(Database.SqliteConnectionString(dataDirectory), catalog);
        services.AddMediator((MediatorOptions options) => options.ServiceLifetime = ServiceLifetime.Scoped);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }

    /// <summary>Lets go of the database file: pooled connections would otherwise keep it open after the command.</summary>
    public static void Release(string dataDirectory)
    {
        using var connection = new SqliteConnection(Database.SqliteConnectionString(dataDirectory));
        SqliteConnection.ClearPool(connection);
    }
}
