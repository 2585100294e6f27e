using MediationFlow.Core;
using MediationFlow.Core.Persistence;
using MediationFlow.Core.Security;
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

    /// <summary>A wrong --data must not silently create a new, empty database and report nothing found.</summary>
    public static bool HasDatabase(string data, TextWriter error)
    {
        if (File.Exists(Path.Combine(data, Database.FileName)))
        {
            return true;
        }

        error.WriteLine(Directory.Exists(data)
            ? $"--data: {CliMessages.NoDatabase.Format(data, Database.FileName)}"
            : $"--data: {CliMessages.NotAFolder.Format(data)}");
        return false;
    }

    /// <summary>Brings the database up to date, then sends <paramref name="request"/> as the system: the tool acts for the operator.</summary>
    public static async Task<T> SendAsSystemAsync<T>(string data, WorkflowCatalog catalog, IMessage request, CancellationToken cancellationToken)
    {
        await using var services = Build(data, catalog);
        await using (var scope = services.CreateAsyncScope())
        {
            await Database.MigrateAsync(scope.ServiceProvider.GetRequiredService<MediationDbContext>(), cancellationToken);
        }

        T result;
        await using (var command = services.CreateAsyncScope())
        {
            command.ServiceProvider.GetRequiredService<CurrentActor>().ActAsSystem();
            result = (T)(await command.ServiceProvider.GetRequiredService<ISender>().Send((object)request, cancellationToken))!;
        }

        // A read's audit entry is written in the background: in before the tool exits.
        await services.GetRequiredService<ReadAuditTrail>().CompleteAsync();
        return result;
    }

    /// <summary>Lets go of the database file: pooled connections would otherwise keep it open after the command.</summary>
    public static void Release(string dataDirectory)
    {
        using var connection = new SqliteConnection(Database.SqliteConnectionString(dataDirectory));
        SqliteConnection.ClearPool(connection);
    }
}
