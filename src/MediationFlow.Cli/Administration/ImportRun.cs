using System.CommandLine;
using CsvHelper;
using MediationFlow.Cli.Cases;
using MediationFlow.Core.Errors;
using MediationFlow.Core.Features.Administration;
using MediationFlow.Workflows.Engine;
using Mediator;

namespace MediationFlow.Cli.Administration;

/// <summary>
/// One import against a data folder: the file read, the check or the import sent as the system, every problem printed
/// by row and column, and the first passwords of new people written to their file.
/// </summary>
internal static class ImportRun
{
    public static ImportFormat? FormatOf(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".csv" => ImportFormat.Csv,
        ".xlsx" => ImportFormat.Xlsx,
        _ => null,
    };

    public static async Task<int> RunAsync(
        ParseResult parse, Argument<string?> file, DataOptions data, IReadOnlyList<ImportColumn> columns, Func<ImportSheet, IMessage> request,
        Func<object, (ImportReport Report, IReadOnlyList<ImportPeople.NewAccount> Accounts)> result, string? passwords, CancellationToken cancellationToken)
    {
        var (output, error) = (parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error);
        var (path, source) = (parse.GetValue(file)!, data.Of(parse));
        if (!await CoreServices.HasDatabaseAsync(source, new WorkflowCatalog([]), error, cancellationToken))
        {
            return 1;
        }

        ImportSheet sheet;
        try
        {
            await using var stream = File.OpenRead(path);
            sheet = ImportSheet.Read(stream, FormatOf(path)!.Value, columns);
        }
        catch (ValidationFailedException e)
        {
            Print(e, file.Name, path, error);
            return 1;
        }

        // Taken before the import, so that once people exist their passwords have somewhere to go.
        var passwordsFile = passwords is null ? null : NewPrivateFile(passwords);
        var written = false;
        try
        {
            var message = request(sheet);
            var (report, accounts) = result(await CoreServices.SendAsSystemAsync<object>(source, new WorkflowCatalog([]), message, cancellationToken));
            if (report.Problems.Count > 0)
            {
                Print(new ValidationFailedException([.. report.Problems.Select(p => new FieldError(p.Location, p.Code, p.Message))]), null, path, error);
                return 1;
            }

            foreach (var row in report.Rows.Where(r => r.Change != ImportChange.Unchanged))
            {
                output.WriteLine((row.Change == ImportChange.Added ? CliMessages.ImportRowAdded : CliMessages.ImportRowChanged).Format(row.Row, row.Key));
            }

            var counts = new object[] { report.Count(ImportChange.Added), report.Count(ImportChange.Changed), report.Count(ImportChange.Unchanged) };
            output.WriteLine((message is IBaseCommand ? CliMessages.ImportApplied : CliMessages.ImportDryRun).Format(counts));
            if (passwordsFile is not null)
            {
                WritePasswords(passwordsFile, accounts);
                written = true;
                output.WriteLine(CliMessages.PasswordsWritten.Format(accounts.Count, passwords!));
            }

            return 0;
        }
        catch (ValidationFailedException e)
        {
            Print(e, null, path, error);
            return 1;
        }
        finally
        {
            CoreServices.Release(source);
            if (passwordsFile is not null)
            {
                await passwordsFile.DisposeAsync();
                if (!written)
                {
                    File.Delete(passwords!);
                }
            }
        }
    }

    private static void Print(ValidationFailedException refused, string? name, string path, TextWriter error)
    {
        foreach (var problem in refused.Errors)
        {
            error.WriteLine($"{name ?? problem.Field}: {problem.Message}");
        }

        error.WriteLine(CliMessages.ImportProblems.Format(refused.Errors.Count, path));
    }

    /// <summary>Created, never opened over an existing file, and readable by its owner only where the system allows saying so.</summary>
    private static FileStream NewPrivateFile(string path)
    {
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        return new FileStream(path, options);
    }

    private static void WritePasswords(FileStream file, IReadOnlyList<ImportPeople.NewAccount> accounts)
    {
        var language = ImportCommands.TerminalLanguage();
        using var csv = CsvWriter.Create(file, new CsvWriterOptions { WriteByteOrderMark = true }, leaveOpen: true);
        csv.WriteRecord([ImportPeople.UserName.Header(language), ImportPeople.FullName.Header(language), CliMessages.PasswordHeader.For(language)]);
        foreach (var account in accounts)
        {
            csv.WriteRecord([account.UserName, account.FullName, account.Password]);
        }
    }
}
