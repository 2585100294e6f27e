using System.Globalization;
using MediationFlow.Workflows.Definitions;
using MediationFlow.Workflows.Engine;
using Stateless;

namespace MediationFlow.Benchmarks;

/// <summary>What the hand-written machine reports for one action: the trigger and why it is blocked, if it is.</summary>
public sealed record HandWrittenAction(string Trigger, IReadOnlyList<BlockReason> BlockedBy)
{
    public bool IsPermitted => BlockedBy.Count == 0;
}

/// <summary>The outcome of firing on the hand-written machine; the same shape as the engine's where it matters.</summary>
public sealed record HandWrittenFireResult(
    string ToState,
    Refusal? RefusedAs,
    IReadOnlyList<Effect> Effects,
    IReadOnlyList<BlockReason> BlockedBy,
    IReadOnlyList<string> InputErrors);

/// <summary>
/// community-mediation v1 written by hand against Stateless, the way a typical Stateless user would:
/// one class per case, the machine configured in the constructor and hydrated from the stored state,
/// guards as lambdas over <see cref="CaseFacts"/> with their reason codes as guard descriptions, entry
/// and exit actions that collect timer and notification effects. It is the baseline the compiled JSON
/// definition is measured against; <see cref="EquivalenceCheck"/> proves both give the same answers.
/// </summary>
public sealed class HandWrittenCommunityMediation
{
    private const string Role = "role";
    private const string Mediator = "mediator";
    private const string Chair = "chair";
    private const string System = "system";

    private static readonly TimeSpan UtcOffset = TimeSpan.FromHours(5);
    private static readonly TimeSpan MediationPeriod = TimeSpan.FromDays(30);
    private const int MaxExtensionDays = 30;
    private const int MaxExtensions = 1;

    /// <summary>The actions defined from each state, in the order the process lists them.</summary>
    private static readonly Dictionary<string, string[]> TriggersFrom = new(StringComparer.Ordinal)
    {
        [S.Registered] = [T.AcceptForMediation, T.CloseNotMediable],
        [S.AwaitingAssignment] = [T.AssignMediator],
        [S.AwaitingDeclaration] = [T.DeclareNoConflict, T.Recuse],
        [S.AwaitingConsent] = [T.Recuse, T.RecordConsent, T.RecordDecline, T.SignAgreementOnMediation],
        [S.InMediation] = [T.Recuse, T.ScheduleSession, T.RecordSession, T.ReachSettlement, T.DeclareImpasse, T.Withdraw, T.DeadlinePassed],
        [S.ExtendedMediation] = [T.Recuse, T.ScheduleSession, T.RecordSession, T.ReachSettlement, T.DeclareImpasse, T.Withdraw, T.DeadlinePassed],
        [S.Overdue] = [T.DeclareImpasse, T.Withdraw, T.ExtendDeadline, T.Expire],
        [S.Drafting] = [T.Withdraw, T.AddObligation, T.RemoveObligation, T.SignSettlement],
        [S.AwaitingApproval] = [T.Withdraw, T.Approve, T.ReturnForRedraft],
        [S.Monitoring] = [T.ObligationDue, T.FollowUpCheckDue, T.RecordObligationStatus, T.RecordFollowUpCheck, T.CloseFulfilled, T.CloseBreached],
        [S.Breached] = [T.Reopen],
        [S.Fulfilled] = [],
        [S.NoAgreement] = [],
        [S.Withdrawn] = [],
        [S.Declined] = [],
        [S.NotMediable] = [],
        [S.Expired] = [],
    };

    private static readonly HashSet<string> AllTriggers = TriggersFrom.Values.SelectMany(t => t).ToHashSet(StringComparer.Ordinal);

    /// <summary>The input each action takes, checked the way a form model would.</summary>
    private static readonly Dictionary<string, Field[]> Inputs = new(StringComparer.Ordinal)
    {
        [T.CloseNotMediable] = [new("note", Kind.LongText, false)],
        [T.AssignMediator] = [new("mediator", Kind.User, true)],
        [T.DeclareNoConflict] = [new("declaration", Kind.Confirmation, true)],
        [T.Recuse] = [new("reason", Kind.LongText, true)],
        [T.RecordConsent] = [new("party", Kind.Party, true)],
        [T.RecordDecline] = [new("party", Kind.Party, true), new("reason", Kind.LongText, false)],
        [T.SignAgreementOnMediation] = [new("signedByAll", Kind.Confirmation, true)],
        [T.ScheduleSession] = [new("plannedAt", Kind.DateTime, true), new("place", Kind.Text, false), new("online", Kind.Boolean, false)],
        [T.RecordSession] =
        [
            new("session", Kind.Session, true), new("attendance", Kind.Choice, true, ["held", "noShow"]),
            new("absentParty", Kind.Party, false), new("outcomeNote", Kind.LongText, false),
        ],
        [T.DeclareImpasse] = [new("note", Kind.LongText, false)],
        [T.Withdraw] = [new("party", Kind.Party, true), new("reason", Kind.LongText, false)],
        [T.ExtendDeadline] = [new("extendedUntil", Kind.Date, true), new("partiesAgreed", Kind.Confirmation, true)],
        [T.AddObligation] = [new("party", Kind.Party, true), new("description", Kind.Text, true), new("dueOn", Kind.Date, true)],
        [T.RemoveObligation] = [new("obligation", Kind.Obligation, true)],
        [T.SignSettlement] = [new("signedByAll", Kind.Confirmation, true)],
        [T.ReturnForRedraft] = [new("comment", Kind.LongText, true)],
        [T.ObligationDue] = [new("obligation", Kind.Obligation, true)],
        [T.RecordObligationStatus] =
        [
            new("obligation", Kind.Obligation, true), new("status", Kind.Choice, true, ["fulfilled", "breached"]),
            new("note", Kind.LongText, false),
        ],
        [T.RecordFollowUpCheck] = [new("note", Kind.LongText, true)],
        [T.Reopen] = [new("reason", Kind.LongText, true)],
    };

    private static readonly LocalizedText MediatorOnly = new(
        "Бұл әрекетті тек мына рөлдер орындай алады: медиатор", "Это действие доступно только роли: медиатор", "Only these roles may take this action: mediator");
    private static readonly LocalizedText ChairOnly = new(
        "Бұл әрекетті тек мына рөлдер орындай алады: төраға", "Это действие доступно только роли: председатель", "Only these roles may take this action: chair");
    private static readonly LocalizedText MediatorOrChair = new(
        "Бұл әрекетті тек мына рөлдер орындай алады: медиатор, төраға", "Это действие доступно только роли: медиатор, председатель", "Only these roles may take this action: mediator, chair");
    private static readonly LocalizedText SystemOnly = new(
        "Бұл әрекетті тек мына рөлдер орындай алады: жүйе", "Это действие доступно только роли: система", "Only these roles may take this action: the system");

    private static readonly Dictionary<string, LocalizedText> GuardReasons = new(StringComparer.Ordinal)
    {
        ["mediable"] = new("Тексеру нәтижесінде дау медиацияға жатпайтыны анықталды", "По итогам проверки спор не подлежит медиации", "Screening found the dispute is not mediable"),
        ["notMediable"] = new("Тексеру нәтижесінде дау медиацияға жататыны анықталды", "По итогам проверки спор подлежит медиации", "Screening found the dispute is mediable"),
        ["hasRespondent"] = new("Іске кемінде бір екінші тарап қосылуы керек", "В деле должна быть хотя бы одна вторая сторона", "The case needs at least one respondent"),
        ["allPartiesConsented"] = new("Барлық тараптар медиацияға ерікті келісім беруі керек", "Все стороны должны дать добровольное согласие", "Every party must give voluntary consent first"),
        ["sessionScheduled"] = new("Алдымен сессияны жоспарлаңыз", "Сначала назначьте сессию", "Schedule a session first"),
        ["sessionHeld"] = new("Кемінде бір сессия өтуі керек", "Должна состояться хотя бы одна сессия", "At least one session must have been held"),
        ["hasObligations"] = new("Келісімде кемінде бір міндеттеме болуы керек", "В соглашении должно быть хотя бы одно обязательство", "The agreement needs at least one obligation"),
        ["allObligationsFulfilled"] = new("Барлық міндеттемелер орындалуы керек", "Все обязательства должны быть исполнены", "Every obligation must be fulfilled"),
        ["anyObligationBreached"] = new("Бұзылған міндеттеме жоқ", "Нет нарушенных обязательств", "No obligation has been breached"),
        ["extensionAllowed"] = new("Мерзімді бұдан әрі ұзартуға болмайды", "Достигнут предел продлений срока", "The deadline cannot be extended again"),
        ["extensionWithinLimit"] = new("Жаңа мерзім рұқсат етілген шектен асады немесе өтіп кеткен", "Новый срок в прошлом или превышает допустимое продление", "The new deadline is in the past or beyond the allowed extension"),
    };

    private static readonly Dictionary<string, LocalizedText> Notifications = new(StringComparer.Ordinal)
    {
        ["caseRegistered"] = new("Жаңа іс тіркелді", "Зарегистрировано новое дело", "A new case was registered"),
        ["sensitiveCase"] = new("Назар аударыңыз: қауымдастықтар арасындағы шиеленіс туралы іс", "Внимание: дело о напряжённости между общинами", "Attention: a case about tension between communities"),
        ["assignmentNeeded"] = new("Іске медиатор тағайындаңыз", "Назначьте медиатора по делу", "Assign a mediator to the case"),
        ["caseAssigned"] = new("Сізге іс тағайындалды", "Вам назначено дело", "A case was assigned to you"),
        ["deadlinePassed"] = new("Медиация мерзімі өтті", "Срок медиации истёк", "The mediation deadline has passed"),
        ["approvalRequested"] = new("Дауды реттеу туралы келісім сіздің бекітуіңізді күтуде", "Соглашение об урегулировании спора ожидает вашего утверждения", "A settlement agreement awaits your approval"),
        ["agreementReturned"] = new("Дауды реттеу туралы келісім қайта өңдеуге қайтарылды", "Соглашение возвращено на доработку", "The settlement agreement was returned for redrafting"),
        ["obligationDue"] = new("Міндеттеменің орындалу мерзімі келді: тексеріңіз", "Наступил срок исполнения обязательства: проверьте его", "An obligation is due: check it"),
        ["followUpCheckDue"] = new("Бақылау тексерісін жүргізіңіз", "Проведите контрольную проверку", "A follow-up check is due"),
        ["agreementBreached"] = new("Дауды реттеу туралы келісім бұзылды", "Соглашение нарушено", "A settlement agreement was breached"),
        ["caseReopened"] = new("Іс қайта ашылды", "Дело возобновлено", "The case was reopened"),
    };

    private static readonly HashSet<string> SensitiveCategories = new(StringComparer.Ordinal) { "communityTension" };

    private readonly StateMachine<string, string> _machine;
    private readonly CaseFacts _facts;
    private readonly IReadOnlySet<string> _roles;
    private readonly DateTimeOffset _now;
    private readonly List<Effect> _effects = [];

    /// <summary>
    /// Stateless's InternalTransitionIf takes one guard, so an internal action with a role and a guard
    /// gets one combined guard; its parts are kept here to say which of them failed.
    /// </summary>
    private Tuple<Func<bool>, string>[] _recordSessionGuards = [];
    private Tuple<Func<bool>, string>[] _removeObligationGuards = [];

    private string _state;
    private Dictionary<string, object>? _input;

    public HandWrittenCommunityMediation(string state, CaseFacts facts, IReadOnlySet<string> roles, DateTimeOffset now)
    {
        _state = state;
        _facts = facts;
        _roles = roles;
        _now = now;
        _machine = new StateMachine<string, string>(() => _state, s => _state = s, FiringMode.Immediate);
        Configure();
    }

    public string State => _state;

    public IReadOnlyList<Effect> Effects => _effects;

    /// <summary>Every action defined from the current state, with the reasons it is blocked.</summary>
    public IReadOnlyList<HandWrittenAction> GetActions()
    {
        var triggers = TriggersFrom[_state];
        var actions = new HandWrittenAction[triggers.Length];
        for (var i = 0; i < triggers.Length; i++)
        {
            actions[i] = new HandWrittenAction(triggers[i], BlockedBy(triggers[i]));
        }

        return actions;
    }

    public HandWrittenFireResult Fire(string trigger, IReadOnlyDictionary<string, string?> rawInput)
    {
        if (!AllTriggers.Contains(trigger))
        {
            return Refused(Refusal.UnknownAction);
        }

        if (Array.IndexOf(TriggersFrom[_state], trigger) < 0)
        {
            return Refused(Refusal.NotAvailable);
        }

        var blocked = BlockedBy(trigger);
        if (blocked.Count > 0)
        {
            return Refused(Refusal.Blocked, blocked);
        }

        var (input, errors) = ParseInput(trigger, rawInput);
        if (errors.Count > 0)
        {
            return Refused(Refusal.InvalidInput, inputErrors: errors);
        }

        // Guards that judge the input (the extension limit) see it from here on.
        _input = input;
        if (!_machine.CanFire(trigger))
        {
            return Refused(Refusal.Blocked, BlockedBy(trigger));
        }

        _machine.Fire(trigger);
        return new HandWrittenFireResult(_state, null, _effects, [], []);
    }

    private HandWrittenFireResult Refused(Refusal refusal, IReadOnlyList<BlockReason>? blockedBy = null, IReadOnlyList<string>? inputErrors = null) =>
        new(_state, refusal, [], blockedBy ?? [], inputErrors ?? []);

    private List<BlockReason> BlockedBy(string trigger)
    {
        if (_machine.CanFire(trigger, out var unmet))
        {
            return [];
        }

        var parts = trigger switch
        {
            T.RecordSession => _recordSessionGuards,
            T.RemoveObligation => _removeObligationGuards,
            _ => null,
        };
        if (parts is not null)
        {
            unmet = [.. parts.Where(p => !p.Item1()).Select(p => p.Item2)];
        }

        var reasons = new List<BlockReason>(unmet.Count);
        foreach (var code in unmet)
        {
            reasons.Add(code == Role
                ? new BlockReason(BlockKind.Role, Role, RoleReason(trigger))
                : new BlockReason(BlockKind.Guard, code, GuardReasons[code]));
        }

        return reasons;
    }

    private static LocalizedText RoleReason(string trigger) => trigger switch
    {
        T.AcceptForMediation or T.CloseNotMediable or T.Expire => MediatorOrChair,
        T.AssignMediator or T.Approve or T.ReturnForRedraft or T.Reopen => ChairOnly,
        T.DeadlinePassed or T.ObligationDue or T.FollowUpCheckDue => SystemOnly,
        _ => MediatorOnly,
    };

    private void Configure()
    {
        var mediatorOnly = G(() => _roles.Contains(Mediator), Role);
        var chairOnly = G(() => _roles.Contains(Chair), Role);
        var mediatorOrChair = G(() => _roles.Contains(Mediator) || _roles.Contains(Chair), Role);
        var systemOnly = G(() => _roles.Contains(System), Role);
        var sessionHeld = G(() => _facts.Sessions.Any(s => s.Recorded), "sessionHeld");
        var hasObligations = G(() => _facts.Obligations.Count > 0, "hasObligations");
        var sessionScheduled = G(() => _facts.Sessions.Any(s => !s.Recorded), "sessionScheduled");
        _recordSessionGuards = [mediatorOnly, sessionScheduled];
        _removeObligationGuards = [mediatorOnly, hasObligations];

        _machine.Configure(S.Registered)
            .OnEntry(() =>
            {
                Notify(Chair, "caseRegistered");
                if (_facts.Category is { } category && SensitiveCategories.Contains(category))
                {
                    Notify(Chair, "sensitiveCase");
                }
            })
            .PermitIf(T.AcceptForMediation, S.AwaitingAssignment,
                mediatorOrChair,
                G(() => !_facts.Screening.AnyBarsMediation, "mediable"),
                G(() => _facts.Parties.Any(p => p.Role == PartyRole.Respondent), "hasRespondent"))
            .PermitIf(T.CloseNotMediable, S.NotMediable,
                mediatorOrChair,
                G(() => _facts.Screening.AnyBarsMediation, "notMediable"));

        _machine.Configure(S.AwaitingAssignment)
            .OnEntry(() => Notify(Chair, "assignmentNeeded"))
            .PermitIf(T.AssignMediator, S.AwaitingDeclaration, chairOnly);

        _machine.Configure(S.AwaitingDeclaration)
            .OnEntry(() => Notify(Mediator, "caseAssigned"))
            .PermitIf(T.DeclareNoConflict, S.AwaitingConsent, mediatorOnly)
            .PermitIf(T.Recuse, S.AwaitingAssignment, mediatorOnly);

        _machine.Configure(S.AwaitingConsent)
            .PermitIf(T.Recuse, S.AwaitingAssignment, mediatorOnly)
            .InternalTransitionIf(T.RecordConsent, _ => mediatorOnly.Item1(), () => { }, Role)
            .PermitIf(T.RecordDecline, S.Declined, mediatorOnly)
            .PermitIf(T.SignAgreementOnMediation, S.InMediation,
                mediatorOnly,
                G(() => _facts.Parties.Count >= 2 && _facts.Parties.All(p => p.Consented), "allPartiesConsented"));

        ConfigureMediation(S.InMediation, "mediationDeadline", mediatorOnly, systemOnly, sessionScheduled, sessionHeld)
            .OnEntry(() => _effects.Add(new StartTimer("mediationDeadline", _now + MediationPeriod, T.DeadlinePassed)))
            .OnEntryFrom(T.Reopen, () => Notify(Mediator, "caseReopened"));

        ConfigureMediation(S.ExtendedMediation, "extendedDeadline", mediatorOnly, systemOnly, sessionScheduled, sessionHeld)
            .OnEntry(() => _effects.Add(new StartTimer("extendedDeadline", ExtendedUntil(), T.DeadlinePassed)));

        _machine.Configure(S.Overdue)
            .OnEntry(() =>
            {
                Notify(Mediator, "deadlinePassed");
                Notify(Chair, "deadlinePassed");
            })
            .PermitIf(T.DeclareImpasse, S.NoAgreement, mediatorOnly, sessionHeld)
            .PermitIf(T.Withdraw, S.Withdrawn, mediatorOnly)
            .PermitIf(T.ExtendDeadline, S.ExtendedMediation,
                mediatorOnly,
                G(() => _facts.Extensions < MaxExtensions, "extensionAllowed"),
                G(ExtensionWithinLimit, "extensionWithinLimit"))
            .PermitIf(T.Expire, S.Expired, mediatorOrChair);

        _machine.Configure(S.Drafting)
            .PermitIf(T.Withdraw, S.Withdrawn, mediatorOnly)
            .InternalTransitionIf(T.AddObligation, _ => mediatorOnly.Item1(), () => { }, Role)
            .InternalTransitionIf(T.RemoveObligation, _ => mediatorOnly.Item1() && hasObligations.Item1(), () => { }, "hasObligations")
            .PermitIf(T.SignSettlement, S.AwaitingApproval, mediatorOnly, hasObligations)
            .OnEntryFrom(T.ReturnForRedraft, () => Notify(Mediator, "agreementReturned"));

        _machine.Configure(S.AwaitingApproval)
            .OnEntry(() => Notify(Chair, "approvalRequested"))
            .PermitIf(T.Withdraw, S.Withdrawn, mediatorOnly)
            .PermitIf(T.Approve, S.Monitoring, chairOnly)
            .PermitIf(T.ReturnForRedraft, S.Drafting, chairOnly);

        _machine.Configure(S.Monitoring)
            .OnEntry(() =>
            {
                _effects.Add(new StartTimer("followUp30", _now + TimeSpan.FromDays(30), T.FollowUpCheckDue));
                _effects.Add(new StartTimer("followUp90", _now + TimeSpan.FromDays(90), T.FollowUpCheckDue));
                _effects.Add(new ScheduleObligationChecks(T.ObligationDue));
            })
            .OnExit(() =>
            {
                _effects.Add(new CancelTimer("followUp30"));
                _effects.Add(new CancelTimer("followUp90"));
                _effects.Add(new CancelObligationChecks());
            })
            .InternalTransitionIf(T.ObligationDue, _ => systemOnly.Item1(), () => Notify(Mediator, "obligationDue"), Role)
            .InternalTransitionIf(T.FollowUpCheckDue, _ => systemOnly.Item1(), () => Notify(Mediator, "followUpCheckDue"), Role)
            .InternalTransitionIf(T.RecordObligationStatus, _ => mediatorOnly.Item1(), () => { }, Role)
            .InternalTransitionIf(T.RecordFollowUpCheck, _ => mediatorOnly.Item1(), () => { }, Role)
            .PermitIf(T.CloseFulfilled, S.Fulfilled,
                mediatorOnly,
                G(() => _facts.Obligations.Count > 0 && _facts.Obligations.All(o => o.Status == ObligationStatus.Fulfilled), "allObligationsFulfilled"))
            .PermitIf(T.CloseBreached, S.Breached,
                mediatorOnly,
                G(() => _facts.Obligations.Any(o => o.Status == ObligationStatus.Breached), "anyObligationBreached"));

        _machine.Configure(S.Breached)
            .OnEntryFrom(T.CloseBreached, () => Notify(Chair, "agreementBreached"))
            .PermitIf(T.Reopen, S.InMediation, chairOnly);

        _machine.Configure(S.Fulfilled);
        _machine.Configure(S.NoAgreement);
        _machine.Configure(S.Withdrawn);
        _machine.Configure(S.Declined);
        _machine.Configure(S.NotMediable);
        _machine.Configure(S.Expired);
    }

    /// <summary>inMediation and extendedMediation take the same actions; only their deadline timer differs.</summary>
    private StateMachine<string, string>.StateConfiguration ConfigureMediation(
        string state, string timer,
        Tuple<Func<bool>, string> mediatorOnly, Tuple<Func<bool>, string> systemOnly,
        Tuple<Func<bool>, string> sessionScheduled, Tuple<Func<bool>, string> sessionHeld)
    {
        return _machine.Configure(state)
            .OnExit(() => _effects.Add(new CancelTimer(timer)))
            .PermitIf(T.Recuse, S.AwaitingAssignment, mediatorOnly)
            .InternalTransitionIf(T.ScheduleSession, _ => mediatorOnly.Item1(), () => { }, Role)
            .InternalTransitionIf(T.RecordSession, _ => mediatorOnly.Item1() && sessionScheduled.Item1(), () => { }, "sessionScheduled")
            .PermitIf(T.ReachSettlement, S.Drafting, mediatorOnly, sessionHeld)
            .PermitIf(T.DeclareImpasse, S.NoAgreement, mediatorOnly, sessionHeld)
            .PermitIf(T.Withdraw, S.Withdrawn, mediatorOnly)
            .PermitIf(T.DeadlinePassed, S.Overdue, systemOnly);
    }

    private static Tuple<Func<bool>, string> G(Func<bool> check, string code) => Tuple.Create(check, code);

    private void Notify(string role, string template) => _effects.Add(new Notify(role, template, Notifications[template]));

    private DateOnly Today => DateOnly.FromDateTime(_now.ToOffset(UtcOffset).DateTime);

    private bool ExtensionWithinLimit()
    {
        if (_input is null || !_input.TryGetValue("extendedUntil", out var value) || value is not DateOnly until)
        {
            return true;
        }

        var today = Today;
        return until > today && until <= today.AddDays(MaxExtensionDays);
    }

    private DateTimeOffset ExtendedUntil()
    {
        DateOnly date;
        if (_input is not null && _input.TryGetValue("extendedUntil", out var value) && value is DateOnly fromInput)
        {
            date = fromInput;
        }
        else if (!_facts.Dates.TryGetValue("extendedUntil", out date))
        {
            throw new InvalidOperationException("The extended deadline has no date.");
        }

        return new DateTimeOffset(date.AddDays(1).ToDateTime(TimeOnly.MinValue), UtcOffset);
    }

    private (Dictionary<string, object> Values, List<string> Errors) ParseInput(string trigger, IReadOnlyDictionary<string, string?> raw)
    {
        var values = new Dictionary<string, object>(StringComparer.Ordinal);
        var errors = new List<string>();
        var fields = Inputs.TryGetValue(trigger, out var known) ? known : [];
        foreach (var name in raw.Keys)
        {
            if (!fields.Any(f => f.Name == name))
            {
                errors.Add(name);
            }
        }

        foreach (var field in fields)
        {
            var text = raw.TryGetValue(field.Name, out var given) ? given?.Trim() : null;
            if (string.IsNullOrEmpty(text))
            {
                if (field.Required)
                {
                    errors.Add(field.Name);
                }

                continue;
            }

            if (ParseValue(field, text) is { } value)
            {
                values[field.Name] = value;
            }
            else
            {
                errors.Add(field.Name);
            }
        }

        return (values, errors);
    }

    private object? ParseValue(Field field, string text) => field.Kind switch
    {
        Kind.Text or Kind.User => text.Length <= 500 ? text : null,
        Kind.LongText => text.Length <= 8000 ? text : null,
        Kind.Boolean => YesOrNo(text),
        Kind.Confirmation => YesOrNo(text) == true ? true : null,
        Kind.Date => DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null,
        Kind.DateTime => DateTime.TryParseExact(text, DateTimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)
            ? new DateTimeOffset(local, UtcOffset)
            : DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var moment) && HasOffset(text) ? moment : null,
        Kind.Choice => field.Options!.Contains(text) ? text : null,
        Kind.Party => _facts.Parties.Any(p => p.Id == text) ? text : null,
        Kind.Session => _facts.Sessions.Any(s => s.Id == text) ? text : null,
        Kind.Obligation => _facts.Obligations.Any(o => o.Id == text) ? text : null,
        _ => throw new InvalidOperationException($"No parser for {field.Kind}."),
    };

    private static readonly string[] DateTimeFormats = ["yyyy-MM-ddTHH:mm", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-dd HH:mm"];

    private static bool? YesOrNo(string text) => text.ToUpperInvariant() switch
    {
        "TRUE" or "ON" or "YES" or "1" => true,
        "FALSE" or "OFF" or "NO" or "0" => false,
        _ => null,
    };

    private static bool HasOffset(string text) =>
        text.EndsWith('Z') || (text.Length > 6 && (text[^6] == '+' || text[^6] == '-') && text[^3] == ':');

    private enum Kind
    {
        Text,
        LongText,
        User,
        Boolean,
        Confirmation,
        Date,
        DateTime,
        Choice,
        Party,
        Session,
        Obligation,
    }

    private sealed record Field(string Name, Kind Kind, bool Required, string[]? Options = null);

    /// <summary>The states.</summary>
    public static class S
    {
        public const string Registered = "registered";
        public const string AwaitingAssignment = "awaitingAssignment";
        public const string AwaitingDeclaration = "awaitingDeclaration";
        public const string AwaitingConsent = "awaitingConsent";
        public const string InMediation = "inMediation";
        public const string ExtendedMediation = "extendedMediation";
        public const string Overdue = "overdue";
        public const string Drafting = "drafting";
        public const string AwaitingApproval = "awaitingApproval";
        public const string Monitoring = "monitoring";
        public const string Fulfilled = "fulfilled";
        public const string Breached = "breached";
        public const string NoAgreement = "noAgreement";
        public const string Withdrawn = "withdrawn";
        public const string Declined = "declined";
        public const string NotMediable = "notMediable";
        public const string Expired = "expired";
    }

    /// <summary>The triggers (actions).</summary>
    public static class T
    {
        public const string AcceptForMediation = "acceptForMediation";
        public const string CloseNotMediable = "closeNotMediable";
        public const string AssignMediator = "assignMediator";
        public const string DeclareNoConflict = "declareNoConflict";
        public const string Recuse = "recuse";
        public const string RecordConsent = "recordConsent";
        public const string RecordDecline = "recordDecline";
        public const string SignAgreementOnMediation = "signAgreementOnMediation";
        public const string ScheduleSession = "scheduleSession";
        public const string RecordSession = "recordSession";
        public const string ReachSettlement = "reachSettlement";
        public const string DeclareImpasse = "declareImpasse";
        public const string Withdraw = "withdraw";
        public const string DeadlinePassed = "deadlinePassed";
        public const string ExtendDeadline = "extendDeadline";
        public const string Expire = "expire";
        public const string AddObligation = "addObligation";
        public const string RemoveObligation = "removeObligation";
        public const string SignSettlement = "signSettlement";
        public const string Approve = "approve";
        public const string ReturnForRedraft = "returnForRedraft";
        public const string ObligationDue = "obligationDue";
        public const string FollowUpCheckDue = "followUpCheckDue";
        public const string RecordObligationStatus = "recordObligationStatus";
        public const string RecordFollowUpCheck = "recordFollowUpCheck";
        public const string CloseFulfilled = "closeFulfilled";
        public const string CloseBreached = "closeBreached";
        public const string Reopen = "reopen";
    }
}
