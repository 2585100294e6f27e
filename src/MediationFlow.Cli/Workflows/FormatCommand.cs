using System.CommandLine;
using System.Text;
using System.Text.Json;
using MediationFlow.Workflows.Definitions;

namespace MediationFlow.Cli.Workflows;

/// <summary>
/// <c>workflows format [--check]</c>: keeps the JSON files of workflows/ in the canonical layout, so that two
/// versions of a definition diff line by line. With --check it changes nothing and fails if a file is out of layout.
/// </summary>
internal static class FormatCommand
{
    // Decoding with replacement characters and writing them back would change the file's text.
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "JSON files, or folders whose JSON files are all taken, subfolders included (default: the workflows folder).", Arity = ArgumentArity.ZeroOrMore };
        var check = new Option<bool>("--check") { Description = "Change nothing: list the files not in the canonical layout and exit 1 if there are any." };
        var command = new Command("format", "Rewrite definitions, scenarios, migration plans and schemas in the canonical layout.") { paths, check };
        command.SetAction(parse =>
        {
            var given = parse.GetValue(paths) is { Length: > 0 } p ? p : [WorkflowsFolder.Locate()];
            return Run(given, parse.GetValue(check), parse.InvocationConfiguration.Output, parse.InvocationConfiguration.Error);
        });
        return command;
    }

    private static int Run(string[] given, bool check, TextWriter output, TextWriter error)
    {
        var (readable, outOfLayout, refused) = (0, 0, 0);
        var files = new List<string>();
        foreach (var path in given)
        {
            if (Expand(path, error) is { } expanded)
            {
                files.AddRange(expanded);
            }
            else
            {
                refused++;
            }
        }

        foreach (var file in files)
        {
            if (!TryLayOut(file, error, out var formatted, out var line))
            {
                refused++;
                continue;
            }

            // Files refused above are not counted: "3 file(s) in the canonical layout" must not include one that is not JSON.
            readable++;
            if (line is { } n)
            {
                outOfLayout++;
                if (check)
                {
                    error.WriteLine($"{file}: {CliMessages.LineOutOfLayout.Format(n)}");
                }
                else
                {
                    File.WriteAllText(file, formatted, StrictUtf8);
                    output.WriteLine(file);
                }
            }
        }

        if (readable > 0)
        {
            output.WriteLine(check
                ? (outOfLayout == 0 ? CliMessages.FilesInLayout.Format(readable) : CliMessages.FilesOutOfLayout.Format(outOfLayout, readable))
                : CliMessages.FilesRewritten.Format(outOfLayout, readable));
        }

        return refused > 0 || (check && outOfLayout > 0) ? 1 : 0;
    }

    /// <summary>A file stands for itself; a folder for every JSON file in it and its subfolders; null (and an error) for neither.</summary>
    private static List<string>? Expand(string path, TextWriter error)
    {
        if (File.Exists(path))
        {
            return [path];
        }

        if (!Directory.Exists(path))
        {
            error.WriteLine(new DefinitionError(path, "$", CliMessages.NoSuchFile).ToString());
            return null;
        }

        var files = Directory.EnumerateFiles(path, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        if (files.Count == 0)
        {
            // An empty folder is a wrong path, not a pass.
            error.WriteLine(new DefinitionError(path, "$", CliMessages.NoJsonInFolder).ToString());
            return null;
        }

        return files;
    }

    /// <summary>The file in the canonical layout and its first line out of it (null when there is none); false when it is not JSON.</summary>
    private static bool TryLayOut(string file, TextWriter error, out string formatted, out int? line)
    {
        (formatted, line) = (string.Empty, null);
        try
        {
            var text = StrictUtf8.GetString(File.ReadAllBytes(file));
            // The loaders accept a byte order mark; the layout has none.
            var marked = text.StartsWith('\uFEFF');
            text = marked ? text[1..] : text;
            formatted = CanonicalLayout.Format(text);
            line = marked ? 1 : CanonicalLayout.FirstLineOutOfLayout(text);
            return true;
        }
        catch (DecoderFallbackException)
        {
            error.WriteLine(new DefinitionError(file, "$", AuthoringMessages.NotJson).ToString());
        }
        catch (JsonException e)
        {
            error.WriteLine(new DefinitionError(file, "$", e.LineNumber is { } at
                ? AuthoringMessages.NotJsonAt.Format(at + 1, (e.BytePositionInLine ?? 0) + 1)
                : AuthoringMessages.NotJson).ToString());
        }

        return false;
    }
}
