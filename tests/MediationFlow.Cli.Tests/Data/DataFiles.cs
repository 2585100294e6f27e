using System.Security.Cryptography;
using MediationFlow.Cli.Cases;
using MediationFlow.Cli.Data;
using MediationFlow.Cli.Tests.Cases;
using MediationFlow.Core;
using MediationFlow.Core.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MediationFlow.Cli.Tests.Data;

/// <summary>What a database file holds, read as the verbs read it: every case's history hash and the file's own hash.</summary>
internal static class DataFiles
{
    public static async Task<IReadOnlyList<CaseHistoryHash>> HashesAsync(string file)
    {
        await using var database = await DatabaseFile.OpenAsync(file, SqliteOpenMode.ReadOnly, CancellationToken.None);
        return await CaseHistoryHash.ComputeAsync(database.Context, CancellationToken.None).ToListAsync();
    }

    public static string Sha256(string file)
    {
        using var stream = File.OpenRead(file);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    /// <summary>The data folder's one mediator (see <see cref="DataFolder"/>).</summary>
    public static async Task<Guid> MediatorAsync(ServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<MediationDbContext>().Users.Select(u => u.Id).SingleAsync();
    }

    /// <summary>Opens a case through the application layer, as the host would, on a database a verb wrote; returns its number.</summary>
    public static async Task<string> OpenCaseAsync(DataSource source)
    {
        await using var services = CoreServices.Build(source, DependencyInjection.LoadWorkflows(CliRun.ShippedWorkflows));
        await using (var scope = services.CreateAsyncScope())
        {
            await Database.MigrateAsync(scope.ServiceProvider.GetRequiredService<MediationDbContext>(), CancellationToken.None);
        }

        var id = await DataFolder.OpenAsync(services, await MediatorAsync(services));
        await using var read = services.CreateAsyncScope();
        var number = await read.ServiceProvider.GetRequiredService<MediationDbContext>().Cases.Where(c => c.Id == id).Select(c => c.Number).SingleAsync();
        CoreServices.Release(source);
        return number;
    }
}
