using System.Diagnostics;
using System.Text.Json;
using MediationFlow.Web.Tests.Infrastructure;

namespace MediationFlow.Web.Tests.Api;

/// <summary>
/// Redocly CLI, the OpenAPI linter, as .ci/run installs it: npm into the git-ignored folder .tools at the
/// repository root. Without it the lint test skips on a developer's machine, saying why, and fails under CI.
/// </summary>
public static class OpenApiLinter
{
    public const string Package = "@redocly/cli@2.77.0";

    private const string InstallHint = "npm install --prefix .tools " + Package + " (from the repository root; .ci/run does it)";

    /// <summary>The linter's program, or null when it is not installed.</summary>
    public static string? Locate()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            var program = Path.Combine(folder.FullName, ".tools", "node_modules", ".bin", "redocly");
            if (File.Exists(program))
            {
                return program;
            }
        }

        return null;
    }

    /// <summary>Returns the linter's program; otherwise skips the test, or fails it under CI.</summary>
    public static string Require() => Require(Locate(), Prerequisite.UnderCi);

    public static string Require(string? program, bool underCi)
    {
        if (program is not null)
        {
            return program;
        }

        Prerequisite.Missing($"The OpenAPI lint needs Redocly CLI in .tools: {InstallHint}.", "linter", underCi);
        return string.Empty;
    }

    /// <summary>Lints a document with Redocly's recommended rules; returns its JSON report.</summary>
    public static async Task<JsonElement> LintAsync(string program, string documentJson, CancellationToken cancellationToken)
    {
        // A folder of its own: no stray redocly.yaml changes the rules, and nothing is left behind.
        var folder = Directory.CreateTempSubdirectory("mediationflow-openapi-lint-");
        try
        {
            await File.WriteAllTextAsync(Path.Combine(folder.FullName, "openapi.json"), documentJson, cancellationToken);
            var start = new ProcessStartInfo(program, ["lint", "openapi.json", "--format=json"])
            {
                WorkingDirectory = folder.FullName,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            start.Environment["REDOCLY_TELEMETRY"] = "off";
            start.Environment["REDOCLY_SUPPRESS_UPDATE_NOTICE"] = "true";
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
            var errors = process.StandardError.ReadToEndAsync(cancellationToken);
            await process.WaitForExitAsync(cancellationToken);
            var report = await output;
            Assert.True(report.TrimStart().StartsWith('{'), $"The linter gave no report (exit {process.ExitCode}): {await errors}");
            return JsonDocument.Parse(report).RootElement.Clone();
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
