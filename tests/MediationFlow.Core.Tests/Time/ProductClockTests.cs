using System.Text.RegularExpressions;

namespace MediationFlow.Core.Tests.Time;

/// <summary>
/// Product code reads the time only through TimeProvider: deadlines, workshops and tests move the clock,
/// and a stray reading of the machine's clock would ignore them.
/// </summary>
public sealed partial class ProductClockTests
{
    /// <summary>The product's sources (src/), copied beside the tests by the project file.</summary>
    private static string Sources => Path.Combine(AppContext.BaseDirectory, "source");

    [Fact]
    public void No_product_code_reads_the_machine_clock()
    {
        var files = Directory.EnumerateFiles(Sources, "*", SearchOption.AllDirectories).ToList();
        Assert.True(files.Count > 100, $"Only {files.Count} source files under {Sources}: the copy of src/ is incomplete.");

        var readings = files
            .SelectMany(file => File.ReadLines(file).Select((line, index) => (File: Path.GetRelativePath(Sources, file), Line: index + 1, Text: line)))
            .Where(line => MachineClock().IsMatch(line.Text))
            .Select(line => $"{line.File}:{line.Line}: {line.Text.Trim()}");

        Assert.Empty(readings);
    }

    [GeneratedRegex(@"\bDateTime(Offset)?\s*\.\s*(Now|UtcNow|Today)\b")]
    private static partial Regex MachineClock();
}
