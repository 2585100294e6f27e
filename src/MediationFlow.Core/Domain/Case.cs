namespace MediationFlow.Core.Domain;

/// <summary>A dispute brought to a council, moving through the workflow version it started on.</summary>
public sealed class Case
{
    public long Id { get; set; }

    /// <summary>Human-readable, per council and year: "AKM-07-2026-0042".</summary>
    public required string Number { get; set; }

    public int CouncilId { get; set; }
    public Council? Council { get; set; }
    public int Year { get; set; }
    public DisputeCategory Category { get; set; }
    public required string Description { get; set; }

    public bool AffectsThirdParties { get; set; }
    public bool PartyLacksCapacity { get; set; }
    public bool CorruptionOrPublicServiceOffence { get; set; }

    /// <summary>Screening: a state body is one of the parties (Art. 1(3) in the editions that could be read).</summary>
    public bool StateBodyIsParty { get; set; }

    /// <summary>Who brought the case to the council; null when nobody recorded it (every case before version 3).</summary>
    public ReferralSource? ReferralSource { get; set; }

    public string? ReferralNote { get; set; }

    /// <summary>A court or administrative proceeding the dispute is part of, as its number or name.</summary>
    public string? ProceedingReference { get; set; }

    public required string DefinitionId { get; set; }
    public int DefinitionVersion { get; set; }
    public required string State { get; set; }
    public required string Stage { get; set; }
    public bool IsClosed { get; set; }

    /// <summary>Why the case ended (a reason id of its definition), set with its end state.</summary>
    public string? OutcomeReason { get; set; }

    /// <summary>The round of mediation under way: 1, and one more for each new round the parties ask for.</summary>
    public int Round { get; set; } = 1;

    /// <summary>The council asked to take the case over while its chair has not yet answered.</summary>
    public int? PendingTransferCouncilId { get; set; }

    /// <summary>Incremented by every change; a command built on another version is a conflict.</summary>
    public int Version { get; set; }

    public Guid RegisteredById { get; set; }
    public Guid? AssignedMediatorId { get; set; }
    public User? AssignedMediator { get; set; }
    public DateTimeOffset RegisteredAt { get; set; }
    public DateTimeOffset LastActivityAt { get; set; }
    public DateTimeOffset? ClosedAt { get; set; }

    /// <summary>When the running deadline timer falls due; stays set once it has passed (the case is overdue).</summary>
    public DateTimeOffset? Deadline { get; set; }

    public int Extensions { get; set; }

    /// <summary>Dates given in actions' input, by field name (JSON); timers may fire at them.</summary>
    public string DatesJson { get; set; } = "{}";

    /// <summary>Set for a training workshop's sandbox case; such cases never mix with real ones.</summary>
    public long? WorkshopId { get; set; }

    /// <summary>Set while a new sandbox case has no id yet; EF fills <see cref="WorkshopId"/> on save.</summary>
    public Workshop? Workshop { get; set; }

    public List<Party> Parties { get; set; } = [];
    public List<Representative> Representatives { get; set; } = [];
    public List<Participant> Participants { get; set; } = [];
    public List<MediationRound> Rounds { get; set; } = [];
    public List<Consent> Consents { get; set; } = [];
    public List<ConflictDeclaration> Declarations { get; set; } = [];
    public List<MediationAgreement> MediationAgreements { get; set; } = [];
    public List<Session> Sessions { get; set; } = [];

    /// <summary>One settlement agreement per round that reached one.</summary>
    public List<SettlementAgreement> Settlements { get; set; } = [];

    public List<Obligation> Obligations { get; set; } = [];
    public List<FollowUpCheck> FollowUpChecks { get; set; } = [];
    public List<CourtProceeding> CourtProceedings { get; set; } = [];
    public List<CaseTransfer> Transfers { get; set; } = [];

    /// <summary>The settlement agreement of the round under way, if it has reached one.</summary>
    public SettlementAgreement? CurrentSettlement => Settlements.FirstOrDefault(s => s.Round == Round);

    /// <summary>The row of the round under way; cases that started before version 3 have none.</summary>
    public MediationRound? CurrentRound => Rounds.FirstOrDefault(r => r.Number == Round);
}

/// <summary>Dispute categories from the councils' practice; about half of all mediations are family and household.</summary>
public enum DisputeCategory
{
    FamilyAndHousehold,
    NeighboursAndHousing,
    LandAndBoundaries,
    Labour,
    Consumer,
    MinorOffence,

    /// <summary>Interethnic or interfaith tension: the chair is told at once.</summary>
    CommunityTension,
    Other,
}

/// <summary>Where the case came from (Art. 20(4): the other party, a court or a prosecution body may propose mediation).</summary>
public enum ReferralSource
{
    Parties,
    OtherParty,
    Court,
    Prosecutor,
    Police,
    Akimat,
    Other,
}
