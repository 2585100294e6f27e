using System.Text.RegularExpressions;
using MediationFlow.Workflows.Definitions;

namespace MediationFlow.Web.Tests.Infrastructure;

/// <summary>
/// The host with version 3 of community-mediation released, so that new cases start on it: a copy of the shipped
/// workflows in which version 3 is no longer marked a draft, which is all its release changes in the file.
/// </summary>
public sealed partial class V3Factory : MediationFlowFactory
{
    private readonly string _workflows = ReleasedCopy();

    protected override IReadOnlyDictionary<string, string> Settings =>
        new Dictionary<string, string> { ["MediationFlow:WorkflowsDirectory"] = _workflows };

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        DeleteQuietly(_workflows);
    }

    private static string ReleasedCopy()
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

    [GeneratedRegex(@"^\s*""draft"": true,\r?\n", RegexOptions.Multiline)]
    private static partial Regex DraftFlag();
}
