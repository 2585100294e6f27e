using System.Globalization;
using MediationFlow.Core.Persistence;
using MediationFlow.Workflows.Definitions;
using Microsoft.Data.Sqlite;

namespace MediationFlow.Cli.Data;

/// <summary>
/// <c>data restore FILE</c>: a backup put back as the data folder's database, refused unless it is a sound
/// MediationFlow database this program can run, and checked row by row and case by case once it is in place.
/// </summary>
internal static class Restore
{
    public static async Task<int> RunAsync(string file, string data, TimeProvider time, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        if (!File.Exists(file))
        {
            error.WriteLine($"FILE: {CliMessages.DoesNotExist.Format(file)}");
            return 1;
        }

        if (!Directory.Exists(data))
        {
            error.WriteLine($"--data: {CliMessages.NotAFolder.Format(data)}");
            return 1;
        }

        await using var backup = await DatabaseFile.OpenAsync(file, SqliteOpenMode.ReadOnly, cancellationToken);
        if (await RefusalAsync(backup, cancellationToken) is { } refusal)
        {
            error.WriteLine($"FILE: {refusal}");
            return 1;
        }

        var live = Path.Combine(data, Database.FileName);
        var existed = File.Exists(live);
        await using var database = await DatabaseFile.LockAsync(live, cancellationToken);
        if (database is null)
        {
            error.WriteLine($"--data: {CliMessages.DatabaseInUse.Format(live)}");
            return 1;
        }

        if (existed)
        {
            var kept = Path.Combine(data, $"mediationflow-replaced-{time.GetUtcNow().ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture)}.db");
            await using (var copy = await DatabaseFile.OpenAsync(kept, SqliteOpenMode.ReadWriteCreate, cancellationToken))
            {
                database.Connection.BackupDatabase(copy.Connection);
                await copy.StandAloneAsync(cancellationToken);
            }

            output.WriteLine(CliMessages.ReplacedKept.Format(kept));
        }

        backup.Connection.BackupDatabase(database.Connection);
        var integrity = await database.IntegrityAsync(cancellationToken);
        if (integrity != "ok")
        {
            error.WriteLine($"--data: {CliMessages.Damaged.Format(live, integrity)}");
            return 1;
        }

        var outcome = await Verification.CompareAsync(backup.Context, database.Context, error, cancellationToken);
        if (outcome.Differences > 0)
        {
            error.WriteLine(CliMessages.NotVerified.Format(outcome.Differences));
            return 1;
        }

        output.WriteLine(CliMessages.Restored.Format(file, live, outcome.Tables, outcome.Rows, outcome.Cases));
        output.WriteLine(CliMessages.CaseFilesApart.Format(Path.Combine(data, Core.CaseFiles.FolderCaseFileStore.FolderName)));
        return 0;
    }

    /// <summary>Why <paramref name="backup"/> cannot be restored by this program, or null when it can.</summary>
    private static async Task<LocalizedText?> RefusalAsync(DatabaseFile backup, CancellationToken cancellationToken)
    {
        var integrity = await backup.IntegrityAsync(cancellationToken);
        if (integrity != "ok")
        {
            return CliMessages.NotAMediationFlowDatabase.Format(backup.Path, integrity);
        }

        var (applied, unknown) = await backup.MigrationsAsync(cancellationToken);
        if (applied.Count == 0)
        {
            return CliMessages.NotAMediationFlowDatabase.Format(backup.Path, CliMessages.NoMigrations);
        }

        return unknown.Count > 0 ? CliMessages.NewerDatabase.Format(backup.Path, string.Join(", ", unknown)) : null;
    }
}
