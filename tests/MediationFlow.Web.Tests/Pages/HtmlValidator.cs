using System.Diagnostics;
using System.Text.Json;
using MediationFlow.Web.Tests.Infrastructure;

namespace MediationFlow.Web.Tests.Pages;

/// <summary>
/// The W3C Nu Html Checker (vnu.jar from the npm package vnu-jar, run on Java 17+). .ci/run installs it into
/// .tools/ and names it in VNU_JAR; without it the validation test skips on a developer's machine, saying how to
/// install it, and fails under CI, where a skipped check would pass unseen.
/// </summary>
public static class HtmlValidator
{
    public const string Package = "vnu-jar@26.9.27";

    /// <summary>Where .ci/run (and the install hint) puts the jar, relative to the repository.</summary>
    public const string InstalledJar = ".tools/node_modules/vnu-jar/build/dist/vnu.jar";

    /// <summary>The jar to run: VNU_JAR, else the one .ci/run installs; skips or fails the test without one.</summary>
    public static string Require() =>
        Require(Environment.GetEnvironmentVariable("VNU_JAR") ?? FromRepository(), Prerequisite.UnderCi);

    public static string Require(string? jar, bool underCi)
    {
        if (jar is not null && File.Exists(jar))
        {
            return jar;
        }

        Prerequisite.Missing(
            $"HTML validation needs the Nu Html Checker: npm install --prefix .tools --no-save {Package} (Java 17+ runs it; .ci/run installs it), or VNU_JAR naming a vnu.jar. Looked for: {jar ?? InstalledJar}.",
            "validator", underCi);
        return string.Empty;
    }

    /// <summary>Checks every .html file in a folder; returns the errors as "file: line: message".</summary>
    public static async Task<IReadOnlyList<string>> ErrorsAsync(string jar, string folder, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("java") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "-jar", jar, "--format", "json", "--exit-zero-always", "--stdout", "--skip-non-html", folder })
        {
            start.ArgumentList.Add(argument);
        }

        using var java = Process.Start(start) ?? throw new InvalidOperationException("java did not start.");
        var output = java.StandardOutput.ReadToEndAsync(cancellationToken);
        var failure = java.StandardError.ReadToEndAsync(cancellationToken);
        await java.WaitForExitAsync(cancellationToken);
        var json = await output;
        Assert.True(java.ExitCode == 0 && json.Length > 0, $"vnu.jar failed ({java.ExitCode}): {await failure}");

        using var report = JsonDocument.Parse(json);
        return [.. report.RootElement.GetProperty("messages").EnumerateArray()
            .Where(m => m.GetProperty("type").GetString() is "error" or "non-document-error")
            .Select(m => $"{Path.GetFileName(m.TryGetProperty("url", out var url) ? url.GetString() : folder)}: "
                + $"line {(m.TryGetProperty("lastLine", out var line) ? line.GetInt32() : 0)}: {m.GetProperty("message").GetString()}"
                + (m.TryGetProperty("extract", out var extract) ? $" [{extract.GetString()?.Trim()}]" : string.Empty))];
    }

    private static string? FromRepository()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "MediationFlow.sln")))
            {
                return Path.Combine(folder.FullName, InstalledJar);
            }
        }

        return null;
    }
}
