using MediationFlow.Workflows.Definitions;

namespace MediationFlow.Workflows.Tests.Definitions;

public sealed class JsonFileCheckTests
{
    [Theory]
    [InlineData("", "$")]
    [InlineData("/initial", "$.initial")]
    [InlineData("/states/3/name", "$.states[3].name")]
    [InlineData("/transitions/0/input/12/options/1/label/kk", "$.transitions[0].input[12].options[1].label.kk")]
    [InlineData("/guards/a~1b", "$.guards.a/b")]
    [InlineData("/guards/a~0b", "$.guards.a~b")]
    // RFC 6901: "~01" is an escaped "~" followed by "1", so "~1" has to be unescaped before "~0".
    [InlineData("/guards/~01", "$.guards.~1")]
    public void ToPath_turns_a_json_pointer_into_a_json_path(string jsonPointer, string path) =>
        Assert.Equal(path, JsonFileCheck.ToPath(jsonPointer));
}
