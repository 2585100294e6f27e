using System.Globalization;
using MediationFlow.Workflows.Engine;

namespace MediationFlow.Workflows.Tests.Engine;

/// <summary>The roles as the definitions name them; spelled out here so tests do not take them from the engine under test.</summary>
internal static class Actors
{
    public const string Mediator = "mediator";
    public const string Chair = "chair";

    /// <summary>The "system" role: the background service that fires due timers.</summary>
    public const string TimerPump = "system";

    /// <summary>A chair of the council a case is being transferred to (version 3).</summary>
    public const string ReceivingChair = "receivingChair";

    public static readonly IReadOnlyList<string> All = [Mediator, Chair, TimerPump];
}

/// <summary>
/// A case as the application will keep it between actions: its state and the facts the guards read.
/// After an accepted action it updates the facts the way the application's handlers will, so walks of
/// many steps meet the guards as real cases do. The engine itself stores nothing.
/// </summary>
internal sealed partial class SimulatedCase
{
    public const string Applicant = "party-applicant";
    public const string Respondent = "party-respondent";

    private int _lastId;

    public SimulatedCase(CompiledWorkflow workflow, CaseFacts facts, DateTimeOffset now)
    {
        Workflow = workflow;
        Facts = facts;
        Now = now;
        State = workflow.Definition.Initial;
        StartEffects = workflow.Start(facts, now);
    }

    public CompiledWorkflow Workflow { get; }

    public string State { get; private set; }

    public CaseFacts Facts { get; private set; }

    /// <summary>The moment the next action happens; tests move it, nothing reads a clock.</summary>
    public DateTimeOffset Now { get; set; }

    /// <summary>What registering the case produced (its notifications).</summary>
    public IReadOnlyList<Effect> StartEffects { get; }

    /// <summary>A newly registered case with an applicant and a respondent, neither of whom has consented yet.</summary>
    public static SimulatedCase Register(
        CompiledWorkflow workflow, DateTimeOffset now, string? category = "neighbours", ScreeningAnswers? screening = null) =>
        new(workflow, new CaseFacts
        {
            Category = category,
            Screening = screening ?? ScreeningAnswers.None,
            Parties = [new(Applicant, PartyRole.Applicant, false), new(Respondent, PartyRole.Respondent, false)],
        }, now);

    /// <summary>A signed copy or generated document put in the case file, as the application layer records it.</summary>
    public void Attach(CaseFileFact entry) => Facts = Facts with { CaseFile = [.. Facts.CaseFile, entry] };

    public IReadOnlyList<CaseAction> Actions(params string[] roles) =>
        Workflow.GetActions(State, Facts, roles.ToHashSet(StringComparer.Ordinal), Now);

    public FireResult Fire(string trigger, string role, params (string Field, string? Value)[] input) =>
        Fire(trigger, new HashSet<string>(StringComparer.Ordinal) { role }, input.ToDictionary(i => i.Field, i => i.Value, StringComparer.Ordinal));

    /// <summary>Fires as an actor holding <paramref name="roles"/>; when accepted, moves the case and records what the action did.</summary>
    public FireResult Fire(string trigger, IReadOnlySet<string> roles, IReadOnlyDictionary<string, string?> input)
    {
        var result = Workflow.Fire(State, trigger, Facts, roles, input, Now);
        if (result.Accepted)
        {
            Apply(result);
            while (Workflow.TryFollowAutomatic(State, Facts, Now, out var automatic))
            {
                Apply(automatic);
                Followed.Add(automatic);
            }
        }

        return result;
    }

    /// <summary>Fires a step that must be accepted; a refusal fails the test with the engine's reasons.</summary>
    public FireResult Do(string trigger, string role, params (string Field, string? Value)[] input)
    {
        var from = State;
        var result = Fire(trigger, role, input);
        Assert.True(result.Accepted, $"{trigger} as {role} from {from} was refused: {Describe(result)}");
        return result;
    }

    public static string Describe(FireResult result) =>
        result.Accepted
            ? $"accepted, {result.FromState} -> {result.ToState}"
            : $"{result.RefusedAs}; blocked by [{string.Join(", ", result.BlockedBy.Select(b => b.Code))}]; " +
              $"input errors [{string.Join(", ", result.InputErrors.Select(e => $"{e.Field}: {e.Code}"))}]";

    /// <summary>The facts after an accepted action, as the application's handler for it will store them.</summary>
    private CaseFacts Record(FireResult result)
    {
        var input = result.Input;
        if (RecordVersion3(result) is { } recorded)
        {
            return recorded;
        }

        return result.Trigger switch
        {
            "recordConsent" => Facts with
            {
                Parties = [.. Facts.Parties.Select(p => p.Id == input.Text("party") ? p with { Consented = true } : p)],
            },
            "scheduleSession" => Facts with { Sessions = [.. Facts.Sessions, new SessionFact(NextId("session"), false)] },
            "recordSession" => Facts with
            {
                Sessions = [.. Facts.Sessions.Select(s => s.Id == input.Text("session") ? s with { Recorded = true, NoShow = input.Text("attendance") == "noShow" } : s)],
            },
            "addObligation" => Facts with
            {
                Obligations = [.. Facts.Obligations, new ObligationFact(NextId("obligation"), DateOf(input, "dueOn"), ObligationStatus.Open)],
            },
            "removeObligation" => Facts with { Obligations = [.. Facts.Obligations.Where(o => o.Id != input.Text("obligation"))] },
            "recordObligationStatus" => Facts with
            {
                Obligations = [.. Facts.Obligations.Select(o => o.Id == input.Text("obligation") ? o with { Status = StatusOf(input) } : o)],
            },
            "extendDeadline" => Facts with
            {
                Extensions = Facts.Extensions + 1,
                Dates = new Dictionary<string, DateOnly>(Facts.Dates, StringComparer.Ordinal) { ["extendedUntil"] = DateOf(input, "extendedUntil") },
            },
            _ => Facts,
        };
    }

    private string NextId(string kind) => $"{kind}-{(++_lastId).ToString(CultureInfo.InvariantCulture)}";

    private static DateOnly DateOf(ActionInput input, string field) =>
        input.TryGet(field, out DateOnly date) ? date : throw new InvalidOperationException($"The accepted input has no date '{field}'.");

    private static ObligationStatus StatusOf(ActionInput input) => input.Text("status") switch
    {
        "fulfilled" => ObligationStatus.Fulfilled,
        "breached" => ObligationStatus.Breached,
        var other => throw new InvalidOperationException($"Unexpected obligation status '{other}'."),
    };
}
