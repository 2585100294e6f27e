using System.Globalization;
using System.Text.Json;
using System.Xml;

namespace MediationFlow.Workflows.Engine;

/// <summary>
/// The settings a definition carries for values that come from the law or from practice
/// (extension limits, the time zone of deadlines), typed once at compile time.
/// </summary>
public sealed record WorkflowSettings
{
    /// <summary>The known setting names and the kind of value each takes.</summary>
    internal static readonly IReadOnlyDictionary<string, SettingKind> Known = new Dictionary<string, SettingKind>
    {
        ["maxExtension"] = SettingKind.Duration,
        ["maxExtensions"] = SettingKind.Count,
        ["utcOffset"] = SettingKind.UtcOffset,
        ["sensitiveCategories"] = SettingKind.StringList,
    };

    internal WorkflowSettings()
    {
    }

    internal TimeSpan? MaxExtension { get; init; }
    internal int? MaxExtensions { get; init; }

    /// <summary>Offset in which date-only deadlines end; Kazakhstan uses one zone, UTC+5.</summary>
    internal TimeSpan UtcOffset { get; init; } = TimeSpan.FromHours(5);

    internal IReadOnlySet<string> SensitiveCategories { get; init; } = new HashSet<string>();

    internal static WorkflowSettings From(IReadOnlyDictionary<string, JsonElement> values)
    {
        var settings = new WorkflowSettings();
        foreach (var (name, value) in values)
        {
            settings = name switch
            {
                "maxExtension" => settings with { MaxExtension = ParseDuration(value.GetString()) },
                "maxExtensions" => settings with { MaxExtensions = value.GetInt32() },
                "utcOffset" => settings with { UtcOffset = ParseOffset(value.GetString()) },
                "sensitiveCategories" => settings with
                {
                    SensitiveCategories = value.EnumerateArray().Select(e => e.GetString() ?? string.Empty).ToHashSet(),
                },
                _ => settings,
            };
        }

        return settings;
    }

    /// <summary>Parses an ISO-8601 duration of days, hours and minutes ("P30D", "PT12H").</summary>
    public static TimeSpan ParseDuration(string? text) =>
        TryParseDuration(text, out var duration) ? duration : throw new FormatException($"'{text}' is not an ISO-8601 duration.");

    internal static bool TryParseDuration(string? text, out TimeSpan duration)
    {
        duration = default;
        // Years and months have no fixed length; the law counts calendar days, so we accept days and below.
        if (string.IsNullOrEmpty(text) || text.Contains('Y', StringComparison.Ordinal) || !text.StartsWith('P'))
        {
            return false;
        }

        var datePart = text.Split('T')[0];
        if (datePart.Contains('M', StringComparison.Ordinal) || datePart.Contains('W', StringComparison.Ordinal))
        {
            return false;
        }

        try
        {
            duration = XmlConvert.ToTimeSpan(text);
            return duration > TimeSpan.Zero;
        }
        catch (FormatException)
        {
            return false;
        }
    }

    internal static TimeSpan ParseOffset(string? text) =>
        TryParseOffset(text, out var offset) ? offset : throw new FormatException($"'{text}' is not a UTC offset.");

    internal static bool TryParseOffset(string? text, out TimeSpan offset)
    {
        offset = default;
        if (text is null || text.Length != 6 || (text[0] != '+' && text[0] != '-'))
        {
            return false;
        }

        if (!TimeSpan.TryParseExact(text[1..], @"hh\:mm", CultureInfo.InvariantCulture, out var magnitude))
        {
            return false;
        }

        offset = text[0] == '-' ? -magnitude : magnitude;
        return offset >= TimeSpan.FromHours(-14) && offset <= TimeSpan.FromHours(14);
    }

    /// <summary>A deadline given as a date runs to the end of that day in the definition's zone.</summary>
    public DateTimeOffset EndOfDay(DateOnly date) =>
        new(date.AddDays(1).ToDateTime(TimeOnly.MinValue), UtcOffset);

    /// <summary>Today's date in the definition's zone.</summary>
    public DateOnly Today(DateTimeOffset now) => DateOnly.FromDateTime(now.ToOffset(UtcOffset).DateTime);
}

internal enum SettingKind
{
    Duration,
    Count,
    UtcOffset,
    StringList,
}
