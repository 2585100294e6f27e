using MediationFlow.Workflows.Definitions;

namespace MediationFlow.Workflows.Engine;

/// <summary>What a guard sees: the case facts as stored before the action, its input when it is being fired, the actor's roles, the time.</summary>
/// <param name="Input">Null while the engine only lists actions; guards that judge input pass then.</param>
/// <param name="Screening">The definition's screening questions, which decide what bars mediation.</param>
internal sealed record GuardContext(
    CaseFacts Facts, ActionInput? Input, DateTimeOffset Now, WorkflowSettings Settings,
    IReadOnlySet<string> Roles, IReadOnlyList<ScreeningQuestion> Screening);

/// <summary>Facts the application only gathers when a guard of the case's state needs them (they cost a query).</summary>
internal static class CostlyFacts
{
    public const string EligibleMediators = "eligibleMediators";
}

/// <summary>A guard the engine knows by name, with the settings, input fields and costly facts it reads.</summary>
internal sealed record Guard(
    string Name,
    Func<GuardContext, bool> Passes,
    IReadOnlyList<string> RequiredSettings,
    (string Field, string Type)? RequiredInput = null,
    string? RequiredFact = null);

/// <summary>The named guards a definition may use. Definitions name them; their logic lives here.</summary>
internal static class Guards
{
    public static readonly IReadOnlyDictionary<string, Guard> All = new Guard[]
    {
        new("mediable", c => !BarsMediation(c), []),
        new("notMediable", BarsMediation, []),
        new("hasRespondent", c => c.Facts.Parties.Any(p => p.Role == PartyRole.Respondent), []),
        new("hasBothSides", HasBothSides, []),
        new("allPartiesConsented", c => c.Facts.Parties.Count >= 2 && c.Facts.Parties.All(p => p.Consented), []),
        new("allPartiesAccepted", AllPartiesAccepted, []),
        new("notAllPartiesAccepted", c => !AllPartiesAccepted(c), []),
        new("mediatorAvailable", c => c.Facts.EligibleMediators is not 0, [], RequiredFact: CostlyFacts.EligibleMediators),
        new("noEligibleMediator", c => c.Facts.EligibleMediators is 0, [], RequiredFact: CostlyFacts.EligibleMediators),
        new("noMediatorAssigned", c => !c.Facts.MediatorAssigned, []),
        new("mediationNotStarted", c => !c.Facts.Dates.ContainsKey(CaseDates.MediationStartedOn), []),
        new("mediationStarted", c => c.Facts.Dates.ContainsKey(CaseDates.MediationStartedOn), []),
        new("sessionScheduled", c => c.Facts.Sessions.Any(s => s.Pending), []),
        new("sessionPending", c => c.Facts.Sessions.Any(s => s.Pending), []),
        new("sessionHeld", c => c.Facts.Sessions.Any(s => s.Held), []),
        new("everyPartyHeard", EveryPartyHeard, []),
        new("impasseGrounds", ImpasseGrounds, ["noShowsForImpasse"]),
        new("hasTerms", c => c.Facts.Settlement is { HasTerms: true } || c.Facts.Obligations.Count > 0, []),
        new("hasObligations", c => c.Facts.Obligations.Count > 0, []),
        new("notOwnAgreement", c => !c.Roles.Contains(RoleNames.Mediator), []),
        new("allPartiesSigned", AllPartiesSigned, []),
        new("obligationOpen", ObligationOpen, [], ("obligation", InputTypes.Obligation)),
        new("allObligationsFulfilled", c => c.Facts.Obligations.Count > 0 && c.Facts.Obligations.All(o => o.Status == ObligationStatus.Fulfilled), []),
        new("everyObligationFulfilled", c => c.Facts.Obligations.All(o => o.Status == ObligationStatus.Fulfilled), []),
        new("anyObligationBreached", c => c.Facts.Obligations.Any(o => o.Status == ObligationStatus.Breached), []),
        new("courtApplied", c => c.Facts.CourtApplied, []),
        new("extensionAllowed", c => c.Facts.Extensions < c.Settings.MaxExtensions, ["maxExtensions"]),
        new("extensionWithinLimit", ExtensionWithinLimit, ["maxExtension"], ("extendedUntil", InputTypes.Date)),
        new("sensitiveCategory", c => c.Facts.Category is { } category && c.Settings.SensitiveCategories.Contains(category), ["sensitiveCategories"]),
    }.ToDictionary(g => g.Name, StringComparer.Ordinal);

    private static bool BarsMediation(GuardContext c) =>
        c.Screening.Any(q => q.Bars && c.Facts.Screening.Answer(q.Id));

    private static bool HasBothSides(GuardContext c) =>
        c.Facts.Parties.Any(p => p.Role == PartyRole.Applicant) && c.Facts.Parties.Any(p => p.Role == PartyRole.Respondent);

    /// <summary>Consent is given to a mediator: after a replacement or recusal every party must consent again (Art. 2, item 2).</summary>
    private static bool AllPartiesAccepted(GuardContext c) => HasBothSides(c) && c.Facts.Parties.All(p => p.AcceptedMediator);

    private static bool EveryPartyHeard(GuardContext c)
    {
        var heard = c.Facts.Sessions.Where(s => s.Held).SelectMany(s => s.Attended).ToHashSet(StringComparer.Ordinal);
        return c.Facts.Parties.Count > 0 && c.Facts.Parties.All(p => heard.Contains(p.Id));
    }

    /// <summary>A session held, or a party who stayed away from enough sessions: a respondent who never comes can still be closed honestly.</summary>
    private static bool ImpasseGrounds(GuardContext c)
    {
        if (c.Facts.Sessions.Any(s => s.Held))
        {
            return true;
        }

        var needed = c.Settings.Count("noShowsForImpasse");
        return c.Facts.Sessions.Where(s => s.Recorded && s.NoShow)
            .SelectMany(s => s.Absent)
            .CountBy(party => party, StringComparer.Ordinal)
            .Any(absences => absences.Value >= needed);
    }

    private static bool AllPartiesSigned(GuardContext c) =>
        c.Facts.Settlement is { } settlement && c.Facts.Parties.Count > 0 && c.Facts.Parties.All(p => settlement.SignedParties.Contains(p.Id));

    private static bool ObligationOpen(GuardContext c) =>
        c.Input is null || c.Input.Text("obligation") is not { } id
        || c.Facts.Obligations.Any(o => o.Id == id && o.Status == ObligationStatus.Open);

    /// <summary>
    /// From version 3 the new deadline counts from the current one (a date the case has); versions 1 and 2 had only a
    /// timer for the deadline, so theirs counts from today.
    /// </summary>
    private static bool ExtensionWithinLimit(GuardContext c)
    {
        if (c.Input is null || !c.Input.TryGet("extendedUntil", out DateOnly until))
        {
            return true;
        }

        var from = c.Facts.Dates.TryGetValue(CaseDates.TermEndsOn, out var deadline) ? deadline : c.Settings.Today(c.Now, c.Facts.TimeZone);
        var latest = from.AddDays((int)Math.Floor(c.Settings.MaxExtension!.Value.TotalDays));
        return until > from && until <= latest;
    }
}
