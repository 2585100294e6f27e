using MediationFlow.Workflows.Definitions;
using MediationFlow.Workflows.Engine;

namespace MediationFlow.Benchmarks;

/// <summary>The cases, actors and clock the benchmarks and the equivalence check use.</summary>
public static class Scenarios
{
    public static readonly DateTimeOffset Now = new(2025, 3, 3, 10, 0, 0, TimeSpan.FromHours(5));

    public static readonly IReadOnlySet<string> Mediator = new HashSet<string>(StringComparer.Ordinal) { RoleNames.Mediator };

    /// <summary>
    /// In mediation with one session scheduled and none held: scheduling and recording are permitted,
    /// settling and declaring an impasse are blocked by a guard, the deadline is blocked by the role.
    /// </summary>
    public static readonly CaseFacts InMediation = new()
    {
        Category = "neighbours",
        Parties = [new("p1", PartyRole.Applicant, true), new("p2", PartyRole.Respondent, true)],
        Sessions = [new("s1", Recorded: false)],
    };

    /// <summary>Awaiting consent with every party consented: signing the agreement on mediation starts the deadline timer.</summary>
    public static readonly CaseFacts AllConsented = new()
    {
        Category = "neighbours",
        Parties = [new("p1", PartyRole.Applicant, true), new("p2", PartyRole.Respondent, true)],
    };

    public static readonly IReadOnlyDictionary<string, string?> SignedByAll = new Dictionary<string, string?>(StringComparer.Ordinal)
    {
        ["signedByAll"] = "true",
    };

    /// <summary>The workflows folder copied beside the benchmark program.</summary>
    public static string WorkflowsDirectory()
    {
        var beside = Path.Combine(AppContext.BaseDirectory, WorkflowsFolder.Name);
        return Directory.Exists(beside) ? beside : WorkflowsFolder.Locate();
    }

    public static CompiledWorkflow LoadV1()
    {
        var result = WorkflowCatalog.LoadDirectory(WorkflowsDirectory());
        return result.Value?.Get("community-mediation", 1)
            ?? throw new InvalidOperationException("The workflow definitions do not load: " + string.Join("; ", result.Errors));
    }
}
