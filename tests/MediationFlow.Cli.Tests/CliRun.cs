using System.CommandLine;
using System.Globalization;

namespace MediationFlow.Cli.Tests;

/// <summary>One in-process run of the CLI: its exit code and what it wrote to standard output and error.</summary>
internal sealed record CliRun(int ExitCode, string Output, string Error)
{
    /// <summary>The shipped definitions, copied beside the CLI (and so beside these tests) by the CLI project.</summary>
    public static string ShippedWorkflows => Path.Combine(AppContext.BaseDirectory, "workflows");

    public static string BrokenFolder => Path.Combine(AppContext.BaseDirectory, "Broken");

    /// <summary>Runs the tool; a data folder made by <see cref="Cases.DataFolder"/> on PostgreSQL comes with the options naming its database.</summary>
    public static CliRun Of(params string[] args)
    {
        var data = Array.IndexOf(args, "--data");
        if (data >= 0 && data + 1 < args.Length)
        {
            args = [.. args, .. Cases.DataFolder.DatabaseOptions(args[data + 1])];
        }

        using var output = new StringWriter(CultureInfo.InvariantCulture);
        using var error = new StringWriter(CultureInfo.InvariantCulture);
        var exitCode = MediationFlowCli.Create().Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = error });
        return new(exitCode, output.ToString(), error.ToString());
    }

    public IReadOnlyList<string> ErrorLines => Lines(Error);

    public IReadOnlyList<string> OutputLines => Lines(Output);

    private static string[] Lines(string text) => text.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries);
}
