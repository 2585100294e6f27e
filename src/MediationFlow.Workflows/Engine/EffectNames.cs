namespace MediationFlow.Workflows.Engine;

/// <summary>The named effects a definition may attach to states and transitions.</summary>
internal static class EffectNames
{
    public const string Notify = "notify";
    public const string ScheduleObligationChecks = "scheduleObligationChecks";

    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal) { Notify, ScheduleObligationChecks };
}

/// <summary>The roles a definition may allow to take actions. "system" is the timer pump.</summary>
public static class RoleNames
{
    public const string Mediator = "mediator";
    public const string Chair = "chair";
    public const string System = "system";

    internal static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal) { Mediator, Chair, System };
}
