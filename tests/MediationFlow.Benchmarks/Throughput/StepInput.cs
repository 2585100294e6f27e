using System.Globalization;
using System.Text.Json;

namespace MediationFlow.Benchmarks.Throughput;

/// <summary>An action's input as the pipeline stores it on the history event, and ids as forms send them.</summary>
internal static class StepInput
{
    public static string Json(params (string Field, object Value)[] input) =>
        JsonSerializer.Serialize(input.ToDictionary(i => i.Field, i => i.Value));

    public static string Key(long id) => id.ToString(CultureInfo.InvariantCulture);

    /// <summary>What a confidential field holds in the history event; its text goes to the case's confidential notes.</summary>
    public static readonly IReadOnlyDictionary<string, bool> Confidential = new Dictionary<string, bool> { ["confidential"] = true };
}
