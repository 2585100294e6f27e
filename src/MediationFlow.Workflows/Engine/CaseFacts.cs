namespace MediationFlow.Workflows.Engine;

/// <summary>
/// What the guards of a workflow may know about a case. The caller builds it from its stored
/// case; the engine never reads a database.
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

    /// <summary>Dates from earlier actions' input, by field name; timers may fire at them.</summary>
    public IReadOnlyDictionary<string, DateOnly> Dates { get; init; } = new Dictionary<string, DateOnly>();
}

/// <summary>Answers to the screening questions of the law's Article 1 (disputes that cannot be mediated).</summary>
public sealed record ScreeningAnswers(bool AffectsThirdParties, bool PartyLacksCapacity, bool CorruptionOrPublicServiceOffence)
{
    internal static readonly ScreeningAnswers None = new(false, false, false);

    internal bool AnyBarsMediation => AffectsThirdParties || PartyLacksCapacity || CorruptionOrPublicServiceOffence;
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

public sealed record PartyFact(string Id, PartyRole Role, bool Consented);

public enum SessionKind
{
    Joint,
    Separate,
}

/// <param name="NoShow">Recorded, but a party did not come: the session was not held.</param>
public sealed record SessionFact(string Id, bool Recorded, bool NoShow = false)
{
    internal bool Held => Recorded && !NoShow;
}

public enum ObligationStatus
{
    Open,
    Fulfilled,
    Breached,
}

public sealed record ObligationFact(string Id, DateOnly DueOn, ObligationStatus Status);
