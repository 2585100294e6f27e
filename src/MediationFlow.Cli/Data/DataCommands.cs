using System.CommandLine;
using MediationFlow.Core.Persistence;

namespace MediationFlow.Cli.Data;

/// <summary><c>data backup | restore | copy</c>: keeping a deployment's database, putting it back, moving it to PostgreSQL.</summary>
internal static class DataCommands
{
    public static Command Create() => new("data", "The deployment's data: back it up, restore it, copy it to PostgreSQL.")
    {
        BackupCommand(), RestoreCommand(), CopyCommand(),
    };

    private static Command BackupCommand()
    {
        var file = OptionChecks.FilePath(new Argument<string>("FILE") { Description = "The backup file to write." });
        var force = new Option<bool>("--force") { Description = "Overwrite FILE if it exists." };
        var data = OptionChecks.DataOption();
        var command = new Command("backup", "Back up the SQLite database while the web host may be running; prints the cases, size and SHA-256 of the file.")
        {
            file, force, data,
        };
        command.SetAction((parse, cancellationToken) => OnSqlite(parse, data, "pg_dump", needsDatabase: true, folder =>
            Backup.RunAsync(parse.GetValue(file)!, parse.GetValue(force), folder, parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error, cancellationToken)));
        return command;
    }

    private static Command RestoreCommand()
    {
        var file = OptionChecks.FilePath(new Argument<string>("FILE") { Description = "A backup written by `data backup`." });
        var data = OptionChecks.DataOption();
        var command = new Command("restore", "Replace the SQLite database with a backup (the web host stopped), keeping the replaced one beside it, and verify it.")
        {
            file, data,
        };
        command.SetAction((parse, cancellationToken) => OnSqlite(parse, data, "pg_restore", needsDatabase: false, folder =>
            Restore.RunAsync(parse.GetValue(file)!, folder, TimeProvider.System, parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error, cancellationToken)));
        return command;
    }

    private static Command CopyCommand()
    {
        var to = new Option<string>("--to") { Description = "The connection string of the PostgreSQL database to copy into; it must be empty." };
        var data = OptionChecks.DataOption();
        var command = new Command("copy", "Copy the whole SQLite database to an empty PostgreSQL database, ids kept, and verify the copy case by case.")
        {
            to, data,
        };
        command.Validators.Add(result => OptionChecks.Require(result, to));
        command.SetAction((parse, cancellationToken) => OnSqlite(parse, data, "pg_dump", needsDatabase: true, folder =>
            Copy.RunAsync(folder, parse.GetValue(to)!, parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error, cancellationToken)));
        return command;
    }

    /// <summary>Runs a verb of the SQLite file; PostgreSQL is kept with its own tools, which the README's procedure names.</summary>
    private static async Task<int> OnSqlite(ParseResult parse, DataOptions data, string tool, bool needsDatabase, Func<string, Task<int>> run)
    {
        var source = data.Of(parse);
        if (source.Database.Provider != DatabaseProvider.Sqlite)
        {
            parse.InvocationConfiguration.Error.WriteLine($"{data.Provider.Name}: {CliMessages.UsePostgreSqlTools.Format(tool)}");
            return 1;
        }

        if (needsDatabase && !File.Exists(Path.Combine(source.Folder, Database.FileName)))
        {
            parse.InvocationConfiguration.Error.WriteLine(Directory.Exists(source.Folder)
                ? $"{data.Data.Name}: {CliMessages.NoDatabase.Format(source.Folder, Database.FileName)}"
                : $"{data.Data.Name}: {CliMessages.NotAFolder.Format(source.Folder)}");
            return 1;
        }

        return await run(source.Folder);
    }
}
