using System.Text.Json;
using System.Text.Json.Serialization;

namespace MediationFlow.Workflows.Definitions;

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

/// <summary>Reads a guard as a label (the reason) or as <c>{ "reason": label, "basis": id }</c>.</summary>
internal sealed class GuardRuleConverter : JsonConverter<GuardRule>
{
    private sealed record Shape(LocalizedText Reason, string? Basis);

    public override GuardRule Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        var element = document.RootElement;
        if (element.ValueKind == JsonValueKind.Object && element.TryGetProperty("reason", out _))
        {
            var shape = element.Deserialize<Shape>(options) ?? throw new JsonException("A guard needs its reason.");
            return new GuardRule(shape.Reason, shape.Basis);
        }

        return new GuardRule(element.Deserialize<LocalizedText>(options) ?? throw new JsonException("A guard needs its reason."));
    }

    public override void Write(Utf8JsonWriter writer, GuardRule value, JsonSerializerOptions options)
    {
        if (value.Basis is null)
        {
            JsonSerializer.Serialize(writer, value.Reason, options);
        }
        else
        {
            JsonSerializer.Serialize(writer, new Shape(value.Reason, value.Basis), options);
        }
    }
}

/// <summary>Reads a timer's <c>at</c> as a date name or as <c>{ "date", "plus", "minus" }</c>.</summary>
internal sealed class DueDateConverter : JsonConverter<DueDate>
{
    private sealed record Shape(string Date, string? Plus, string? Minus);

    public override DueDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            return new DueDate(reader.GetString()!);
        }

        var shape = JsonSerializer.Deserialize<Shape>(ref reader, options) ?? throw new JsonException("A timer's date needs its name.");
        return new DueDate(shape.Date, shape.Plus, shape.Minus);
    }

    public override void Write(Utf8JsonWriter writer, DueDate value, JsonSerializerOptions options)
    {
        if (value.Plus is null && value.Minus is null)
        {
            writer.WriteStringValue(value.Date);
        }
        else
        {
            JsonSerializer.Serialize(writer, new Shape(value.Date, value.Plus, value.Minus), options);
        }
    }
}
