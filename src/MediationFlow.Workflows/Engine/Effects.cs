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
