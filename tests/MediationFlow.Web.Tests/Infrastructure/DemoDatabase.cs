using MediationFlow.Testing;

namespace MediationFlow.Web.Tests.Infrastructure;

/// <summary>
/// The demo dataset as the host seeds it on a first run in Development, made once per test run.
/// Seeding drives some twenty cases through a hundred commands and takes many seconds; every test class
/// then starts its own host on a copy of the resulting database file in its own folder.
/// </summary>
internal static class DemoDatabase
{
    private static readonly Lazy<Task<MediationFlowFactory>> Template = new(CreateAsync, LazyThreadSafetyMode.ExecutionAndPublication);

    public static async Task<string> FolderAsync() => (await Template.Value).DataDirectory;

    /// <summary>On PostgreSQL, the seeded database, which each host's database is made from (<c>CREATE DATABASE … TEMPLATE</c>).</summary>
    public static async Task<string> PostgreSqlAsync() => (await Template.Value).ConnectionString!;

    /// <summary>Copies the database (not the data-protection keys: each host makes its own) into an empty data folder.</summary>
    public static void CopyTo(string template, string dataDirectory)
    {
        foreach (var file in Directory.EnumerateFiles(template, MediationFlow.Core.Persistence.Database.FileName + "*"))
        {
            File.Copy(file, Path.Combine(dataDirectory, Path.GetFileName(file)), overwrite: true);
        }
    }

    private static async Task<MediationFlowFactory> CreateAsync()
    {
        var first = new FirstRun { KeepDataDirectory = true };
        await first.InitializeAsync();
        await first.DisposeAsync();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => MediationFlowFactory.DeleteQuietly(first.DataDirectory);
        if (first.ConnectionString is { } database)
        {
            TestDatabases.KeepAsTemplate(database);
        }

        return first;
    }

    /// <summary>A real first run: Development on an empty folder, so the host seeds the demo dataset.</summary>
    private sealed class FirstRun : MediationFlowFactory
    {
        protected override bool StartFromDemoDatabase => false;
    }
}
