using MediationFlow.Core;
using MediationFlow.Core.Persistence;
using MediationFlow.Core.Security;
using MediationFlow.Workflows.Engine;
using Mediator;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace MediationFlow.Cli.Cases;

/// <summary>The application layer on a data folder or PostgreSQL database, built the way the web host builds it.</summary>
internal static class CoreServices
{
    public static ServiceProvider Build(DataSource source, WorkflowCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(source);
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddMediationFlowCore(source.Database, catalog);
        services.AddMediator((MediatorOptions options) => options.ServiceLifetime = ServiceLifetime.Scoped);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }

    /// <summary>
    /// A wrong --data must not silently create a new, empty database and report nothing found; a server that cannot be
    /// reached, or a database a newer program has migrated, is refused before anything is read or written.
    /// </summary>
    public static async Task<bool> HasDatabaseAsync(DataSource source, WorkflowCatalog catalog, TextWriter error, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(error);
        if (source.Database.Provider == DatabaseProvider.Sqlite && !File.Exists(Path.Combine(source.Folder, Database.FileName)))
        {
            error.WriteLine(Directory.Exists(source.Folder)
                ? $"--data: {CliMessages.NoDatabase.Format(source.Folder, Database.FileName)}"
                : $"--data: {CliMessages.NotAFolder.Format(source.Folder)}");
            return false;
        }

        await using var services = Build(source, catalog);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MediationDbContext>();
        try
        {
            await Database.RefuseIfNewerAsync(db, cancellationToken);
            return true;
        }
        catch (NpgsqlException e)
        {
            error.WriteLine($"--connection: {CliMessages.CannotConnect.Format(source.Database.Describe(), e.Message)}");
            return false;
        }
        catch (DatabaseNewerThanProgramException e)
        {
            error.WriteLine(e.Message);
            return false;
        }
        finally
        {
            Release(source);
        }
    }

    /// <summary>Brings the database up to date, then sends <paramref name="request"/> as the system: the tool acts for the operator.</summary>
    public static async Task<T> SendAsSystemAsync<T>(DataSource source, WorkflowCatalog catalog, IMessage request, CancellationToken cancellationToken)
    {
        await using var services = Build(source, catalog);
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

    /// <summary>Lets go of the database: pooled connections would otherwise keep the file (or a server session) open after the command.</summary>
    public static void Release(DataSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (source.Database.Provider == DatabaseProvider.Sqlite)
        {
            Database.CloseIdleConnections(source.Database.ConnectionString);
            using var connection = new SqliteConnection(source.Database.ConnectionString);
            SqliteConnection.ClearPool(connection);
        }
        else
        {
            // Every pool: the product's contexts connect with their own settings added (ADR 12), in a pool of their own.
            NpgsqlConnection.ClearAllPools();
        }
    }
}
