using System.CommandLine;

namespace MediationFlow.Cli.Data;

/// <summary><c>data backup | restore</c>: keeping a deployment's database and putting it back.</summary>
internal static class DataCommands
{
    public static Command Create() => new("data", "The deployment's data: back it up, restore it.") { BackupCommand(), RestoreCommand() };

    private static Command BackupCommand()
    {
        var file = new Argument<string>("FILE") { Description = "The backup file to write." };
        var force = new Option<bool>("--force") { Description = "Overwrite FILE if it exists." };
        var data = OptionChecks.DataOption();
        var command = new Command("backup", "Back up the database while the web host may be running; prints the cases, size and SHA-256 of the file.")
        {
            file, force, data,
        };
        command.SetAction((parse, cancellationToken) => Backup.RunAsync(parse.GetValue(file)!, parse.GetValue(force), parse.GetValue(data)!,
            parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error, cancellationToken));
        return command;
    }

    private static Command RestoreCommand()
    {
        var file = new Argument<string>("FILE") { Description = "A backup written by `data backup`." };
        var data = OptionChecks.DataOption();
        var command = new Command("restore", "Replace the database with a backup (the web host stopped), keeping the replaced one beside it, and verify it.")
        {
            file, data,
        };
        command.SetAction((parse, cancellationToken) => Restore.RunAsync(parse.GetValue(file)!, parse.GetValue(data)!, TimeProvider.System,
            parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error, cancellationToken));
        return command;
    }
}
