using System.CommandLine;
using System.CommandLine.Parsing;
using MediationFlow.Cli.Cases;
using MediationFlow.Cli.Workflows;
using MediationFlow.Core.Errors;
using MediationFlow.Core.Persistence;
using Mediator;

namespace MediationFlow.Cli.Administration;

/// <summary>
/// One administration request against a data folder: refused without a database, sent as the system, and a
/// refusal printed per field under the name of the option that carried it.
/// </summary>
internal static class AdminRun
{
    public static Option<string> DataOption() => new("--data")
    {
        Description = $"The data folder holding {Database.FileName}; the web host uses the same default (setting {Database.DataDirectorySetting}).",
        DefaultValueFactory = _ => Database.DefaultDataDirectory,
    };

    public static async Task<int> SendAsync<T>(
        ParseResult parse, Option<string> data, IMessage request, IReadOnlyDictionary<string, string> options, Action<T, TextWriter> print, CancellationToken cancellationToken)
    {
        var (output, error) = (parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error);
        var folder = parse.GetValue(data)!;
        var catalog = CoreServices.HasDatabase(folder, error) ? CatalogLoader.Load(null, error) : null;
        if (catalog is null)
        {
            return 1;
        }

        try
        {
            print(await CoreServices.SendAsSystemAsync<T>(folder, catalog, request, cancellationToken), output);
            return 0;
        }
        catch (ValidationFailedException e)
        {
            foreach (var failure in e.Errors)
            {
                error.WriteLine($"{options.GetValueOrDefault(failure.Field, failure.Field)}: {failure.Message}");
            }

            return 1;
        }
        finally
        {
            CoreServices.Release(folder);
        }
    }

    /// <summary>An enum value as the options spell it (camelCase), or a refusal naming the option and the choices.</summary>
    public static TEnum? Parse<TEnum>(CommandResult result, Option<string> option)
        where TEnum : struct, Enum
    {
        var text = result.GetValue(option);
        if (text is not null && Enum.TryParse<TEnum>(text, ignoreCase: true, out var value) && Enum.IsDefined(value) && !int.TryParse(text, out _))
        {
            return value;
        }

        if (result.GetResult(option) is not null)
        {
            result.AddError($"{option.Name}: {CliMessages.NotOneOf.Format(text ?? string.Empty, Spelled<TEnum>())}");
        }

        return null;
    }

    public static string Spelled<TEnum>()
        where TEnum : struct, Enum => string.Join(", ", Enum.GetValues<TEnum>().Select(Spelled));

    public static string Spelled<TEnum>(TEnum value)
        where TEnum : struct, Enum
    {
        var name = value.ToString();
        return char.ToLowerInvariant(name[0]) + name[1..];
    }

    /// <summary>Options the parser should insist on, checked here so the refusal is in the operator's language.</summary>
    public static void Require(CommandResult result, params Option[] options)
    {
        foreach (var missing in options.Where(o => result.GetResult(o) is null))
        {
            result.AddError($"{missing.Name}: {CliMessages.OptionRequired}");
        }
    }
}
