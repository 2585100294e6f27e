using System.CommandLine;
using System.CommandLine.Parsing;

namespace MediationFlow.Cli;

/// <summary>
/// Options several verbs share, and checks the parser could make itself (required options, enum values), made
/// here so the refusal is in the operator's language: System.CommandLine's own words exist in neither Kazakh
/// nor, for these, Russian.
/// </summary>
internal static class OptionChecks
{
    /// <summary>The data folder and database every verb that reads the database takes.</summary>
    public static DataOptions DataOption() => new();

    /// <summary>The workflows folder, for verbs that read the definitions.</summary>
    public static Option<string?> FolderOption() => new("--folder") { Description = "The workflows folder (default: ./workflows, searched upwards)." };

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

    /// <summary>Options the parser would otherwise insist on.</summary>
    public static void Require(CommandResult result, params Option[] options)
    {
        foreach (var missing in options.Where(o => result.GetResult(o) is null))
        {
            result.AddError($"{missing.Name}: {CliMessages.OptionRequired}");
        }
    }

    /// <summary>
    /// A file argument that names a usable path: not empty, and no part longer than a file system allows (an
    /// over-long name surfaced as an unhandled PathTooLongException).
    /// </summary>
    public static Argument<string> FilePath(Argument<string> argument)
    {
        ArgumentNullException.ThrowIfNull(argument);
        argument.Validators.Add(result =>
        {
            var value = result.GetValueOrDefault<string>() ?? string.Empty;
            if (string.IsNullOrWhiteSpace(value) || value.Length > MaxPath || value.Split(Path.DirectorySeparatorChar).Any(part => part.Length > MaxName))
            {
                result.AddError($"{argument.Name}: {CliMessages.NotAFilePath.Format(value.Length > 60 ? value[..60] + "…" : value)}");
            }
        });
        return argument;
    }

    private const int MaxPath = 4096;

    private const int MaxName = 255;
}
