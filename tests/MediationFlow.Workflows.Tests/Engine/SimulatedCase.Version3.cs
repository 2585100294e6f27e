using System.Globalization;
using MediationFlow.Workflows.Engine;

namespace MediationFlow.Workflows.Tests.Engine;

/// <summary>A timer the case's last actions left pending, as the application keeps it as a durable row.</summary>
internal sealed record PendingTimer(string Id, DateTimeOffset DueAt, string Fires, IReadOnlyDictionary<string, string> Input);

/// <summary>
/// What the application does around an accepted action from version 3 on: it writes the effects (dates, rounds,
/// timers), records what the action says in its own rows (consents, sessions, signatures), computes the dates it
/// owns (the latest consent and signature, the closing day) and follows automatic actions.
/// </summary>
internal sealed partial class SimulatedCase
{
    public const string ApplicantRepresentative = "representative-of-applicant";
    public const string RespondentRepresentative = "representative-of-respondent";
    public const string Interpreter = "participant-interpreter";

    /// <summary>The council's time zone, as councils in Kazakhstan have it.</summary>
    public static readonly TimeZoneInfo Almaty = TimeZoneInfo.FindSystemTimeZoneById("Asia/Almaty");

    private readonly Dictionary<string, PendingTimer> _timers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DateOnly> _consents = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DateOnly> _signatures = new(StringComparer.Ordinal);

    /// <summary>The timers pending now, by their row id ("mediationDeadline", "obligationDue:obligation-4").</summary>
    public IReadOnlyDictionary<string, PendingTimer> Timers => _timers;

    /// <summary>The automatic actions followed after accepted ones, in order.</summary>
    public List<FireResult> Followed { get; } = [];

    /// <summary>Why the case last ended, as the effect named it.</summary>
    public EndCase? Outcome { get; private set; }

    /// <summary>How many mediators of the case's council have not recused from it.</summary>
    public int CouncilMediators { get; set; } = 2;

    /// <summary>
    /// Someone holds the mediator role on the case: the assigned mediator, or before any assignment the mediator who
    /// registered it, until they recuse or the case moves to another council.
    /// </summary>
    public bool HasMediator { get; private set; } = true;

    /// <summary>
    /// A version 3 case: an applicant and a respondent (the respondent's representative holds a power of attorney,
    /// the applicant's has no document recorded), an interpreter, in a council of <paramref name="mediators"/> mediators.
    /// </summary>
    public static SimulatedCase RegisterVersion3(DateTimeOffset now, int mediators = 2, ScreeningAnswers? screening = null, string? category = "neighbours")
    {
        var c = new SimulatedCase(ShippedWorkflows.V3, new CaseFacts
        {
            Category = category,
            Screening = screening ?? ScreeningAnswers.None,
            Parties = [new(Applicant, PartyRole.Applicant, false), new(Respondent, PartyRole.Respondent, false)],
            Representatives = [new(ApplicantRepresentative, Applicant, false), new(RespondentRepresentative, Respondent, true)],
            Participants = [new(Interpreter)],
            TimeZone = Almaty,
            EligibleMediators = mediators,
            Dates = new Dictionary<string, DateOnly>(StringComparer.Ordinal) { [CaseDates.RegisteredOn] = DateIn(now) },
        }, now)
        {
            CouncilMediators = mediators,
        };
        c.ApplyStartEffects();
        return c;
    }

    /// <summary>Writes what registering the case did (its dates and timers), as the application does when it opens a case.</summary>
    public void ApplyStartEffects() => ApplyEffects(StartEffects);

    public static DateOnly DateIn(DateTimeOffset moment) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(moment, Almaty).DateTime);

    public DateOnly Today => DateIn(Now);

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Moves the clock to the earliest pending timer and fires it as the system, as the timer pump does.</summary>
    public FireResult FireNextTimer()
    {
        var next = _timers.Values.MinBy(t => t.DueAt) ?? throw new InvalidOperationException("No timer is pending.");
        _timers.Remove(next.Id);
        Now = next.DueAt > Now ? next.DueAt : Now;
        return Fire(next.Fires, new HashSet<string>(StringComparer.Ordinal) { Actors.TimerPump }, next.Input.ToDictionary(i => i.Key, i => (string?)i.Value));
    }

    private void Apply(FireResult result)
    {
        State = result.ToState;
        ApplyEffects(result.Effects);
        Facts = Record(result);
        if (Workflow.State(State).Terminal && result.FromState != State)
        {
            Facts = WithDate(Facts, CaseDates.ClosedOn, Today);
        }
    }

    private void ApplyEffects(IEnumerable<Effect> effects)
    {
        foreach (var effect in effects)
        {
            switch (effect)
            {
                case StartTimer start:
                    _timers[start.TimerId] = new PendingTimer(start.TimerId, start.DueAt, start.Fires, new Dictionary<string, string>());
                    break;
                case CancelTimer cancel:
                    _timers.Remove(cancel.TimerId);
                    break;
                case StartKeyedTimer keyed:
                    _timers[$"{keyed.TimerId}:{keyed.Key}"] = new PendingTimer($"{keyed.TimerId}:{keyed.Key}", keyed.DueAt, keyed.Fires, keyed.Input);
                    break;
                case CancelKeyedTimer keyed:
                    foreach (var id in _timers.Keys.Where(id => keyed.Key is null ? id.StartsWith(keyed.TimerId + ":", StringComparison.Ordinal) : id == $"{keyed.TimerId}:{keyed.Key}").ToList())
                    {
                        _timers.Remove(id);
                    }

                    break;
                case SetCaseDate date:
                    Facts = WithDate(Facts, date.Name, date.Value);
                    break;
                case Workflows.Engine.StartRound:
                    BeginRound();
                    break;
                case EndCase end:
                    Outcome = end;
                    break;
            }
        }
    }

    /// <summary>A new round keeps the parties and the registration; everything of the earlier round stays behind.</summary>
    private void BeginRound()
    {
        _consents.Clear();
        _signatures.Clear();
        Outcome = null;
        Facts = Facts with
        {
            Round = Facts.Round + 1,
            Parties = [.. Facts.Parties.Select(p => p with { AcceptedMediator = false, Consented = false })],
            Sessions = [],
            Obligations = [],
            Settlement = null,
            Extensions = 0,
            CourtApplied = false,
            Dates = Facts.Dates.Where(d => d.Key == CaseDates.RegisteredOn).ToDictionary(d => d.Key, d => d.Value, StringComparer.Ordinal),
        };
    }

    /// <summary>What a version 3 action records in the application's rows; null for actions recorded as before version 3.</summary>
    private CaseFacts? RecordVersion3(FireResult result)
    {
        if (Workflow.Definition.Version < 3)
        {
            return null;
        }

        var input = result.Input;
        var facts = Facts;
        switch (result.Trigger)
        {
            case "assignMediator" or "replaceMediator":
                HasMediator = true;
                return WithoutAcceptance(facts) with { MediatorAssigned = true };
            case "recuse":
                (HasMediator, CouncilMediators) = (false, CouncilMediators - 1);
                return WithoutAcceptance(facts) with { MediatorAssigned = false, EligibleMediators = CouncilMediators };
            case "acceptTransfer":
                (HasMediator, CouncilMediators) = (false, 2);
                return WithoutAcceptance(facts) with { MediatorAssigned = false, EligibleMediators = CouncilMediators };
            case "recordConsent":
                _consents[input.Text("party")!] = DateOf(input, "consentedOn");
                return WithDate(
                    facts with { Parties = [.. facts.Parties.Select(p => p.Id == input.Text("party") ? p with { Consented = true, AcceptedMediator = true } : p)] },
                    CaseDates.LastConsentOn, _consents.Values.Max());
            case "scheduleSession":
                input.TryGet("plannedAt", out DateTimeOffset planned);
                return facts with
                {
                    Sessions = [.. facts.Sessions, new SessionFact(NextId("session"), false)
                    {
                        Kind = input.Text("kind") == "separate" ? SessionKind.Separate : SessionKind.Joint,
                        PartyId = input.Text("party"),
                        PlannedAt = planned,
                    }],
                };
            case "recordSession":
                var attended = List(input, "attended").Select(item => PartyOf(item, facts)).OfType<string>().ToHashSet(StringComparer.Ordinal);
                return WithSession(facts, input.Text("session")!, s => s with { Recorded = true, Attended = attended });
            case "recordNoShow":
                var absent = List(input, "absent").ToHashSet(StringComparer.Ordinal);
                return WithSession(facts, input.Text("session")!, s => s with { Recorded = true, NoShow = true, Absent = absent });
            case "cancelSession":
                return WithSession(facts, input.Text("session")!, s => s with { Cancelled = true });
            case "reachSettlement":
                return facts with { Settlement = new SettlementFact(false, new HashSet<string>()) };
            case "setTerms":
                return facts with { Settlement = new SettlementFact(true, facts.Settlement?.SignedParties ?? new HashSet<string>()) };
            case "reviseDraft":
                _signatures.Clear();
                return WithDate(facts with { Settlement = facts.Settlement! with { SignedParties = new HashSet<string>() } }, CaseDates.LastSignatureOn, null);
            case "recordSignature":
                _signatures[input.Text("party")!] = DateOf(input, "signedOn");
                return WithDate(
                    facts with { Settlement = facts.Settlement! with { SignedParties = _signatures.Keys.ToHashSet(StringComparer.Ordinal) } },
                    CaseDates.LastSignatureOn, _signatures.Values.Max());
            case "rescheduleObligation":
                return facts with
                {
                    Obligations = [.. facts.Obligations.Select(o => o.Id == input.Text("obligation") ? o with { DueOn = DateOf(input, "dueOn"), Status = ObligationStatus.Open } : o)],
                };
            case "recordCourtApplication":
                return WithDate(facts with { CourtApplied = true }, CaseDates.CourtAppliedOn, DateOf(input, "appliedOn"));
            case "extendDeadline":
                return facts with { Extensions = facts.Extensions + 1 };
            default:
                return null;
        }
    }

    /// <summary>Consent is given to a mediator: when the mediator changes, every party must consent again.</summary>
    private CaseFacts WithoutAcceptance(CaseFacts facts)
    {
        _consents.Clear();
        return WithDate(facts with { Parties = [.. facts.Parties.Select(p => p with { AcceptedMediator = false })] }, CaseDates.LastConsentOn, null);
    }

    private static CaseFacts WithSession(CaseFacts facts, string id, Func<SessionFact, SessionFact> change) =>
        facts with { Sessions = [.. facts.Sessions.Select(s => s.Id == id ? change(s) : s)] };

    private static CaseFacts WithDate(CaseFacts facts, string name, DateOnly? value)
    {
        var dates = new Dictionary<string, DateOnly>(facts.Dates, StringComparer.Ordinal);
        if (value is { } date)
        {
            dates[name] = date;
        }
        else
        {
            dates.Remove(name);
        }

        return facts with { Dates = dates };
    }

    private static IReadOnlyList<string> List(ActionInput input, string field) =>
        input.TryGet(field, out IReadOnlyList<string>? items) && items is not null ? items : [];

    /// <summary>The party an attendee stands for: the party itself, or the one a representative acts for.</summary>
    private static string? PartyOf(string attendee, CaseFacts facts)
    {
        var (kind, id) = (attendee[..attendee.IndexOf(':', StringComparison.Ordinal)], attendee[(attendee.IndexOf(':', StringComparison.Ordinal) + 1)..]);
        return kind switch
        {
            "party" => id,
            "representative" => facts.Representatives.First(r => r.Id == id).PartyId,
            _ => null,
        };
    }
}
