namespace MediationFlow.Workflows.Engine;

/// <summary>The named effects a definition may attach to states and transitions.</summary>
internal static class EffectNames
{
    public const string Notify = "notify";
    public const string ScheduleObligationChecks = "scheduleObligationChecks";
    public const string End = "end";
    public const string SetDate = "setDate";
    public const string ClearDate = "clearDate";
    public const string NewRound = "newRound";
    public const string StartTimer = "startTimer";
    public const string CancelTimer = "cancelTimer";

    /// <summary>The value of <c>forEach</c> that starts one timer per open obligation.</summary>
    public const string OpenObligation = "openObligation";

    /// <summary>The value of setDate's <c>from</c> that takes the day the action is taken.</summary>
    public const string Today = "today";

    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal)
    {
        Notify, ScheduleObligationChecks, End, SetDate, ClearDate, NewRound, StartTimer, CancelTimer,
    };

    /// <summary>Effects that change the case's dates: applied before the transition, so timers see the new dates.</summary>
    public static readonly IReadOnlySet<string> OnDates = new HashSet<string>(StringComparer.Ordinal) { SetDate, ClearDate, NewRound };
}

/// <summary>The roles a definition may allow to take actions. "system" is the timer pump.</summary>
public static class RoleNames
{
    public const string Mediator = "mediator";
    public const string Chair = "chair";
    public const string System = "system";

    /// <summary>A chair of the council a case is being transferred to, while the transfer awaits their answer.</summary>
    public const string ReceivingChair = "receivingChair";

    internal static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal) { Mediator, Chair, System, ReceivingChair };
}

/// <summary>What a timer started for each open obligation reads: the input field that names it, and its due date by name.</summary>
internal static class ObligationTimers
{
    public const string Field = "obligation";
    public const string DueOn = "dueOn";
}

/// <summary>What a case's state may allow to be edited outside actions (<see cref="CompiledWorkflow.MayEdit"/>).</summary>
internal static class EditKinds
{
    public const string Parties = "parties";
    public const string Screening = "screening";
    public const string Referral = "referral";
    public const string Representatives = "representatives";
    public const string Participants = "participants";

    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal) { Parties, Screening, Referral, Representatives, Participants };

    /// <summary>What versions 1 and 2, which declare no edits, let change only while the case is in its first stage.</summary>
    public static readonly IReadOnlySet<string> OfIntake = new HashSet<string>(StringComparer.Ordinal) { Parties, Screening, Referral };
}
