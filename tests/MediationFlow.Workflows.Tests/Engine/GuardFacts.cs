using MediationFlow.Workflows.Engine;

namespace MediationFlow.Workflows.Tests.Engine;

/// <summary>One fact the guards read, with every value the grid gives it.</summary>
internal sealed record FactAxis(string Name, IReadOnlyList<(string Name, Func<CaseFacts, CaseFacts> Apply)> Values);

/// <summary>
/// What each guard of the engine reads, as values of the facts the grid crosses. A guard a definition uses and this
/// table does not know fails the grid, so a new guard cannot slip past it.
/// </summary>
internal static class GuardFacts
{
    private static readonly ScreeningAnswers Ground = new(true, false, false);

    private static readonly FactAxis Screening = new("screening",
    [
        ("no ground bars mediation", f => f with { Screening = new(false, false, false) }),
        ("a ground bars mediation", f => f with { Screening = Ground }),
    ]);

    private static readonly FactAxis Consent = new("consent",
    [
        ("no party consented", f => f),
        ("one party consented", f => f with { Parties = [.. f.Parties.Select((p, i) => i == 0 ? Consenting(p) : p)] }),
        ("every party consented", f => f with { Parties = [.. f.Parties.Select(Consenting)] }),
    ]);

    private static readonly FactAxis Mediators = new("mediators",
    [
        ("eligible mediators left", f => f with { EligibleMediators = 1 }),
        ("no eligible mediator", f => f with { EligibleMediators = 0 }),
    ]);

    private static readonly FactAxis Sessions = new("sessions",
    [
        ("no session", f => f),
        ("a session planned", f => f with { Sessions = [new("planned", Recorded: false)] }),
        ("a joint session held with every party", f => f with
        {
            Sessions = [new SessionFact("held", Recorded: true) { Attended = f.Parties.Select(p => p.Id).ToHashSet(StringComparer.Ordinal) }],
        }),
        ("the respondent absent from two sessions", f => f with
        {
            Sessions = [.. Enumerable.Range(1, 2).Select(i => new SessionFact($"absent{i}", Recorded: true, NoShow: true)
            {
                Absent = new HashSet<string>(StringComparer.Ordinal) { "respondent" },
            })],
        }),
    ]);

    private static readonly FactAxis Draft = new("draft",
    [
        ("no draft", f => f),
        ("a draft with its terms", f => f with { Settlement = new(true, new HashSet<string>()) }),
    ]);

    private static readonly FactAxis Signatures = new("signatures",
    [
        ("no party signed", f => f),
        ("every party signed", f => f with
        {
            Settlement = new(f.Settlement?.HasTerms ?? true, f.Parties.Select(p => p.Id).ToHashSet(StringComparer.Ordinal)),
        }),
    ]);

    private static readonly FactAxis Obligations = new("obligations",
    [
        ("no obligation", f => f),
        .. Enum.GetValues<ObligationStatus>().Select(status => ($"an obligation {status.ToString().ToLowerInvariant()}",
            (Func<CaseFacts, CaseFacts>)(f => f with { Obligations = [new("obligation", new DateOnly(2026, 4, 1), status)] }))),
    ]);

    private static readonly FactAxis Court = new("court",
    [
        ("no application to court", f => f with { CourtApplied = false }),
        ("a party applied to court", f => f with { CourtApplied = true }),
    ]);

    private static readonly FactAxis Category = new("category",
    [
        ("an ordinary category", f => f with { Category = "neighbours" }),
        ("a sensitive category", f => f with { Category = "communityTension" }),
    ]);

    /// <summary>
    /// Guard name to the fact it reads. Null: the grid's situations already vary it (the mediator's assignment, the
    /// dates), or it reads only the actor's roles or the action's input, which pass while actions are listed.
    /// </summary>
    private static readonly Dictionary<string, FactAxis?> Reads = new(StringComparer.Ordinal)
    {
        ["mediable"] = Screening,
        ["notMediable"] = Screening,
        ["hasRespondent"] = null,
        ["hasBothSides"] = null,
        ["allPartiesConsented"] = Consent,
        ["allPartiesAccepted"] = Consent,
        ["notAllPartiesAccepted"] = Consent,
        ["mediatorAvailable"] = Mediators,
        ["noEligibleMediator"] = Mediators,
        ["noMediatorAssigned"] = null,
        ["mediationNotStarted"] = null,
        ["mediationStarted"] = null,
        ["sessionScheduled"] = Sessions,
        ["sessionPending"] = Sessions,
        ["sessionHeld"] = Sessions,
        ["everyPartyHeard"] = Sessions,
        ["impasseGrounds"] = Sessions,
        ["hasTerms"] = Draft,
        ["hasObligations"] = Obligations,
        ["notOwnAgreement"] = null,
        ["allPartiesSigned"] = Signatures,
        ["obligationOpen"] = null,
        ["allObligationsFulfilled"] = Obligations,
        ["everyObligationFulfilled"] = Obligations,
        ["anyObligationBreached"] = Obligations,
        ["courtApplied"] = Court,
        ["extensionAllowed"] = null,
        ["extensionWithinLimit"] = null,
        ["sensitiveCategory"] = Category,
    };

    /// <summary>The guards whose fact the grid's situations vary: a date of the case, which the situations derive from the definition.</summary>
    public static readonly IReadOnlyDictionary<string, string> DateGuards = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["mediationNotStarted"] = CaseDates.MediationStartedOn,
        ["mediationStarted"] = CaseDates.MediationStartedOn,
    };

    public static bool Knows(string guard) => Reads.ContainsKey(guard);

    public static bool GroundFound(CaseFacts facts) => facts.Screening == Ground;

    /// <summary>
    /// The facts the actions from <paramref name="state"/> read: their guards', the screening where an action ends the
    /// case on a ground it found, and how many extensions are left where a guard counts them.
    /// </summary>
    public static IReadOnlyList<FactAxis> AxesOf(CompiledWorkflow workflow, string state)
    {
        var outgoing = workflow.Definition.Transitions.Where(t => t.From.Contains(state)).ToArray();
        var unknown = outgoing.SelectMany(t => t.Guards).Where(g => !Reads.ContainsKey(g)).ToArray();
        if (unknown.Length > 0)
        {
            throw new InvalidOperationException($"The grid does not know what guards {string.Join(", ", unknown)} read (state {state}).");
        }

        var axes = outgoing.SelectMany(t => t.Guards).Select(g => Reads[g]).OfType<FactAxis>().ToList();
        if (outgoing.Any(t => t.Input.Any(f => f.OptionsFrom == "screening")))
        {
            axes.Add(Screening);
        }

        if (outgoing.Any(t => t.Guards.Contains("extensionAllowed")))
        {
            axes.Add(Extensions(workflow.Settings.MaxExtensions ?? 1));
        }

        // A draft and its signatures are one settlement: the draft is set first so the signatures keep its terms.
        return [.. axes.Distinct().OrderBy(a => a == Signatures)];
    }

    private static FactAxis Extensions(int max) => new("extensions",
    [
        ("no extension yet", f => f with { Extensions = 0 }),
        ("every extension used", f => f with { Extensions = max }),
    ]);

    private static PartyFact Consenting(PartyFact party) => party with { Consented = true, AcceptedMediator = true };
}
