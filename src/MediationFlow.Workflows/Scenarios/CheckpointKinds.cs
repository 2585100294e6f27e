namespace MediationFlow.Workflows.Scenarios;

/// <summary>The kinds of checkpoint a scenario may name.</summary>
internal static class CheckpointKinds
{
    /// <summary>The action is taken at least once.</summary>
    public const string Happens = "happens";

    /// <summary>The first <c>trigger</c> comes before the first <c>then</c>, and both happen.</summary>
    public const string Before = "before";

    /// <summary>The case reaches the state, within <c>withinDays</c> if given.</summary>
    public const string Reaches = "reaches";

    /// <summary>The case never enters the state (e.g. overdue).</summary>
    public const string NeverReaches = "neverReaches";

    /// <summary>The action is never taken (e.g. deadlinePassed: from version 3 the deadline is a date, not a state).</summary>
    public const string NeverHappens = "neverHappens";

    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal) { Happens, Before, Reaches, NeverReaches, NeverHappens };
}
