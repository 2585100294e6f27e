using System.Globalization;
using System.Text.Json;
using System.Xml;

namespace MediationFlow.Workflows.Engine;

/// <summary>
/// The settings a definition carries for values that come from the law or from practice
/// (the term, extension limits, answer windows), typed once at compile time.
/// </summary>
public sealed record WorkflowSettings
{
    /// <summary>The known setting names and the kind of value each takes.</summary>
    internal static readonly IReadOnlyDictionary<string, SettingKind> Known = new Dictionary<string, SettingKind>
    {
        ["term"] = SettingKind.Duration,
        ["maxExtension"] = SettingKind.Duration,
        ["maxExtensions"] = SettingKind.Count,
        ["deadlineWarning"] = SettingKind.Duration,
        ["expiryGrace"] = SettingKind.Duration,
        ["consentWindow"] = SettingKind.Duration,
        ["noShowsForImpasse"] = SettingKind.Count,
        ["checkEscalation"] = SettingKind.Duration,
        ["firstFollowUp"] = SettingKind.Duration,
        ["secondFollowUp"] = SettingKind.Duration,
        ["utcOffset"] = SettingKind.UtcOffset,
        ["sensitiveCategories"] = SettingKind.StringList,
    };

    /// <summary>Where neither the definition nor the case names a zone: Kazakhstan's, UTC+5.</summary>
    private static readonly TimeZoneInfo DefaultZone = TimeZoneInfo.CreateCustomTimeZone("UTC+05", TimeSpan.FromHours(5), "UTC+05", "UTC+05");

    internal WorkflowSettings()
    {
    }

    private Dictionary<string, TimeSpan> Durations { get; init; } = [];

    private Dictionary<string, int> Counts { get; init; } = [];

    internal TimeSpan? MaxExtension => Durations.TryGetValue("maxExtension", out var value) ? value : null;

    internal int? MaxExtensions => Counts.TryGetValue("maxExtensions", out var value) ? value : null;

    /// <summary>The definition's fixed offset for date-only deadlines (versions 1 and 2); null from version 3, which uses the council's zone.</summary>
    internal TimeSpan? UtcOffset { get; init; }

    internal IReadOnlySet<string> SensitiveCategories { get; init; } = new HashSet<string>();

    internal static WorkflowSettings From(IReadOnlyDictionary<string, JsonElement> values)
    {
        var durations = new Dictionary<string, TimeSpan>(StringComparer.Ordinal);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var settings = new WorkflowSettings();
        foreach (var (name, value) in values)
        {
            switch (Known.GetValueOrDefault(name, (SettingKind)(-1)))
            {
                case SettingKind.Duration:
                    durations[name] = ParseDuration(value.GetString());
                    break;
                case SettingKind.Count:
                    counts[name] = value.GetInt32();
                    break;
                case SettingKind.UtcOffset:
                    settings = settings with { UtcOffset = ParseOffset(value.GetString()) };
                    break;
                case SettingKind.StringList:
                    settings = settings with { SensitiveCategories = value.EnumerateArray().Select(e => e.GetString() ?? string.Empty).ToHashSet() };
                    break;
            }
        }

        return settings with { Durations = durations, Counts = counts };
    }

    /// <summary>A duration written in a definition: an ISO-8601 duration, or the name of a duration setting.</summary>
    public TimeSpan Duration(string nameOrIso) =>
        Durations.TryGetValue(nameOrIso, out var setting) ? setting : ParseDuration(nameOrIso);

    /// <summary>The value of a count setting (maxExtensions, noShowsForImpasse).</summary>
    public int Count(string name) =>
        Counts.TryGetValue(name, out var value) ? value : throw new KeyNotFoundException($"The definition has no count setting '{name}'.");

    internal bool HasDuration(string name) => Durations.ContainsKey(name);

    /// <summary>A setting as a reader sees it: a duration in whole days, a count as it is; null for an unknown name.</summary>
    internal string? Show(string name) =>
        Durations.TryGetValue(name, out var duration) ? ((int)duration.TotalDays).ToString(CultureInfo.InvariantCulture)
        : Counts.TryGetValue(name, out var count) ? count.ToString(CultureInfo.InvariantCulture)
        : null;

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
    public DateTimeOffset EndOfDay(DateOnly date) => EndOfDay(date, null);

    /// <summary>
    /// The end of <paramref name="date"/> (midnight of the next day) where the case is: the definition's offset when
    /// it has one (versions 1 and 2), else the case's zone, else UTC+5.
    /// </summary>
    public DateTimeOffset EndOfDay(DateOnly date, TimeZoneInfo? zone) => StartOfDay(date.AddDays(1), zone);

    /// <summary>Midnight at the start of <paramref name="date"/> where the case is.</summary>
    internal DateTimeOffset StartOfDay(DateOnly date, TimeZoneInfo? zone)
    {
        var midnight = date.ToDateTime(TimeOnly.MinValue);
        return new(midnight, OffsetAt(midnight, zone));
    }

    /// <summary>Today's date in the definition's zone.</summary>
    public DateOnly Today(DateTimeOffset now) => Today(now, null);

    /// <summary>The date of <paramref name="now"/> where the case is (see <see cref="EndOfDay(DateOnly, TimeZoneInfo)"/>).</summary>
    public DateOnly Today(DateTimeOffset now, TimeZoneInfo? zone) => DateOnly.FromDateTime(LocalTime(now, zone));

    /// <summary>The wall-clock time of <paramref name="moment"/> where the case is.</summary>
    internal DateTime LocalTime(DateTimeOffset moment, TimeZoneInfo? zone) =>
        UtcOffset is { } offset ? moment.ToOffset(offset).DateTime : TimeZoneInfo.ConvertTime(moment, zone ?? DefaultZone).DateTime;

    /// <summary>The offset of a wall-clock time where the case is, for a local time a form sends.</summary>
    internal TimeSpan OffsetAt(DateTime wallClock, TimeZoneInfo? zone) =>
        UtcOffset ?? (zone ?? DefaultZone).GetUtcOffset(wallClock);
}

internal enum SettingKind
{
    Duration,
    Count,
    UtcOffset,
    StringList,
}
