using System.Text.Json;
using System.Text.Json.Serialization;

namespace MediationFlow.Workflows.Definitions;

/// <summary>One version of a declarative workflow, as read from a <c>*.v&lt;N&gt;.json</c> file.</summary>
public sealed record WorkflowDefinition
{
    public required string Id { get; init; }
    public required int Version { get; init; }
    public required LocalizedText Name { get; init; }
    public required string Initial { get; init; }
    public IReadOnlyDictionary<string, JsonElement> Settings { get; init; } = new Dictionary<string, JsonElement>();
    public IReadOnlyList<StageDefinition> Stages { get; init; } = [];
    public IReadOnlyList<StateDefinition> States { get; init; } = [];
    public IReadOnlyList<TransitionDefinition> Transitions { get; init; } = [];
    public IReadOnlyList<TimerDefinition> Timers { get; init; } = [];

    /// <summary>The reason shown to users when a guard blocks an action, per guard name.</summary>
    public IReadOnlyDictionary<string, LocalizedText> Guards { get; init; } = new Dictionary<string, LocalizedText>();

    /// <summary>Notification texts, per template name.</summary>
    public IReadOnlyDictionary<string, LocalizedText> Notifications { get; init; } = new Dictionary<string, LocalizedText>();

    /// <summary>"id@version", the way cases and the CLI refer to a definition.</summary>
    [JsonIgnore]
    internal string Key => $"{Id}@{Version}";
}

public sealed record StageDefinition(string Id, LocalizedText Name);

public sealed record StateDefinition
{
    public required string Id { get; init; }
    public required string Stage { get; init; }
    public required LocalizedText Name { get; init; }
    public bool Terminal { get; init; }
    // Effects are the engine's own business; the file model reads them all the same.
    [JsonInclude]
    internal IReadOnlyList<EffectDefinition> OnEntry { get; init; } = [];

    [JsonInclude]
    internal IReadOnlyList<EffectDefinition> OnExit { get; init; } = [];
}

public sealed record TransitionDefinition
{
    public required string Trigger { get; init; }

    /// <summary>The states the action can be taken from; one string or a list in the file.</summary>
    [JsonConverter(typeof(OneOrManyConverter))]
    public required IReadOnlyList<string> From { get; init; }

    /// <summary>The target state; absent for an action that records something and stays in place.</summary>
    public string? To { get; init; }

    public IReadOnlyList<string> Roles { get; init; } = [];
    public IReadOnlyList<string> Guards { get; init; } = [];
    public IReadOnlyList<InputFieldDefinition> Input { get; init; } = [];
    [JsonInclude]
    internal IReadOnlyList<EffectDefinition> Effects { get; init; } = [];
    public required LocalizedText Name { get; init; }

    [JsonIgnore]
    internal bool IsInternal => To is null;
}

public sealed record InputFieldDefinition
{
    public required string Name { get; init; }
    public required string Type { get; init; }
    public bool Required { get; init; }

    /// <summary>Confidential values (session notes) are shown only to those who may read case content.</summary>
    public bool Confidential { get; init; }

    public IReadOnlyList<ChoiceOption> Options { get; init; } = [];
    public required LocalizedText Label { get; init; }
}

public sealed record ChoiceOption(string Value, LocalizedText Label);

public sealed record TimerDefinition
{
    public required string Id { get; init; }
    public required string State { get; init; }

    /// <summary>ISO-8601 duration after entering the state.</summary>
    public string? After { get; init; }

    /// <summary>Name of a date in the case data (a date input of an earlier action).</summary>
    public string? At { get; init; }

    public required string Fires { get; init; }

    /// <summary>True for the case's deadline: shown to users and used to order inboxes by urgency.</summary>
    public bool Deadline { get; init; }

    public required LocalizedText Name { get; init; }
}

/// <summary>A named effect with its parameters; which parameters apply depends on the effect.</summary>
internal sealed record EffectDefinition
{
    public required string Effect { get; init; }
    public string? Role { get; init; }
    public string? Template { get; init; }

    /// <summary>A guard name: the effect happens only when that guard passes.</summary>
    public string? When { get; init; }

    public string? Fires { get; init; }
}

internal sealed class OneOrManyConverter : JsonConverter<IReadOnlyList<string>>
{
    public override IReadOnlyList<string> Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String
            ? [reader.GetString()!]
            : JsonSerializer.Deserialize<List<string>>(ref reader, options) ?? [];

    public override void Write(Utf8JsonWriter writer, IReadOnlyList<string> value, JsonSerializerOptions options)
    {
        if (value.Count == 1)
        {
            writer.WriteStringValue(value[0]);
        }
        else
        {
            JsonSerializer.Serialize(writer, value, options);
        }
    }
}
