namespace MediationFlow.Workflows.Engine;

/// <summary>
/// The dates of a case the engine knows by name (from version 3): the day each legal act happened, as entered,
/// not the moment it was recorded. Definitions label them, bound date inputs by them and time timers from them.
/// </summary>
public static class CaseDates
{
    public const string RegisteredOn = "registeredOn";
    public const string MediatorAssignedOn = "mediatorAssignedOn";
    public const string ProposalSentOn = "proposalSentOn";
    public const string LastConsentOn = "lastConsentOn";
    public const string MediationStartedOn = "mediationStartedOn";
    public const string TermEndsOn = "termEndsOn";
    public const string DraftApprovedOn = "draftApprovedOn";
    public const string LastSignatureOn = "lastSignatureOn";
    public const string SettlementSignedOn = "settlementSignedOn";
    public const string ClosedOn = "closedOn";
    public const string CourtAppliedOn = "courtAppliedOn";

    /// <summary>Dates the workflow sets (by an input's <c>records</c> or a <c>setDate</c> effect); the application stores them per round.</summary>
    public static readonly IReadOnlySet<string> Settable = new HashSet<string>(StringComparer.Ordinal)
    {
        MediatorAssignedOn, ProposalSentOn, MediationStartedOn, TermEndsOn, DraftApprovedOn, SettlementSignedOn,
    };

    /// <summary>Dates the application computes from what it stores (the registration, the latest consent...).</summary>
    public static readonly IReadOnlySet<string> Computed = new HashSet<string>(StringComparer.Ordinal)
    {
        RegisteredOn, LastConsentOn, LastSignatureOn, ClosedOn, CourtAppliedOn,
    };

    public static readonly IReadOnlySet<string> All = new HashSet<string>(Settable.Concat(Computed), StringComparer.Ordinal);

    /// <summary>A new round starts with none of these: only the registration belongs to the case rather than a round.</summary>
    internal static bool BelongsToRound(string name) => name != RegisteredOn;
}
