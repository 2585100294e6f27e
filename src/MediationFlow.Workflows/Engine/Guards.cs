namespace MediationFlow.Workflows.Engine;

/// <summary>What a guard sees: the case facts, the action's input when it is being fired, the time.</summary>
/// <param name="Input">Null while the engine only lists actions; guards that judge input pass then.</param>
internal sealed record GuardContext(CaseFacts Facts, ActionInput? Input, DateTimeOffset Now, WorkflowSettings Settings);

/// <summary>A guard the engine knows by name, with the settings and input fields it reads.</summary>
internal sealed record Guard(
    string Name,
    Func<GuardContext, bool> Passes,
    IReadOnlyList<string> RequiredSettings,
    (string Field, string Type)? RequiredInput = null);

/// <summary>The named guards a definition may use. Definitions name them; their logic lives here.</summary>
internal static class Guards
{
    public static readonly IReadOnlyDictionary<string, Guard> All = new Guard[]
    {
        new("mediable", c => !c.Facts.Screening.AnyBarsMediation, []),
        new("notMediable", c => c.Facts.Screening.AnyBarsMediation, []),
        new("hasRespondent", c => c.Facts.Parties.Any(p => p.Role == PartyRole.Respondent), []),
        new("allPartiesConsented", c => c.Facts.Parties.Count >= 2 && c.Facts.Parties.All(p => p.Consented), []),
        new("sessionScheduled", c => c.Facts.Sessions.Any(s => !s.Recorded), []),
        new("sessionHeld", c => c.Facts.Sessions.Any(s => s.Held), []),
        new("hasObligations", c => c.Facts.Obligations.Count > 0, []),
        new("allObligationsFulfilled", c => c.Facts.Obligations.Count > 0 && c.Facts.Obligations.All(o => o.Status == ObligationStatus.Fulfilled), []),
        new("anyObligationBreached", c => c.Facts.Obligations.Any(o => o.Status == ObligationStatus.Breached), []),
        new("extensionAllowed", c => c.Facts.Extensions < c.Settings.MaxExtensions, ["maxExtensions"]),
        new("extensionWithinLimit", ExtensionWithinLimit, ["maxExtension"], ("extendedUntil", InputTypes.Date)),
        new("sensitiveCategory", c => c.Facts.Category is { } category && c.Settings.SensitiveCategories.Contains(category), ["sensitiveCategories"]),
    }.ToDictionary(g => g.Name, StringComparer.Ordinal);

    private static bool ExtensionWithinLimit(GuardContext c)
    {
        if (c.Input is null || !c.Input.TryGet("extendedUntil", out DateOnly until))
        {
            return true;
        }

        var today = c.Settings.Today(c.Now);
        var latest = today.AddDays((int)Math.Floor(c.Settings.MaxExtension!.Value.TotalDays));
        return until > today && until <= latest;
    }
}
