using System.Text.Json;
using System.Text.Json.Serialization;

namespace MediationFlow.Workflows.Definitions;

/// <summary>One version of a declarative workflow, as read from a <c>*.v&lt;N&gt;.json</c> file.</summary>
public sealed record WorkflowDefinition
{
    public required string Id { get; init; }
    public required int Version { get; init; }
    public required LocalizedText Name { get; init; }
    public required string Initial { get; init; }

    /// <summary>A version still being prepared: it loads and validates, but no case starts on it.</summary>
    public bool Draft { get; init; }

    /// <summary>The roles a party may have (applicant, respondent, other); null when the definition allows all three.</summary>
    public IReadOnlyList<string>? PartyRoles { get; init; }

    public IReadOnlyDictionary<string, JsonElement> Settings { get; init; } = new Dictionary<string, JsonElement>();
    public IReadOnlyList<StageDefinition> Stages { get; init; } = [];
    public IReadOnlyList<StateDefinition> States { get; init; } = [];
    public IReadOnlyList<TransitionDefinition> Transitions { get; init; } = [];
    public IReadOnlyList<TimerDefinition> Timers { get; init; } = [];

    /// <summary>The reason shown to users when a guard blocks an action, per guard name.</summary>
    [JsonIgnore]
    public IReadOnlyDictionary<string, LocalizedText> Guards
    {
        get => GuardRules.ToDictionary(g => g.Key, g => g.Value.Reason, StringComparer.Ordinal);
        init => GuardRules = value.ToDictionary(g => g.Key, g => new GuardRule(g.Value), StringComparer.Ordinal);
    }

    /// <summary>Notification texts, per template name.</summary>
    public IReadOnlyDictionary<string, LocalizedText> Notifications { get; init; } = new Dictionary<string, LocalizedText>();

    /// <summary>The questions asked at registration whose "yes" may bar mediation (the law's Article 1).</summary>
    public IReadOnlyList<ScreeningQuestion> Screening { get; init; } = [];

    /// <summary>Labels of the case dates the definition uses (see <see cref="Engine.CaseDates"/>).</summary>
    public IReadOnlyDictionary<string, LocalizedText> Dates { get; init; } = new Dictionary<string, LocalizedText>();

    /// <summary>Why a case ended, per reason id; every end of a case names one.</summary>
    public IReadOnlyDictionary<string, ClosingReason> Reasons { get; init; } = new Dictionary<string, ClosingReason>();

    /// <summary>Guard reasons and the legal basis of each; a reason alone in the file for definitions before v3.</summary>
    [JsonInclude]
    [JsonPropertyName("guards")]
    internal IReadOnlyDictionary<string, GuardRule> GuardRules { get; init; } = new Dictionary<string, GuardRule>();

    /// <summary>The legal bases guards, timers, questions and reasons name, with how far each was verified.</summary>
    [JsonInclude]
    internal IReadOnlyDictionary<string, LegalBasis> Bases { get; init; } = new Dictionary<string, LegalBasis>();

    /// <summary>"id@version", the way cases and the CLI refer to a definition.</summary>
    [JsonIgnore]
    internal string Key => $"{Id}@{Version}";
}

public sealed record StageDefinition(string Id, LocalizedText Name);

public sealed record StateDefinition
{
    public required string Id { get; init; }
    public required string Stage { get; init; }
    public required LocalizedText Name { get; init; }
    public bool Terminal { get; init; }
    // Effects are the engine's own business; the file model reads them all the same.
    [JsonInclude]
    internal IReadOnlyList<EffectDefinition> OnEntry { get; init; } = [];

    [JsonInclude]
    internal IReadOnlyList<EffectDefinition> OnExit { get; init; } = [];

    /// <summary>What may be changed outside actions in this state (parties, representatives...), with the guards that must pass.</summary>
    [JsonInclude]
    internal IReadOnlyDictionary<string, IReadOnlyList<string>>? Edits { get; init; }
}

public sealed record TransitionDefinition
{
    public required string Trigger { get; init; }

    /// <summary>The states the action can be taken from; one string or a list in the file.</summary>
    [JsonConverter(typeof(OneOrManyConverter))]
    public required IReadOnlyList<string> From { get; init; }

    /// <summary>The target state; absent for an action that records something and stays in place.</summary>
    public string? To { get; init; }

    public IReadOnlyList<string> Roles { get; init; } = [];
    public IReadOnlyList<string> Guards { get; init; } = [];
    public IReadOnlyList<InputFieldDefinition> Input { get; init; } = [];
    [JsonInclude]
    internal IReadOnlyList<EffectDefinition> Effects { get; init; } = [];
    public required LocalizedText Name { get; init; }

    /// <summary>Taken by the system as soon as its guards pass after another action; nobody chooses it.</summary>
    public bool Automatic { get; init; }

    /// <summary>What must be in the case file before the action: a signed copy, or a generated document.</summary>
    public IReadOnlyList<RequirementDefinition> Requires { get; init; } = [];

    [JsonIgnore]
    internal bool IsInternal => To is null;
}

/// <summary>
/// One thing the case file must hold before an action: a signed copy of an act (<see cref="Attachment"/>, for the input
/// field <see cref="For"/> names when it proves one party's or obligation's act), or a version of a generated
/// <see cref="Document"/>. With <see cref="OrReason"/>, the action may go ahead without it when that text field says why.
/// </summary>
public sealed record RequirementDefinition
{
    /// <summary>The act the signed copy proves: signedAgreementOnMediation, signedSettlement, obligationEvidence or sessionRecord.</summary>
    public string? Attachment { get; init; }

    /// <summary>A document generated from the case, by the generator's name.</summary>
    public string? Document { get; init; }

    /// <summary>The input field (party, obligation or session) whose copy it must be.</summary>
    public string? For { get; init; }

    /// <summary>The action's text field that takes the reason why there is no copy; absent, nothing but the copy will do.</summary>
    public string? OrReason { get; init; }

    /// <summary>"attachment:signedSettlement" or "document:certificate": the code a blocked reason carries.</summary>
    [JsonIgnore]
    public string Code => Attachment is { } kind ? "attachment:" + kind : "document:" + Document;
}

public sealed record InputFieldDefinition
{
    public required string Name { get; init; }
    public required string Type { get; init; }
    public bool Required { get; init; }

    /// <summary>What is said in mediation: readable only by the case's mediator.</summary>
    public bool Confidential { get; init; }

    public IReadOnlyList<ChoiceOption> Options { get; init; } = [];
    public required LocalizedText Label { get; init; }

    /// <summary>For a representative: the party field of the same action the representative must act for.</summary>
    public string? BelongsTo { get; init; }

    /// <summary>The earliest a date may be: "now", a case date, another date field, or "&lt;field&gt;.plannedAt|dueOn".</summary>
    [JsonInclude]
    internal IReadOnlyList<string> NotBefore { get; init; } = [];

    /// <summary>The latest a date may be, with the same kinds of reference as <see cref="NotBefore"/>.</summary>
    [JsonInclude]
    internal IReadOnlyList<string> NotAfter { get; init; } = [];

    /// <summary>The case date this field's value becomes when the action is taken.</summary>
    [JsonInclude]
    internal string? Records { get; init; }

    /// <summary>"screening": the options are the definition's screening questions, filled in when the file loads.</summary>
    [JsonInclude]
    internal string? OptionsFrom { get; init; }
}

public sealed record ChoiceOption(string Value, LocalizedText Label);

public sealed record TimerDefinition
{
    public required string Id { get; init; }

    /// <summary>The states the timer runs in: started on entering them from elsewhere, left alone between them.</summary>
    [JsonPropertyName("state")]
    [JsonConverter(typeof(OneOrManyConverter))]
    public required IReadOnlyList<string> States { get; init; }

    /// <summary>The first of <see cref="States"/>; definitions before version 3 name one state per timer.</summary>
    [JsonIgnore]
    public string State => States[0];

    /// <summary>ISO-8601 duration, or the name of a duration setting, after the timer starts.</summary>
    public string? After { get; init; }

    /// <summary>Name of the date the timer fires at the end of: a case date, or a date input of an earlier action.</summary>
    [JsonIgnore]
    public string? At
    {
        get => Due?.Date;
        init => Due = value is null ? null : new DueDate(value);
    }

    public required string Fires { get; init; }

    /// <summary>True for the case's deadline: shown to users and used to order inboxes by urgency.</summary>
    public bool Deadline { get; init; }

    public required LocalizedText Name { get; init; }

    /// <summary>The date with a shift ("the end of termEndsOn minus deadlineWarning"); a plain name in the file when unshifted.</summary>
    [JsonInclude]
    [JsonPropertyName("at")]
    [JsonConverter(typeof(DueDateConverter))]
    internal DueDate? Due { get; init; }

    /// <summary>"entry" (the default): started by entering its states; "effect": only by a startTimer effect.</summary>
    [JsonInclude]
    internal string StartedBy { get; init; } = TimerStarts.Entry;

    [JsonInclude]
    internal string? Basis { get; init; }

    [JsonIgnore]
    internal bool ByEffect => StartedBy == TimerStarts.Effect;
}

/// <summary>A question asked at registration; <see cref="Bars"/> means a "yes" makes the dispute not mediable.</summary>
public sealed record ScreeningQuestion(string Id, LocalizedText Question, string? Basis = null, bool Bars = true);

/// <summary>A reason a case ended, named in three languages, with its legal basis.</summary>
public sealed record ClosingReason(LocalizedText Name, string? Basis = null);

/// <summary>The legal basis of a rule as the user sees it: the citation and how far it was verified.</summary>
/// <param name="Status">verified, secondary, unverified or practice.</param>
public sealed record LegalBasisView(LocalizedText Cite, string Status);

/// <summary>A guard's reason text and, from version 3, its legal basis; the file may give the reason alone.</summary>
[JsonConverter(typeof(GuardRuleConverter))]
internal sealed record GuardRule(LocalizedText Reason, string? Basis = null);

internal sealed record LegalBasis(LocalizedText Cite, string Status, string? Source = null);

/// <summary>A case date, shifted by durations (ISO-8601 or setting names).</summary>
internal sealed record DueDate(string Date, string? Plus = null, string? Minus = null);

internal static class TimerStarts
{
    public const string Entry = "entry";
    public const string Effect = "effect";
}

/// <summary>A named effect with its parameters; which parameters apply depends on the effect.</summary>
internal sealed record EffectDefinition
{
    public required string Effect { get; init; }
    public string? Role { get; init; }
    public string? Template { get; init; }

    /// <summary>A guard name: the effect happens only when that guard passes.</summary>
    public string? When { get; init; }

    public string? Fires { get; init; }

    /// <summary>end: the closing reason's id.</summary>
    public string? Reason { get; init; }

    /// <summary>end: the choice input whose chosen value is the closing reason.</summary>
    public string? ReasonFrom { get; init; }

    /// <summary>setDate, clearDate: the case date.</summary>
    public string? Date { get; init; }

    /// <summary>setDate: "today", a case date or a date input of the action.</summary>
    public string? From { get; init; }

    /// <summary>setDate: a duration (ISO-8601 or a setting's name) added to <see cref="From"/>.</summary>
    public string? Plus { get; init; }

    /// <summary>startTimer, cancelTimer: the timer.</summary>
    public string? Timer { get; init; }

    /// <summary>startTimer, cancelTimer: the reference input whose value keys the timer (one timer per obligation).</summary>
    public string? For { get; init; }

    /// <summary>startTimer: "openObligation", one timer per open obligation.</summary>
    public string? ForEach { get; init; }
}
