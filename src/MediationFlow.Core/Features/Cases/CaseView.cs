using System.Globalization;
using System.Text.Json.Serialization;
using MediationFlow.Core.Domain;
using MediationFlow.Core.Security;
using MediationFlow.Workflows.Definitions;
using MediationFlow.Workflows.Engine;

namespace MediationFlow.Core.Features.Cases;

/// <summary>A case as its reader sees it, with labels in the reader's language and the actions they may take now.</summary>
public sealed record CaseView(
    long Id,
    string Number,
    int CouncilId,
    string CouncilName,
    DisputeCategory Category,
    string Description,
    bool AffectsThirdParties,
    bool PartyLacksCapacity,
    bool CorruptionOrPublicServiceOffence,
    string DefinitionId,
    int DefinitionVersion,
    string State,
    string StateName,
    string Stage,
    string StageName,
    bool IsClosed,
    int Version,
    DateTimeOffset RegisteredAt,
    DateTimeOffset? Deadline,
    DateTimeOffset Now,
    Guid? AssignedMediatorId,
    string? AssignedMediatorName,
    IReadOnlyList<PartyView> Parties,
    IReadOnlyList<SessionView> Sessions,
    SettlementView? Settlement,
    IReadOnlyList<ObligationView> Obligations,
    IReadOnlyList<FollowUpCheckView> FollowUpChecks,
    IReadOnlyList<ActionView> Actions,
    long? WorkshopId = null)
{
    /// <summary>The deadline has passed and the case is still open.</summary>
    public bool Overdue => !IsClosed && Deadline is { } deadline && deadline <= Now;

    /// <summary>The IANA time zone the council counts its days in.</summary>
    public string CouncilTimeZone { get; init; } = Council.DefaultTimeZone;

    public bool StateBodyIsParty { get; init; }

    /// <summary>Who brought the case; null when nobody recorded it.</summary>
    public ReferralSource? ReferralSource { get; init; }

    public string? ReferralNote { get; init; }
    public string? ProceedingReference { get; init; }

    /// <summary>The round of mediation under way.</summary>
    public int Round { get; init; } = 1;

    /// <summary>Why the case ended (a reason id of its definition).</summary>
    public string? OutcomeReason { get; init; }

    /// <summary>The council asked to take the case over, while its chair has not answered.</summary>
    public int? PendingTransferCouncilId { get; init; }

    public IReadOnlyList<RepresentativeView> Representatives { get; init; } = [];

    /// <summary>Support persons, interpreters and experts: they attend sessions but are not parties.</summary>
    public IReadOnlyList<ParticipantView> Participants { get; init; } = [];

    public IReadOnlyList<ConsentView> Consents { get; init; } = [];
    public IReadOnlyList<DeclarationView> Declarations { get; init; } = [];
    public IReadOnlyList<MediationAgreementView> MediationAgreements { get; init; } = [];

    /// <summary>The settlement agreements of every round; <see cref="Settlement"/> is the one of the round under way.</summary>
    public IReadOnlyList<SettlementView> Settlements { get; init; } = [];

    /// <summary>Rounds recorded with their legal dates (cases that started on version 3 or were moved to it).</summary>
    public IReadOnlyList<RoundView> Rounds { get; init; } = [];

    public IReadOnlyList<CourtProceedingView> CourtProceedings { get; init; } = [];
    public IReadOnlyList<TransferView> Transfers { get; init; } = [];
}

public sealed record PartyView(
    long Id, PartyRole Role, string FullName, string? Iin, string? Phone, string? Email, string? Address, string PreferredLanguage, bool Consented)
{
    public PartyKind Kind { get; init; }

    /// <summary>An organisation's business identification number.</summary>
    public string? Bin { get; init; }
}

/// <param name="HasAuthority">The document of authority is recorded, so the representative may act (consent, sign) for the party.</param>
public sealed record RepresentativeView(
    long Id, long PartyId, string FullName, string? Iin, string? Phone, AuthorityKind AuthorityKind, string? AuthorityDocument,
    DateOnly? AuthorityIssuedOn, DateOnly? AuthorityValidUntil, bool HasAuthority, DateTimeOffset? RemovedAt);

public sealed record ParticipantView(
    long Id, ParticipantKind Kind, string FullName, string? Iin, string? Phone, string PreferredLanguage, long? AccompaniesPartyId, DateTimeOffset? RemovedAt);

/// <param name="Note">The session's confidential note: its text for the case's mediator, only that it exists for everyone else.</param>
public sealed record SessionView(
    long Id, DateTimeOffset PlannedAt, string? Place, bool Online, bool Recorded, bool NoShow, long? AbsentPartyId, bool Superseded,
    ConfidentialNoteView? Note)
{
    public int Round { get; init; } = 1;
    public SessionKind Kind { get; init; }

    /// <summary>The party a separate meeting is with.</summary>
    public long? PartyId { get; init; }

    public DateTimeOffset? HeldAt { get; init; }
    public DateTimeOffset? CancelledAt { get; init; }
    public IReadOnlyList<AttendanceView> Attendance { get; init; } = [];
}

public sealed record AttendanceView(AttendeeKind Kind, long Id, bool Attended);

public sealed record SettlementView(DateTimeOffset? SignedAt, DateTimeOffset? ApprovedAt, string? ReturnComment)
{
    public long Id { get; init; }
    public int Round { get; init; } = 1;
    public string? Terms { get; init; }
    public SettlementScope Scope { get; init; }
    public DateTimeOffset? SubmittedAt { get; init; }
    public DateOnly? SignedOn { get; init; }
    public IReadOnlyList<SignatureView> Signatures { get; init; } = [];
}

public sealed record SignatureView(
    long Id, long PartyId, long? RepresentativeId, DateOnly SignedOn, SignatureMethod Method, DateTimeOffset RecordedAt, bool Superseded);

public sealed record ObligationView(long Id, long PartyId, string Description, DateOnly DueOn, ObligationStatus Status, string? StatusNote, bool Superseded)
{
    public int Round { get; init; } = 1;
    public DateOnly? StatusOn { get; init; }
    public DateOnly? PreviousDueOn { get; init; }
    public DateOnly? RescheduledOn { get; init; }
}

public sealed record FollowUpCheckView(long Id, string Note, DateTimeOffset RecordedAt)
{
    public int Round { get; init; } = 1;
    public DateOnly? CheckedOn { get; init; }
}

public sealed record ConsentView(long Id, int Round, long PartyId, Guid? MediatorId, DateOnly? GivenOn, long? RepresentativeId, DateTimeOffset GivenAt);

/// <summary>A declaration of no conflict of interest or a recusal; the reason for a recusal is a confidential note of its history event.</summary>
public sealed record DeclarationView(int Round, Guid MediatorId, bool Recused, DateTimeOffset DeclaredAt);

public sealed record MediationAgreementView(int Round, DateTimeOffset SignedAt, DateOnly? SignedOn, Guid MediatorId);

public sealed record RoundView(
    int Number, DateTimeOffset OpenedAt, long? RequestedByPartyId, DateOnly? RequestedOn, DateOnly? MediatorAssignedOn, DateOnly? ProposalSentOn,
    DateOnly? MediationStartedOn, DateOnly? TermEndsOn, DateOnly? DraftApprovedOn, DateOnly? SettlementSignedOn,
    string? Outcome, string? OutcomeReason, DateTimeOffset? EndedAt);

public sealed record CourtProceedingView(
    long Id, int Round, long PartyId, DateOnly AppliedOn, string Court, string? CourtCaseNumber, DateOnly? DecidedOn, CourtDecision? Decision, string? DecisionNote);

/// <summary>A request to another council to take the case over, with the councils' names in the reader's language.</summary>
public sealed record TransferView(
    long Id, int FromCouncilId, string FromCouncilName, int ToCouncilId, string ToCouncilName, string Reason, DateTimeOffset RequestedAt,
    TransferStatus Status, DateTimeOffset? DecidedAt, string? DeclineReason);

/// <summary>An action from the case's state: permitted, or blocked with the reasons; its input fields for a form.</summary>
/// <param name="ClosesCase">Taking the action closes the case.</param>
/// <param name="SystemOnly">Only the system takes the action (a timer falling due), never a person.</param>
public sealed record ActionView(
    string Trigger, string Name, bool Permitted, IReadOnlyList<BlockView> BlockedBy, IReadOnlyList<FieldView> Fields, bool ClosesCase, bool SystemOnly)
{
    /// <summary>What the case file lacks for the action: attach it, or give the reason in <see cref="MissingView.ReasonField"/>.</summary>
    public IReadOnlyList<MissingView> Missing { get; init; } = [];

    public static ActionView From(CaseAction action, string language)
    {
        ArgumentNullException.ThrowIfNull(action);
        var t = action.Transition;
        return new ActionView(
            t.Trigger,
            t.Name.For(language),
            action.IsPermitted,
            [.. action.BlockedBy.Select(b => new BlockView(b.Kind switch { BlockKind.Role => "role", BlockKind.Requirement => "requirement", _ => "guard" }, b.Code, b.Message.For(language))
            {
                Basis = b.Basis is { } basis ? new BasisView(basis.Cite.For(language), basis.Status) : null,
            })],
            [.. t.Input.Select(f => FieldView.From(f, language))],
            action.ClosesCase,
            t.Roles.All(r => r == RoleNames.System))
        {
            Missing = [.. action.Missing.Select(m => new MissingView(m.Code, m.Message.For(language), m.ReasonField))],
        };
    }

    public static string Language => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
}

/// <summary>A signed copy or document the case file lacks for an action; the action's <paramref name="ReasonField"/> may say why instead.</summary>
public sealed record MissingView(string Code, string Message, string ReasonField);

public sealed record BlockView(string Kind, string Code, string Message)
{
    /// <summary>The legal basis of the guard that blocks, when its definition names one (version 3 on).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public BasisView? Basis { get; init; }
}

/// <summary>A rule's legal basis: the citation in the reader's language and how far it was checked.</summary>
/// <param name="Status">verified (read in the law's text), secondary (from a commentary), unverified (the current wording was not read) or practice.</param>
public sealed record BasisView(string Cite, string Status);

/// <param name="OptionsFrom">Where to list the choices when the definition cannot (a `user`, `council` or `representative` field); set by the API.</param>
public sealed record FieldView(string Name, string Type, bool Required, bool Confidential, string Label, IReadOnlyList<OptionView> Options,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? OptionsFrom = null)
{
    public static FieldView From(InputFieldDefinition field, string language)
    {
        ArgumentNullException.ThrowIfNull(field);
        return new FieldView(field.Name, field.Type, field.Required, field.Confidential, field.Label.For(language),
            [.. field.Options.Select(o => new OptionView(o.Value, o.Label.For(language)))]);
    }
}

public sealed record OptionView(string Value, string Label);
