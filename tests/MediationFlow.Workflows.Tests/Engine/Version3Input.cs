using System.Globalization;
using MediationFlow.Workflows.Definitions;
using MediationFlow.Workflows.Engine;

namespace MediationFlow.Workflows.Tests.Engine;

/// <summary>
/// Input for a version 3 action that the engine accepts, if some exists: values are drawn from what the case has
/// (its parties, sessions, dates) and near today, and tried until one set fires. The engine stores nothing, so a
/// try changes nothing; its verdict is the judge of "valid", not a copy of its rules here.
/// </summary>
internal static class Version3Input
{
    private const int Tries = 60;

#pragma warning disable CA5394 // Test data, not security: the walks are seeded so a failure replays.
    public static Dictionary<string, string?>? Find(SimulatedCase c, TransitionDefinition transition, IReadOnlySet<string> roles, Random random)
    {
        for (var i = 0; i < Tries; i++)
        {
            var input = new Dictionary<string, string?>(StringComparer.Ordinal);
            foreach (var field in transition.Input.Where(f => f.Required || random.Next(3) > 0))
            {
                input[field.Name] = Value(field, c, random);
            }

            if (c.Workflow.Fire(c.State, transition.Trigger, c.Facts, roles, input, c.Now).Accepted)
            {
                return input;
            }
        }

        return null;
    }

    private static string? Value(InputFieldDefinition field, SimulatedCase c, Random random) => field.Type switch
    {
        InputTypes.Text => $"text {random.Next(100)}",
        InputTypes.LongText => $"note {random.Next(100)}",
        InputTypes.User => $"user-{random.Next(10)}",
        InputTypes.Boolean => random.Next(2) == 0 ? "true" : "false",
        InputTypes.Confirmation => "true",
        InputTypes.Number or InputTypes.Council => random.Next(1, 50).ToString(CultureInfo.InvariantCulture),
        InputTypes.Choice => field.Options[random.Next(field.Options.Count)].Value,
        InputTypes.Date => SimulatedCase.Iso(Date(field, c, random)),
        InputTypes.DateTime => Moment(c, random),
        InputTypes.Party => Pick(c.Facts.Parties.Select(p => p.Id), random),
        InputTypes.Parties => string.Join(",", Some(c.Facts.Parties.Select(p => p.Id), random)),
        InputTypes.Attendees => string.Join(",", Some(
            c.Facts.Parties.Select(p => $"party:{p.Id}")
                .Concat(c.Facts.Representatives.Select(r => $"representative:{r.Id}"))
                .Concat(c.Facts.Participants.Select(p => $"participant:{p.Id}")), random)),
        InputTypes.Representative => Pick(c.Facts.Representatives.Select(r => r.Id), random),
        InputTypes.Session => Pick(c.Facts.Sessions.Where(s => !s.Recorded && !s.Cancelled).Select(s => s.Id), random),
        InputTypes.Obligation => Pick(c.Facts.Obligations.Select(o => o.Id), random),
        _ => throw new InvalidOperationException($"No generator for input type '{field.Type}'."),
    };

    /// <summary>Today, a day near it, or a day near one of the case's dates: where the bounds of legal dates lie.</summary>
    private static DateOnly Date(InputFieldDefinition field, SimulatedCase c, Random random)
    {
        var anchors = c.Facts.Dates.Values.Append(c.Today).ToList();
        if (field.Name == "extendedUntil" && c.Facts.Dates.TryGetValue(CaseDates.TermEndsOn, out var deadline))
        {
            return deadline.AddDays(random.Next(1, 31));
        }

        return anchors[random.Next(anchors.Count)].AddDays(random.Next(-2, 8));
    }

    private static string Moment(SimulatedCase c, Random random)
    {
        var planned = c.Facts.Sessions.Where(s => s.PlannedAt is not null).Select(s => s.PlannedAt!.Value).ToList();
        var moment = random.Next(3) == 0 && planned.Count > 0
            ? planned[random.Next(planned.Count)].AddHours(random.Next(0, 3))
            : c.Now.AddHours(random.Next(-72, 48));
        return TimeZoneInfo.ConvertTime(moment, SimulatedCase.Almaty).ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture);
    }

    private static string? Pick(IEnumerable<string> ids, Random random)
    {
        var all = ids.ToArray();
        return all.Length == 0 ? null : all[random.Next(all.Length)];
    }

    private static List<string> Some(IEnumerable<string> ids, Random random)
    {
        var all = ids.ToArray();
        var chosen = all.Where(_ => random.Next(2) == 0).ToList();
        return chosen.Count > 0 || all.Length == 0 ? chosen : [all[random.Next(all.Length)]];
    }
#pragma warning restore CA5394
}
