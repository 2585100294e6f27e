using Microsoft.Data.Sqlite;

namespace MediationFlow.Web.Tests.Infrastructure;

/// <summary>
/// The demo dataset as the host seeds it on a first run in Development, made once per test run.
/// Seeding drives some twenty cases through a hundred commands and takes many seconds; every test class
/// then starts its own host on a copy of the resulting database file in its own folder.
/// </summary>
internal static class DemoDatabase
{
    private static readonly Lazy<Task<string>> Template = new(CreateAsync, LazyThreadSafetyMode.ExecutionAndPublication);

    public static Task<string> FolderAsync() => Template.Value;

    /// <summary>Copies the database (without sign-in keys: each host makes its own) into an empty data folder.</summary>
    public static void CopyTo(string template, string dataDirectory)
    {
        foreach (var file in Directory.EnumerateFiles(template, MediationFlow.Core.Persistence.Database.FileName + "*"))
        {
            File.Copy(file, Path.Combine(dataDirectory, Path.GetFileName(file)), overwrite: true);
        }
    }

    private static async Task<string> CreateAsync()
    {
        var first = new FirstRun { KeepDataDirectory = true };
        await first.InitializeAsync();
        await first.DisposeAsync();

        // The first run made a sign-in key; a test of key storage starts from a database that has none, as an upgraded one does.
        await using (var connection = new SqliteConnection(MediationFlow.Core.Persistence.Database.SqliteConnectionString(first.DataDirectory)))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "DELETE FROM DataProtectionKeys";
            await command.ExecuteNonQueryAsync();
            SqliteConnection.ClearPool(connection);
        }

        AppDomain.CurrentDomain.ProcessExit += (_, _) => MediationFlowFactory.DeleteQuietly(first.DataDirectory);
        return first.DataDirectory;
    }

    /// <summary>A real first run: Development on an empty folder, so the host seeds the demo dataset.</summary>
    private sealed class FirstRun : MediationFlowFactory
    {
        protected override bool StartFromDemoDatabase => false;
    }
}
