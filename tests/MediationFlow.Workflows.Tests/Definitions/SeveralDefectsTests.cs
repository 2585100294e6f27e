using MediationFlow.Workflows.Definitions;

namespace MediationFlow.Workflows.Tests.Definitions;

public sealed class SeveralDefectsTests
{
    [Fact]
    public void A_file_with_several_defects_reports_all_of_them_at_once()
    {
        var file = TestFiles.Definition("several-defects.v1.json");

        var result = DefinitionLoader.LoadFile(file);

        // A schema error does not stop the semantic checks; "done" is unreachable because "finish" leads nowhere.
        string[] expected =
        [
            "$.states[1].colour",
            "$.states[1].name.kk",
            "$.states[2]",
            "$.transitions[0].guards[0]",
            "$.transitions[0].roles[1]",
            "$.transitions[1].to",
        ];
        Assert.Equal(expected, result.Errors.Select(e => e.Path).Order(StringComparer.Ordinal));
        Assert.All(result.Errors, e => Assert.Equal(file, e.File));
        Assert.Null(result.Value);
    }
}
