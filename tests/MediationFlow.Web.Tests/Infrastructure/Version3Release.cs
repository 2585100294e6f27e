using System.Text.RegularExpressions;
using MediationFlow.Workflows.Definitions;

namespace MediationFlow.Web.Tests.Infrastructure;

/// <summary>
/// A copy of the shipped workflows in which version 3 of community-mediation is no longer marked a draft, which is all
/// its release changes in the file: a host reading it starts new cases on version 3.
/// </summary>
public static partial class Version3Release
{
    /// <summary>Makes the copy in a temporary folder of its own and returns the folder; the caller deletes it.</summary>
    public static string Copy()
    {
        var source = WorkflowsFolder.Locate();
        var copy = Directory.CreateTempSubdirectory("mediationflow-v3-workflows-").FullName;
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(copy, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        var v3 = Path.Combine(copy, "community-mediation.v3.json");
        File.WriteAllText(v3, DraftFlag().Replace(File.ReadAllText(v3), string.Empty));
        return copy;
    }

    /// <summary>The setting that points a host at the copy.</summary>
    public static IReadOnlyDictionary<string, string> Settings(string copy) =>
        new Dictionary<string, string> { ["MediationFlow:WorkflowsDirectory"] = copy };

    [GeneratedRegex(@"^\s*""draft"": true,\r?\n", RegexOptions.Multiline)]
    private static partial Regex DraftFlag();
}
