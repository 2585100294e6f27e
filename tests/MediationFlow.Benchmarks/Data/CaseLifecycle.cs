using System.Globalization;
using MediationFlow.Core.Domain;
using MediationFlow.Workflows.Engine;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace MediationFlow.Benchmarks.Data;

/// <summary>The people of one council: who registers, mediates, and is notified as chair.</summary>
public sealed record CouncilPeople(Guid[] Mediators, Guid[] Chairs);

/// <summary>
/// Plays one case of community-mediation v2 from registration to "now" and writes every row the product
/// would have written on the way: the case, parties, consents, declarations, sessions, settlement,
/// obligations, follow-up checks, history events, timers and notifications (audit entries are left out:
/// no benchmarked query reads them, and they would double the rows to generate). The path
/// (declined, no agreement, fulfilled…) and the pace come from the case's own seed, so a council's cases
/// are the same in every database that contains that council.
/// </summary>
public sealed class CaseLifecycle(SampleWriters rows, DateTimeOffset now)
{
    private const string DefinitionId = "community-mediation";
    private const int DefinitionVersion = 2;
    private static readonly DateTimeOffsetToBinaryConverter Instant = new();
    private static readonly TimeSpan Kazakhstan = TimeSpan.FromHours(5);

    private static readonly (DisputeCategory Category, double Share)[] Categories =
    [
        (DisputeCategory.FamilyAndHousehold, 0.48), (DisputeCategory.NeighboursAndHousing, 0.15), (DisputeCategory.LandAndBoundaries, 0.08),
        (DisputeCategory.Labour, 0.07), (DisputeCategory.Consumer, 0.07), (DisputeCategory.MinorOffence, 0.08),
        (DisputeCategory.CommunityTension, 0.02), (DisputeCategory.Other, 0.05),
    ];

    private static readonly Dictionary<string, string> Stages = new(StringComparer.Ordinal)
    {
        ["registered"] = "intake",
        ["awaitingAssignment"] = "intake",
        ["awaitingDeclaration"] = "intake",
        ["awaitingConsent"] = "intake",
        ["inMediation"] = "hearing",
        ["extendedMediation"] = "hearing",
        ["overdue"] = "hearing",
        ["draftingAgreement"] = "agreement",
        ["awaitingSignatures"] = "agreement",
        ["awaitingApproval"] = "agreement",
        ["monitoring"] = "followUp",
    };

    private enum Outcome { NotMediable, Declined, NoAgreement, Withdrawn, Expired, Fulfilled, Breached }

    private sealed record Timer(string TimerId, string Trigger, string InputJson, DateTimeOffset DueAt)
    {
        public string Status { get; set; } = "Pending";
        public DateTimeOffset? CompletedAt { get; set; }
    }

    // The case being played.
    private Random _random = null!;
    private long _caseId;
    private CouncilPeople _people = null!;
    private DateTimeOffset _t;
    private string _state = "";
    private int _version;
    private Guid _registeredBy;
    private Guid? _mediator;
    private DateTimeOffset? _deadline;
    private DateTimeOffset? _closedAt;
    private string _datesJson = "{}";
    private int _extensions;
    private readonly List<Timer> _timers = [];

    public void Write(long caseId, SampleCouncil council, CouncilPeople people, SampleCase header)
    {
        ArgumentNullException.ThrowIfNull(council);
        ArgumentNullException.ThrowIfNull(people);
        _random = new Random(header.Seed);
        (_caseId, _people, _t) = (caseId, people, header.RegisteredAt);
        (_state, _version, _mediator, _deadline, _closedAt, _datesJson, _extensions) = ("registered", 0, null, null, null, "{}", 0);
        _timers.Clear();
        var category = PickCategory();
        var outcome = PickOutcome();
        _registeredBy = _random.NextDouble() < 0.8 ? PickMediator() : people.Chairs[0];

        var parties = new List<long> { Party(PartyRole.Applicant), Party(PartyRole.Respondent) };
        if (_random.NextDouble() < 0.2)
        {
            parties.Add(Party(PartyRole.Respondent));
        }

        Play(outcome, parties);

        foreach (var timer in _timers)
        {
            rows.Timers.Add(_caseId, timer.TimerId, timer.Trigger, timer.InputJson, At(timer.DueAt), timer.Status,
                At(timer.CompletedAt), null, null, timer.Status == "Pending" ? 0 : 1);
        }

        var terminal = !Stages.ContainsKey(_state);
        rows.Cases.Add(_caseId, false, Text(_mediator), category.ToString(), At(_closedAt), false,
            council.Index + 1, _datesJson, At(_deadline), DefinitionId, DefinitionVersion, Description(category), _extensions, terminal, At(_last),
            header.Number, false, At(header.RegisteredAt), Text(_registeredBy), terminal ? "closed" : Stages[_state], _state, _version, null, header.Year);
    }

    private DateTimeOffset _last;

    private void Play(Outcome outcome, List<long> parties)
    {
        var registrant = _registeredBy;
        if (!Event(0, registrant, "open", "registered", "{}"))
        {
            return;
        }

        NotifyChairs("caseRegistered");
        if (outcome == Outcome.NotMediable)
        {
            Event(Days(1, 3), registrant, "closeNotMediable", "notMediable", """{"note":"Affects third parties"}""");
            return;
        }

        if (!Event(Days(0.2, 3), registrant, "acceptForMediation", "awaitingAssignment", "{}"))
        {
            return;
        }

        NotifyChairs("assignmentNeeded");
        var mediator = PickMediator();
        var chair = _people.Chairs[0];
        if (!Event(Days(0.5, 4), chair, "assignMediator", "awaitingDeclaration", $$"""{"mediator":"{{mediator}}"}""", before: () => _mediator = mediator))
        {
            return;
        }

        Notify(mediator, "caseAssigned");
        if (!Event(Days(0.2, 2), mediator, "declareNoConflict", "awaitingConsent", """{"declaration":true}"""))
        {
            return;
        }

        rows.Declarations.Add(_caseId, Text(mediator), false, At(_t));
        for (var i = 0; i < parties.Count; i++)
        {
            var party = parties[i];
            if (outcome == Outcome.Declined && i == parties.Count - 1)
            {
                if (Event(Days(0.5, 4), mediator, "recordDecline", "declined", $$"""{"party":"{{party}}","reason":{{Confidential}}}"""))
                {
                    Note(mediator, "reason", "Does not wish to mediate");
                }

                return;
            }

            if (!Event(Days(0.5, 4), mediator, "recordConsent", "awaitingConsent", $$"""{"party":"{{party}}"}"""))
            {
                return;
            }

            rows.Consents.Add(_caseId, party, At(_t), Text(mediator));
        }

        if (!Event(Days(0, 2), mediator, "signAgreementOnMediation", "inMediation", """{"signedByAll":true}""", before: () => _deadline = _t.AddDays(30)))
        {
            return;
        }

        rows.MediationAgreements.Add(_caseId, At(_t), Text(mediator));
        var deadline = StartTimer("mediationDeadline", "deadlinePassed", "{}", _t.AddDays(30));
        var sessions = outcome is Outcome.Fulfilled or Outcome.Breached ? _random.Next(1, 3) : _random.Next(1, 4);
        var slow = outcome == Outcome.Expired || _random.NextDouble() < 0.05;
        for (var i = 0; i < sessions; i++)
        {
            if (!HoldSession(mediator, parties, slow ? 4 : 1, slow ? 12 : 5))
            {
                return;
            }
        }

        if (slow && _deadline is { } due && _t < due)
        {
            // The deadline passes before the parties are done: the timer fires, the case is overdue.
            if (!Event((due - _t).TotalDays, null, "deadlinePassed", "overdue", "{}", before: () => Fire(deadline)))
            {
                return;
            }

            Notify(mediator, "deadlinePassed");
            NotifyChairs("deadlinePassed");
            if (outcome == Outcome.Expired)
            {
                Event(Days(2, 10), _random.NextDouble() < 0.5 ? mediator : chair, "expire", "expired", "{}");
                return;
            }

            var until = DateOnly.FromDateTime(_t.ToOffset(Kazakhstan).Date).AddDays(_random.Next(10, 30));
            if (!Event(Days(1, 3), mediator, "extendDeadline", "extendedMediation",
                $$"""{"extendedUntil":"{{until:yyyy-MM-dd}}","partiesAgreed":true}""", before: () =>
                {
                    _extensions++;
                    _datesJson = $$"""{"extendedUntil":"{{until:yyyy-MM-dd}}"}""";
                    _deadline = EndOfDay(until);
                }))
            {
                return;
            }

            deadline = StartTimer("extendedDeadline", "deadlinePassed", "{}", _deadline!.Value);
            if (!HoldSession(mediator, parties, 2, 6))
            {
                return;
            }
        }

        switch (outcome)
        {
            case Outcome.NoAgreement:
                if (Event(Days(0, 2), mediator, "declareImpasse", "noAgreement", $$"""{"note":{{Confidential}}}""", before: () => LeaveHearing(deadline)))
                {
                    Note(mediator, "note", "The parties could not agree");
                }

                return;
            case Outcome.Withdrawn:
                if (Event(Days(0, 4), mediator, "withdraw", "withdrawn", $$"""{"party":"{{parties[0]}}","reason":{{Confidential}}}""", before: () => LeaveHearing(deadline)))
                {
                    Note(mediator, "reason", "Settled privately");
                }

                return;
        }

        if (!Event(Days(0, 2), mediator, "reachSettlement", "draftingAgreement", "{}", before: () => LeaveHearing(deadline)))
        {
            return;
        }

        var settlementSigned = (DateTimeOffset?)null;
        var settlementApproved = (DateTimeOffset?)null;
        try
        {
            var obligations = new List<(long Id, long Party, DateOnly DueOn, string Description)>();
            for (var i = _random.Next(1, 3); i > 0; i--)
            {
                var party = parties[_random.Next(parties.Count)];
                var dueOn = DateOnly.FromDateTime(_t.ToOffset(Kazakhstan).Date).AddDays(_random.Next(20, 60));
                var description = Pick(["Pay the debt in instalments", "Repair the fence", "Return the borrowed car", "Apologise in writing", "Share the irrigation schedule"]);
                if (!Event(Days(0.5, 3), mediator, "addObligation", "draftingAgreement",
                    $$"""{"party":"{{party}}","description":"{{description}}","dueOn":"{{dueOn:yyyy-MM-dd}}"}""",
                    before: () => _datesJson = $$"""{"dueOn":"{{dueOn:yyyy-MM-dd}}"}"""))
                {
                    foreach (var o in obligations)
                    {
                        rows.Obligations.Add(o.Id, _caseId, o.Party, o.Description, o.DueOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), "Open", null, null, false);
                    }

                    return;
                }

                obligations.Add((rows.NextObligationId++, party, dueOn, description));
            }

            var statuses = obligations.ToDictionary(o => o.Id, _ => ("Open", (string?)null, (DateTimeOffset?)null));
            try
            {
                if (!Event(Days(0.5, 3), mediator, "submitForSignature", "awaitingSignatures", "{}")
                    || !Event(Days(1, 5), mediator, "signSettlement", "awaitingApproval", """{"signedByAll":true}""", before: () => settlementSigned = _t))
                {
                    return;
                }

                NotifyChairs("approvalRequested");
                if (!Event(Days(1, 7), chair, "approve", "monitoring", "{}", before: () => settlementApproved = _t))
                {
                    return;
                }

                var approved = _t;
                var breached = outcome == Outcome.Breached;
                var followUps = new[] { StartTimer("followUp30", "followUpCheckDue", "{}", approved.AddDays(30)), StartTimer("followUp90", "followUpCheckDue", "{}", approved.AddDays(90)) };
                var steps = new List<(DateTimeOffset At, Func<bool> Step)>();
                foreach (var o in obligations)
                {
                    var timer = StartTimer($"obligationDue:{o.Id}", "obligationDue", $$"""{"obligation":"{{o.Id}}"}""", EndOfDay(o.DueOn));
                    var checkedAt = timer.DueAt.AddDays(1 + (_random.NextDouble() * 4));
                    var status = breached && o.Id == obligations[^1].Id ? "breached" : "fulfilled";
                    steps.Add((timer.DueAt, () => System(timer, "obligationDue", $$"""{"obligation":"{{o.Id}}"}""")));
                    steps.Add((checkedAt, () =>
                    {
                        var done = Event(0, mediator, "recordObligationStatus", "monitoring", $$"""{"obligation":"{{o.Id}}","status":"{{status}}","note":"Checked with both parties"}""");
                        if (done)
                        {
                            statuses[o.Id] = (status == "breached" ? "Breached" : "Fulfilled", "Checked with both parties", _t);
                        }

                        return done;
                    }
                    ));
                }

                steps.Add((followUps[0].DueAt, () => System(followUps[0], "followUpCheckDue", "{}")));
                var recheck = followUps[0].DueAt.AddDays(1 + (_random.NextDouble() * 4));
                steps.Add((recheck, () =>
                {
                    var done = Event(0, mediator, "recordFollowUpCheck", "monitoring", """{"note":"Relations are calm"}""");
                    if (done)
                    {
                        rows.FollowUpChecks.Add(_caseId, "Relations are calm", At(_t), Text(mediator));
                    }

                    return done;
                }
                ));
                steps.Add((followUps[1].DueAt, () => System(followUps[1], "followUpCheckDue", "{}")));
                var closeAt = followUps[1].DueAt.AddDays(_random.NextDouble() * 10);
                steps.Add((closeAt, () =>
                {
                    var done = Event(0, mediator, breached ? "closeBreached" : "closeFulfilled", breached ? "breached" : "fulfilled", "{}", before: () =>
                    {
                        foreach (var timer in _timers.Where(t => t.Status == "Pending"))
                        {
                            timer.Status = "Cancelled";
                            timer.CompletedAt = _t;
                        }
                    });
                    if (done && breached)
                    {
                        NotifyChairs("agreementBreached");
                    }

                    return done;
                }
                ));
                foreach (var (at, step) in steps.OrderBy(s => s.At))
                {
                    if (at > _t)
                    {
                        _t = at;
                    }

                    if (!step())
                    {
                        return;
                    }
                }
            }
            finally
            {
                foreach (var o in obligations)
                {
                    var (status, note, recorded) = statuses[o.Id];
                    rows.Obligations.Add(o.Id, _caseId, o.Party, o.Description, o.DueOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), status, note, At(recorded), false);
                }
            }
        }
        finally
        {
            rows.Settlements.Add(_caseId, At(settlementSigned), At(settlementApproved), settlementApproved is null ? null : Text(chair), null);
        }
    }

    /// <summary>A session scheduled, then recorded as held (or, now and then, as a no-show).</summary>
    private bool HoldSession(Guid mediator, List<long> parties, double minDays, double maxDays)
    {
        var id = rows.NextSessionId++;
        var plannedAt = _t.AddDays(minDays + (_random.NextDouble() * (maxDays - minDays)) / 2).ToOffset(Kazakhstan);
        var place = _random.NextDouble() < 0.2 ? null : "Akimat, room 3";
        var scheduled = Event(Days(0.2, 2), mediator, "scheduleSession", _state,
            $$"""{"plannedAt":"{{plannedAt:yyyy-MM-ddTHH:mm:sszzz}}"{{(place is null ? ",\"online\":true" : $",\"place\":\"{place}\"")}}}""");
        if (!scheduled)
        {
            return false;
        }

        var noShow = _random.NextDouble() < 0.1;
        var absent = noShow ? parties[^1] : (long?)null;
        var recorded = Event(Math.Max(0, (plannedAt - _t).TotalDays) + Days(0, 1), mediator, "recordSession", _state,
            noShow ? $$"""{"session":"{{id}}","attendance":"noShow","absentParty":"{{absent}}"}""" : $$"""{"session":"{{id}}","attendance":"held","outcomeNote":{{Confidential}}}""");
        if (recorded && !noShow)
        {
            Note(mediator, "outcomeNote", "Both sides spoke", id);
        }

        rows.Sessions.Add(id, _caseId, At(plannedAt), place, place is null, recorded, recorded && noShow, recorded ? absent : null,
            recorded ? At(_t) : null, false);
        return recorded;
    }

    private void LeaveHearing(Timer deadline)
    {
        if (deadline.Status == "Pending")
        {
            deadline.Status = "Cancelled";
            deadline.CompletedAt = _t;
            _deadline = null;
        }
    }

    private bool System(Timer timer, string trigger, string input)
    {
        var done = Event(0, null, trigger, _state, input, before: () => Fire(timer));
        if (done)
        {
            Notify(_mediator ?? _registeredBy, trigger == "obligationDue" ? "obligationDue" : "followUpCheckDue");
        }

        return done;
    }

    private void Fire(Timer timer)
    {
        timer.Status = "Fired";
        timer.CompletedAt = _t;
    }

    private Timer StartTimer(string id, string trigger, string input, DateTimeOffset dueAt)
    {
        var timer = new Timer(id, trigger, input, dueAt);
        _timers.Add(timer);
        return timer;
    }

    /// <summary>Moves the clock <paramref name="days"/> on and records the event, unless that would be after "now".</summary>
    private bool Event(double days, Guid? actor, string trigger, string to, string input, Action? before = null)
    {
        var at = _t.AddDays(days);
        if (at > now)
        {
            return false;
        }

        _t = at;
        before?.Invoke();
        var from = _version == 0 ? null : _state;
        _version++;
        _state = to;
        _last = _t;
        if (!Stages.ContainsKey(to))
        {
            _closedAt = _t;
        }

        rows.Events.Add(_caseId, _version, At(_t), Text(actor), trigger, from, to, DefinitionId, DefinitionVersion, input);
        return true;
    }

    /// <summary>What a confidential field holds in a history event; its text is a note of its own.</summary>
    private const string Confidential = """{"confidential":true}""";

    /// <summary>The text of the confidential field just entered with the last event.</summary>
    private void Note(Guid author, string field, string text, long? session = null) =>
        rows.Notes.Add(_caseId, _version, field, session, text, Text(author), At(_t));

    private void NotifyChairs(string template)
    {
        foreach (var chair in _people.Chairs)
        {
            Notify(chair, template);
        }
    }

    /// <summary>Old notifications have mostly been read; recent ones often not.</summary>
    private void Notify(Guid user, string template)
    {
        var read = (now - _t).TotalDays > 14 ? _random.NextDouble() < 0.95 : _random.NextDouble() < 0.4;
        rows.Notifications.Add(Text(user), _caseId, template, At(_t), read ? At(_t.AddHours(_random.Next(1, 72))) : null);
    }

    private long Party(PartyRole role)
    {
        var id = rows.NextPartyId++;
        var name = PersonNames.Next(_random);
        rows.Parties.Add(id, _caseId, role.ToString(), name, name.ToLowerInvariant(), null, null, _random.NextDouble() < 0.6 ? "kk" : "ru");
        return id;
    }

    private Guid PickMediator()
    {
        // The first mediator of a council is its busiest: about a third of its cases.
        var mediators = _people.Mediators;
        return _random.NextDouble() < 0.3 ? mediators[0] : mediators[_random.Next(mediators.Length)];
    }

    private DisputeCategory PickCategory()
    {
        var u = _random.NextDouble();
        foreach (var (category, share) in Categories)
        {
            if ((u -= share) < 0)
            {
                return category;
            }
        }

        return DisputeCategory.Other;
    }

    private Outcome PickOutcome()
    {
        var u = _random.NextDouble();
        return u switch
        {
            < 0.05 => Outcome.NotMediable,
            < 0.12 => Outcome.Declined,
            < 0.24 => Outcome.NoAgreement,
            < 0.29 => Outcome.Withdrawn,
            < 0.34 => Outcome.Expired,
            < 0.90 => Outcome.Fulfilled,
            _ => Outcome.Breached,
        };
    }

    private string Description(DisputeCategory category) => category switch
    {
        DisputeCategory.FamilyAndHousehold => "Disagreement between relatives about the care of an elderly parent.",
        DisputeCategory.NeighboursAndHousing => "A fence moved half a metre onto the neighbour's plot.",
        DisputeCategory.LandAndBoundaries => "Two families claim the same hayfield.",
        _ => Pick(["A dispute over an unpaid debt.", "Noise at night from the flat above.", "Damage to a rented car."]),
    };

    private double Days(double min, double max) => min + (_random.NextDouble() * (max - min));

    private string Pick(string[] values) => values[_random.Next(values.Length)];

    private static DateTimeOffset EndOfDay(DateOnly day) =>
        new DateTimeOffset(day.ToDateTime(new TimeOnly(23, 59, 59)), Kazakhstan).ToUniversalTime();

    /// <summary>As the product stores an instant in SQLite: EF Core's binary layout of the moment in UTC.</summary>
    private static object? At(DateTimeOffset? instant) => instant is { } value ? (long)Instant.ConvertToProvider(value.ToUniversalTime())! : null;

    private static string? Text(Guid? id) => id?.ToString().ToUpperInvariant();
}
