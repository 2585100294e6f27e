using System.Globalization;
using MediationFlow.Workflows.Definitions;
using MediationFlow.Workflows.Engine;

namespace MediationFlow.Workflows.Tests.Engine;

/// <summary>
/// Random raw input that is valid for an action's field types on a given case, written the ways a
/// form or an API client may write it. Drawn from a seeded <see cref="Random"/> so a failing sample replays.
/// </summary>
internal static class ValidInput
{
    private static readonly string[] Yes = ["true", "TRUE", "yes", "on", "1"];
    private static readonly string[] YesOrNo = ["true", "false", "yes", "no", "on", "off", "1", "0"];

    /// <summary>Null when no valid input exists: a required reference to a party, session or obligation the case does not have.</summary>
    public static Dictionary<string, string?>? For(TransitionDefinition transition, CaseFacts facts, DateTimeOffset now, WorkflowSettings settings, int seed)
    {
#pragma warning disable CA5394 // Test data, not security: the seed comes from the property test's generator.
        var random = new Random(seed);
        var input = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var field in transition.Input)
        {
            if (!field.Required && random.Next(3) == 0)
            {
                // Optional fields are sometimes left out and sometimes sent empty, as forms do.
                if (random.Next(2) == 0)
                {
                    input[field.Name] = string.Empty;
                }

                continue;
            }

            var value = Value(field, facts, settings.Today(now), settings, random);
            if (value is null)
            {
                if (field.Required)
                {
                    return null;
                }

                continue;
            }

            input[field.Name] = value;
        }

        return input;
    }

    private static string? Value(InputFieldDefinition field, CaseFacts facts, DateOnly today, WorkflowSettings settings, Random random) =>
        field.Type switch
        {
            InputTypes.Text => $"text {random.Next(1000)}",
            InputTypes.LongText => new string('n', random.Next(1, 400)),
            InputTypes.User => $"user-{random.Next(100)}",
            InputTypes.Boolean => YesOrNo[random.Next(YesOrNo.Length)],
            InputTypes.Confirmation => Yes[random.Next(Yes.Length)],
            InputTypes.Number => random.Next(-1000, 1000).ToString(CultureInfo.InvariantCulture),
            InputTypes.Date => Date(field, today, settings, random).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            InputTypes.DateTime => DateTime(today, random),
            InputTypes.Choice => field.Options[random.Next(field.Options.Count)].Value,
            InputTypes.Party => Pick(facts.Parties.Select(p => p.Id), random),
            InputTypes.Session => Pick(facts.Sessions.Select(s => s.Id), random),
            InputTypes.Obligation => Pick(facts.Obligations.Select(o => o.Id), random),
            _ => throw new InvalidOperationException($"No generator for input type '{field.Type}'."),
        };

    /// <summary>
    /// The new deadline of an extension is judged by the extensionWithinLimit guard, so a valid one lies
    /// after today and within settings.maxExtension; any other date field takes any date.
    /// </summary>
    private static DateOnly Date(InputFieldDefinition field, DateOnly today, WorkflowSettings settings, Random random) =>
        field.Name == "extendedUntil"
            ? today.AddDays(random.Next(1, (int)settings.MaxExtension!.Value.TotalDays + 1))
            : today.AddDays(random.Next(-60, 400));

    private static string DateTime(DateOnly today, Random random)
    {
        var moment = today.AddDays(random.Next(0, 60)).ToDateTime(new TimeOnly(random.Next(8, 20), random.Next(0, 4) * 15));
        return random.Next(4) switch
        {
            0 => moment.ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture),
            1 => moment.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
            2 => moment.ToString("yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture) + "+06:00",
            _ => moment.ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture) + "Z",
        };
    }

    private static string? Pick(IEnumerable<string> ids, Random random)
    {
        var all = ids.ToArray();
        return all.Length == 0 ? null : all[random.Next(all.Length)];
    }
#pragma warning restore CA5394
}
