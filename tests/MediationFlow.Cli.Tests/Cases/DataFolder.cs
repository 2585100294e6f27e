using System.Collections.Concurrent;
using MediationFlow.Cli.Cases;
using MediationFlow.Core;
using MediationFlow.Core.Domain;
using MediationFlow.Core.Features.Cases;
using MediationFlow.Core.Persistence;
using MediationFlow.Core.Security;
using MediationFlow.Testing;
using MediationFlow.Workflows.Engine;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MediationFlow.Cli.Tests.Cases;

/// <summary>
/// A temporary data folder with a database holding three cases of one council pinned to
/// community-mediation v1 (registered, registered, drafting) and one on v2. When the suite runs on PostgreSQL the
/// database is a PostgreSQL database of its own, and <see cref="CliRun"/> adds the options that name it wherever a
/// test passes this folder as <c>--data</c>.
/// </summary>
internal sealed class DataFolder : IDisposable
{
    private static readonly ConcurrentDictionary<string, string> PostgreSqlDatabases = new(StringComparer.Ordinal);

    private DataFolder(string path, DatabaseSettings database)
    {
        Path = path;
        Source = new(path, database);
        if (database.Provider == DatabaseProvider.PostgreSql)
        {
            PostgreSqlDatabases[path] = database.ConnectionString;
        }
    }

    public string Path { get; }

    public DataSource Source { get; }

    public static string PlanFile => System.IO.Path.Combine(CliRun.ShippedWorkflows, "migrations", "community-mediation.v1-to-v2.json");

    public static async Task<DataFolder> CreateAsync()
    {
        var path = Directory.CreateTempSubdirectory("mediationflow-cli-").FullName;
        var folder = new DataFolder(path, TestDatabases.OnPostgreSql ? DatabaseSettings.PostgreSql(await TestDatabases.CreateAsync()) : DatabaseSettings.Sqlite(path));
        var catalog = DependencyInjection.LoadWorkflows(CliRun.ShippedWorkflows);
        await using (var services = CoreServices.Build(folder.Source, catalog))
        {
            var userId = await SeedAsync(services);
            var ids = new List<long>();
            for (var i = 0; i < 4; i++)
            {
                ids.Add(await OpenAsync(services, userId));
            }

            // Pinned to v1 and v2 in the database: new cases always start on the latest version. The third is put
            // straight into v1's "drafting", which only the plan's map can move; the CLI is under test here, not the workflow.
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<MediationDbContext>();
            await db.Cases.Where(c => ids.Take(3).Contains(c.Id)).ExecuteUpdateAsync(u => u.SetProperty(c => c.DefinitionVersion, 1));
            await db.Cases.Where(c => c.Id == ids[3]).ExecuteUpdateAsync(u => u.SetProperty(c => c.DefinitionVersion, 2));
            await db.Cases.Where(c => c.Id == ids[2]).ExecuteUpdateAsync(u => u.SetProperty(c => c.State, "drafting").SetProperty(c => c.Stage, "agreement"));
        }

        CoreServices.Release(folder.Source);
        return folder;
    }

    /// <summary>The options naming the PostgreSQL database of the data folder <paramref name="path"/>, if it has one.</summary>
    public static string[] DatabaseOptions(string path) =>
        PostgreSqlDatabases.TryGetValue(path, out var connection) ? ["--database", "postgreSql", "--connection", connection] : [];

    /// <summary>What the database holds now: number, version and state of each case.</summary>
    public async Task<IReadOnlyList<(string Number, int Version, string State)>> CasesAsync()
    {
        await using var services = CoreServices.Build(Source, DependencyInjection.LoadWorkflows(CliRun.ShippedWorkflows));
        await using var scope = services.CreateAsyncScope();
        var rows = await scope.ServiceProvider.GetRequiredService<MediationDbContext>().Cases.AsNoTracking()
            .OrderBy(c => c.Id).Select(c => new { c.Number, c.DefinitionVersion, c.State }).ToListAsync();
        CoreServices.Release(Source);
        return [.. rows.Select(r => (r.Number, r.DefinitionVersion, r.State))];
    }

    public string WritePlan(string json)
    {
        var file = System.IO.Path.Combine(Path, "plan.json");
        File.WriteAllText(file, json);
        return file;
    }

    public void Dispose()
    {
        Directory.Delete(Path, recursive: true);
        if (PostgreSqlDatabases.TryRemove(Path, out var connection))
        {
            TestDatabases.DropAsync(connection).GetAwaiter().GetResult();
        }
    }

    private static async Task<Guid> SeedAsync(ServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MediationDbContext>();
        await Database.MigrateAsync(db, CancellationToken.None);
        var council = new Council { Code = "AKM-01", NameKk = "А ауданы", NameRu = "Район А", NameEn = "District A", Level = CouncilLevel.District };
        db.Councils.Add(council);
        await db.SaveChangesAsync();
        council.Path = $"/{council.Id}/";
        var user = new User { Id = Guid.NewGuid(), UserName = "mediator", NormalizedUserName = "MEDIATOR", DisplayName = "Mediator" };
        user.Memberships.Add(new Membership { CouncilId = council.Id, Role = CouncilRole.Mediator });
        db.Users.Add(user);
        await db.SaveChangesAsync();
        return user.Id;
    }

    private static async Task<long> OpenAsync(ServiceProvider services, Guid userId)
    {
        await using var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentActor>().SignIn(userId);
        var db = scope.ServiceProvider.GetRequiredService<MediationDbContext>();
        var council = await db.Councils.Select(c => c.Id).SingleAsync();
        var opened = await scope.ServiceProvider.GetRequiredService<ISender>().Send(new OpenCase.Command(
            council, DisputeCategory.NeighboursAndHousing, "A fence on the neighbour's plot", false, false, false,
            [new PartyDetails(PartyRole.Applicant, "Aigerim"), new PartyDetails(PartyRole.Respondent, "Nurlan")]));
        return opened.CaseId;
    }
}
