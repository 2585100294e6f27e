using MediationFlow.Workflows.Definitions;

namespace MediationFlow.Workflows.Engine;

/// <summary>Something the caller must persist together with a transition, in the same transaction.</summary>
public abstract record Effect;

/// <summary>Start a durable timer that fires <see cref="Fires"/> (as the system) at <see cref="DueAt"/>.</summary>
public sealed record StartTimer(string TimerId, DateTimeOffset DueAt, string Fires) : Effect;

/// <summary>Cancel the case's pending timer with this id.</summary>
public sealed record CancelTimer(string TimerId) : Effect;

/// <summary>Tell the holders of a role on the case.</summary>
public sealed record Notify(string Role, string Template, LocalizedText Message) : Effect;

/// <summary>Start one timer per obligation of the settlement agreement, at its due date, firing <see cref="Fires"/>.</summary>
public sealed record ScheduleObligationChecks(string Fires) : Effect;

/// <summary>Cancel the pending per-obligation timers.</summary>
public sealed record CancelObligationChecks : Effect;

/// <summary>Set (or, with a null value, clear) a date of the case's current round; see <see cref="CaseDates"/>.</summary>
public sealed record SetCaseDate(string Name, DateOnly? Value) : Effect;

/// <summary>The case ends for this reason (an id of the definition's reasons), named in three languages.</summary>
public sealed record EndCase(string Reason, LocalizedText Name) : Effect;

/// <summary>A new round of mediation starts on the same case: fresh consents, a new agreement on mediation, no dates yet.</summary>
public sealed record StartRound : Effect;

/// <summary>
/// Start one instance of a timer per thing it watches (an obligation): its id is <c>&lt;TimerId&gt;:&lt;Key&gt;</c>,
/// and it fires <see cref="Fires"/> as the system with <see cref="Input"/>.
/// </summary>
public sealed record StartKeyedTimer(string TimerId, string Key, DateTimeOffset DueAt, string Fires, IReadOnlyDictionary<string, string> Input) : Effect;

/// <summary>Cancel the pending instance of a keyed timer for <see cref="Key"/>, or every instance when it is null.</summary>
public sealed record CancelKeyedTimer(string TimerId, string? Key) : Effect;
