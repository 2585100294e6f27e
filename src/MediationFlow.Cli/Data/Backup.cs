using System.Security.Cryptography;
using MediationFlow.Core.CaseFiles;
using MediationFlow.Core.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace MediationFlow.Cli.Data;

/// <summary>
/// <c>data backup FILE</c>: SQLite's online backup of the data folder's database, safe while the web host writes
/// to it (write-ahead logging lets the backup read one consistent moment while commits go on).
/// </summary>
internal static class Backup
{
    public static async Task<int> RunAsync(string file, bool force, string data, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var target = Path.GetFullPath(file);
        if (File.Exists(target) && !force)
        {
            error.WriteLine($"FILE: {CliMessages.ExistsUseForce.Format(file)}");
            return 1;
        }

        if (!Directory.Exists(Path.GetDirectoryName(target)))
        {
            error.WriteLine($"FILE: {CliMessages.NotAFolder.Format(Path.GetDirectoryName(target) ?? file)}");
            return 1;
        }

        // Written beside the target under another name and moved into place whole: a failed backup, or one read
        // while it is written, never passes for a complete one, and --force replaces an old backup only by a finished one.
        var partial = $"{target}.{Guid.NewGuid():N}.partial";
        try
        {
            long cases;
            await using (var source = await DatabaseFile.OpenAsync(Path.Combine(data, Database.FileName), SqliteOpenMode.ReadWrite, cancellationToken))
            await using (var copy = await DatabaseFile.OpenAsync(partial, SqliteOpenMode.ReadWriteCreate, cancellationToken))
            {
                source.Connection.BackupDatabase(copy.Connection);
                await copy.StandAloneAsync(cancellationToken);
                cases = await copy.Context.Cases.LongCountAsync(cancellationToken);
            }

            File.Move(partial, target, overwrite: force);
            await using var written = File.OpenRead(target);
            var sha256 = Convert.ToHexStringLower(await SHA256.HashDataAsync(written, cancellationToken));
            output.WriteLine(CliMessages.BackupWritten.Format(file, cases, written.Length, sha256));
            output.WriteLine(CliMessages.CaseFilesApart.Format(Path.Combine(data, FolderCaseFileStore.FolderName)));
            return 0;
        }
        finally
        {
            File.Delete(partial);
        }
    }
}
