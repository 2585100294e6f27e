using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using MediationFlow.Core.Features.Administration;
using MediationFlow.Core.Features.Register;
using MediationFlow.Workflows.Definitions;

namespace MediationFlow.Cli.Administration;

/// <summary>
/// <c>councils import | import-template</c>, <c>users import | import-template</c> and <c>register import | import-template</c>:
/// the council tree, its people and the register of mediators from one .csv or .xlsx file, checked in full (a dry run) unless <c>--apply</c>.
/// </summary>
internal static class ImportCommands
{
    public static Command Councils()
    {
        var (file, apply, data) = (FileArgument("The .csv or .xlsx file of councils (see import-template)."), Apply(), OptionChecks.DataOption());
        var command = new Command("import", "Add and update councils from a file; a dry run that lists every problem unless --apply.") { file, apply, data };
        command.Validators.Add(result => CheckFile(result, file, mustExist: true));
        command.SetAction((parse, cancellationToken) => ImportRun.RunAsync(
            parse, file, data, ImportCouncils.Columns,
            sheet => parse.GetValue(apply) ? new ImportCouncils.Command(sheet) : new ImportCouncils.Check(sheet),
            answer => ((ImportReport)answer, []),
            passwords: null,
            cancellationToken));
        return command;
    }

    public static Command Register()
    {
        var (file, apply, data) = (FileArgument("The .csv or .xlsx file of register entries (see import-template)."), Apply(), OptionChecks.DataOption());
        var command = new Command("import", "Add and update register entries from a file; a dry run that lists every problem unless --apply.") { file, apply, data };
        command.Validators.Add(result => CheckFile(result, file, mustExist: true));
        command.SetAction((parse, cancellationToken) => ImportRun.RunAsync(
            parse, file, data, ImportRegister.Columns,
            sheet => parse.GetValue(apply) ? new ImportRegister.Command(sheet) : new ImportRegister.Check(sheet),
            answer => ((ImportReport)answer, []),
            passwords: null,
            cancellationToken));
        return command;
    }

    public static Command People()
    {
        var (file, apply, data) = (FileArgument("The .csv or .xlsx file of people (see import-template)."), Apply(), OptionChecks.DataOption());
        var passwords = new Option<string?>("--passwords") { Description = "A new .csv file the first passwords of new people are written to, once (required with --apply)." };
        var command = new Command("import", "Add and update people and their roles from a file; a dry run that lists every problem unless --apply.")
        {
            file, apply, passwords, data,
        };
        command.Validators.Add(result =>
        {
            CheckFile(result, file, mustExist: true);
            if (result.GetValue(apply) && result.GetValue(passwords) is null)
            {
                result.AddError($"{passwords.Name}: {CliMessages.PasswordsRequired}");
            }

            if (result.GetValue(apply) && result.GetValue(passwords) is { } path)
            {
                CheckNewFile(result, passwords.Name, path);
            }
        });
        command.SetAction((parse, cancellationToken) => ImportRun.RunAsync(
            parse, file, data, ImportPeople.Columns,
            sheet => parse.GetValue(apply) ? new ImportPeople.Command(sheet) : new ImportPeople.Check(sheet),
            answer => answer is ImportPeople.Imported imported ? (imported.Report, imported.NewAccounts) : ((ImportReport)answer, []),
            parse.GetValue(apply) ? parse.GetValue(passwords) : null,
            cancellationToken));
        return command;
    }

    public static Command Template(IReadOnlyList<ImportColumn> columns, IReadOnlyList<string> example)
    {
        var file = FileArgument("The new .csv or .xlsx file to write.");
        var language = new Option<string>("--language")
        {
            Description = "The language of the headers: kk, ru or en (default: the terminal's).",
            DefaultValueFactory = _ => TerminalLanguage(),
        };
        var command = new Command("import-template", "Write an empty import file with the headers and an example row.") { file, language };
        command.Validators.Add(result =>
        {
            if (CheckFile(result, file, mustExist: false) is { } path)
            {
                CheckNewFile(result, file.Name, path);
            }

            if (result.GetValue(language) is { } text && !LocalizedText.Languages.Contains(text))
            {
                result.AddError($"{language.Name}: {CliMessages.NotOneOf.Format(text, string.Join(", ", LocalizedText.Languages))}");
            }
        });
        command.SetAction(parse =>
        {
            var path = parse.GetValue(file)!;
            using (var stream = new FileStream(path, FileMode.CreateNew))
            {
                ImportTemplate.Write(stream, ImportRun.FormatOf(path)!.Value, columns, example, parse.GetValue(language)!);
            }

            parse.InvocationConfiguration.Output.WriteLine(CliMessages.TemplateWritten.Format(path));
            return 0;
        });
        return command;
    }

    /// <summary>The terminal's language when the product speaks it, else English.</summary>
    public static string TerminalLanguage() =>
        LocalizedText.Languages.Contains(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName) ? CultureInfo.CurrentUICulture.TwoLetterISOLanguageName : "en";

    // Optional to the parser, required here: its own refusal would be in English only (see OptionChecks).
    private static Argument<string?> FileArgument(string description) => new("FILE") { Description = description, Arity = ArgumentArity.ZeroOrOne };

    private static Option<bool> Apply() => new("--apply") { Description = "Apply the file: all of it in one go, or nothing if any row has a problem." };

    /// <summary>The file's path when it is given and is a .csv or .xlsx file (existing, if it must).</summary>
    private static string? CheckFile(CommandResult result, Argument<string?> file, bool mustExist)
    {
        var path = result.GetValue(file);
        string? problem = path is null ? CliMessages.OptionRequired.ToString()
            : ImportRun.FormatOf(path) is null ? CliMessages.NotAnImportFile.Format(path).ToString()
            : mustExist && !File.Exists(path) ? CliMessages.DoesNotExist.Format(path).ToString()
            : null;
        if (problem is not null)
        {
            result.AddError($"{file.Name}: {problem}");
            return null;
        }

        return path;
    }

    /// <summary>Files this tool creates are never written over: a filled-in template or a passwords file could be lost.</summary>
    private static void CheckNewFile(CommandResult result, string name, string path)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        if (!Directory.Exists(folder))
        {
            result.AddError($"{name}: {CliMessages.DoesNotExist.Format(folder)}");
        }
        else if (File.Exists(path) || Directory.Exists(path))
        {
            result.AddError($"{name}: {CliMessages.AlreadyExists.Format(path)}");
        }
    }
}
