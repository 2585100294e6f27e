using System.Globalization;
using System.Text.Json.Serialization;
using MediationFlow.Core.Domain;
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
}

public sealed record PartyView(long Id, PartyRole Role, string FullName, string? Iin, string? Phone, string? Email, string? Address, string PreferredLanguage, string? Representative, bool Consented);

public sealed record SessionView(
    long Id, DateTimeOffset PlannedAt, string? Place, bool Online, bool Recorded, bool NoShow, long? AbsentPartyId, string? OutcomeNote, bool Superseded);

public sealed record SettlementView(DateTimeOffset? SignedAt, DateTimeOffset? ApprovedAt, string? ReturnComment);

public sealed record ObligationView(long Id, long PartyId, string Description, DateOnly DueOn, ObligationStatus Status, string? StatusNote, bool Superseded);

public sealed record FollowUpCheckView(long Id, string Note, DateTimeOffset RecordedAt);

/// <summary>An action from the case's state: permitted, or blocked with the reasons; its input fields for a form.</summary>
/// <param name="ClosesCase">Taking the action closes the case.</param>
/// <param name="SystemOnly">Only the system takes the action (a timer falling due), never a person.</param>
public sealed record ActionView(
    string Trigger, string Name, bool Permitted, IReadOnlyList<BlockView> BlockedBy, IReadOnlyList<FieldView> Fields, bool ClosesCase, bool SystemOnly)
{
    public static ActionView From(CaseAction action, string language)
    {
        ArgumentNullException.ThrowIfNull(action);
        var t = action.Transition;
        return new ActionView(
            t.Trigger,
            t.Name.For(language),
            action.IsPermitted,
            [.. action.BlockedBy.Select(b => new BlockView(b.Kind == BlockKind.Role ? "role" : "guard", b.Code, b.Message.For(language)))],
            [.. t.Input.Select(f => FieldView.From(f, language))],
            action.ClosesCase,
            t.Roles.All(r => r == RoleNames.System));
    }

    public static string Language => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
}

public sealed record BlockView(string Kind, string Code, string Message);

/// <param name="OptionsFrom">Where to list the choices when the definition cannot (a `user` field); set by the API.</param>
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
