namespace MediationFlow.Workflows.Engine;

/// <summary>
/// What the guards of a workflow may know about a case. The caller builds it from its stored
/// case; the engine never reads a database. From version 3 the lists hold the current round only.
/// </summary>
public sealed record CaseFacts
{
    internal static readonly CaseFacts Empty = new();

    public string? Category { get; init; }
    public ScreeningAnswers Screening { get; init; } = ScreeningAnswers.None;
    public IReadOnlyList<PartyFact> Parties { get; init; } = [];
    public IReadOnlyList<SessionFact> Sessions { get; init; } = [];
    public IReadOnlyList<ObligationFact> Obligations { get; init; } = [];

    /// <summary>How many times the mediation deadline has been extended.</summary>
    public int Extensions { get; init; }

    /// <summary>
    /// The case's dates by name: those of <see cref="CaseDates"/> from version 3, dates from earlier actions' input
    /// before. Timers may fire at them and date inputs may be bounded by them.
    /// </summary>
    public IReadOnlyDictionary<string, DateOnly> Dates { get; init; } = new Dictionary<string, DateOnly>();

    /// <summary>The round of mediation the case is in; a party's request after an unsuccessful end opens the next.</summary>
    public int Round { get; init; } = 1;

    /// <summary>The council's time zone: a date ends at midnight there. Null: the definition's offset, or +05:00.</summary>
    public TimeZoneInfo? TimeZone { get; init; }

    public bool MediatorAssigned { get; init; }

    /// <summary>The council's mediators who have not recused from the case; null when the caller did not count them.</summary>
    public int? EligibleMediators { get; init; }

    public IReadOnlyList<RepresentativeFact> Representatives { get; init; } = [];

    /// <summary>Who attends without being a party: support persons, interpreters, experts.</summary>
    public IReadOnlyList<ParticipantFact> Participants { get; init; } = [];

    /// <summary>The round's draft settlement agreement; null until the parties reach a settlement.</summary>
    public SettlementFact? Settlement { get; init; }

    /// <summary>A party's application to court has been recorded in this round.</summary>
    public bool CourtApplied { get; init; }

    /// <summary>The round's case file: signed copies and generated documents; filled only where an action requires one.</summary>
    public IReadOnlyList<CaseFileFact> CaseFile { get; init; } = [];
}

/// <summary>
/// One entry of the case file: a signed copy of <paramref name="Attachment"/> (for the party, obligation or session
/// <paramref name="For"/>), or a version of the generated <paramref name="Document"/>.
/// </summary>
public sealed record CaseFileFact(string? Attachment, string? Document, string? For = null);

/// <summary>Answers to the screening questions of the law's Article 1 (disputes that cannot be mediated).</summary>
public sealed record ScreeningAnswers(bool AffectsThirdParties, bool PartyLacksCapacity, bool CorruptionOrPublicServiceOffence)
{
    internal static readonly ScreeningAnswers None = new(false, false, false);

    public bool StateBodyIsParty { get; init; }

    /// <summary>A bar among the three questions of versions 1 and 2 (the hand-written benchmark twin of the engine reads it).</summary>
    internal bool AnyBarsMediation => AffectsThirdParties || PartyLacksCapacity || CorruptionOrPublicServiceOffence;

    /// <summary>The answer to a screening question by its id; false for an id the engine does not know.</summary>
    internal bool Answer(string question) => question switch
    {
        ScreeningIds.AffectsThirdParties => AffectsThirdParties,
        ScreeningIds.PartyLacksCapacity => PartyLacksCapacity,
        ScreeningIds.CorruptionOrPublicServiceOffence => CorruptionOrPublicServiceOffence,
        ScreeningIds.StateBodyIsParty => StateBodyIsParty,
        _ => false,
    };
}

/// <summary>The screening questions the engine has answers for.</summary>
internal static class ScreeningIds
{
    public const string AffectsThirdParties = "affectsThirdParties";
    public const string PartyLacksCapacity = "partyLacksCapacity";
    public const string CorruptionOrPublicServiceOffence = "corruptionOrPublicServiceOffence";
    public const string StateBodyIsParty = "stateBodyIsParty";

    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal)
    {
        AffectsThirdParties, PartyLacksCapacity, CorruptionOrPublicServiceOffence, StateBodyIsParty,
    };
}

public enum PartyRole
{
    Applicant,
    Respondent,
    Other,
}

public enum PartyKind
{
    Person,
    Organisation,
}

/// <param name="Consented">Before version 3: the party consented. From version 3 see <see cref="AcceptedMediator"/>.</param>
public sealed record PartyFact(string Id, PartyRole Role, bool Consented)
{
    /// <summary>The party consented in this round and so accepted the mediator assigned now.</summary>
    public bool AcceptedMediator { get; init; }

    public PartyKind Kind { get; init; }
}

/// <param name="HasAuthority">The document of the representative's authority is recorded.</param>
public sealed record RepresentativeFact(string Id, string PartyId, bool HasAuthority);

public sealed record ParticipantFact(string Id);

/// <param name="HasTerms">The draft has its terms written.</param>
/// <param name="SignedParties">The parties who signed the current draft.</param>
public sealed record SettlementFact(bool HasTerms, IReadOnlySet<string> SignedParties);

public enum SessionKind
{
    Joint,
    Separate,
}

/// <param name="NoShow">Recorded, but a party did not come: the session was not held.</param>
public sealed record SessionFact(string Id, bool Recorded, bool NoShow = false)
{
    public SessionKind Kind { get; init; }

    /// <summary>The one party of a separate session.</summary>
    public string? PartyId { get; init; }

    public DateTimeOffset? PlannedAt { get; init; }

    public bool Cancelled { get; init; }

    /// <summary>The parties heard, themselves or through a representative.</summary>
    public IReadOnlySet<string> Attended { get; init; } = new HashSet<string>();

    /// <summary>The parties who did not come to a session recorded as a no-show.</summary>
    public IReadOnlySet<string> Absent { get; init; } = new HashSet<string>();

    internal bool Held => Recorded && !NoShow && !Cancelled;

    internal bool Pending => !Recorded && !Cancelled;
}

public enum ObligationStatus
{
    Open,
    Fulfilled,
    Breached,
}

public sealed record ObligationFact(string Id, DateOnly DueOn, ObligationStatus Status);
