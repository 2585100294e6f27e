namespace MediationFlow.Workflows.Engine;

/// <summary>An action's input after parsing: each value typed per its field (string, bool, long, DateOnly, DateTimeOffset).</summary>
public sealed class ActionInput
{
    internal static readonly ActionInput Empty = new(new Dictionary<string, object>());

    internal ActionInput(IReadOnlyDictionary<string, object> values) => Values = values;

    public IReadOnlyDictionary<string, object> Values { get; }

    public bool TryGet<T>(string field, out T value)
    {
        if (Values.TryGetValue(field, out var raw) && raw is T typed)
        {
            value = typed;
            return true;
        }

        value = default!;
        return false;
    }

    public string? Text(string field) => TryGet<string>(field, out var value) ? value : null;
}
