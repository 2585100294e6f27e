using System.Globalization;
using MediationFlow.Core.Domain;
using MediationFlow.Core.Errors;
using MediationFlow.Core.Features.CaseFile;
using MediationFlow.Core.Features.Cases;
using MediationFlow.Core.Features.Intake;
using MediationFlow.Core.Tests.Infrastructure;
using MediationFlow.Workflows.Engine;
using static MediationFlow.Core.Tests.Infrastructure.CaseSteps;

namespace MediationFlow.Core.Tests.Version3;

/// <summary>
/// Walks version 3 cases as their people would: at each step it reads the case as each person who may hold a role on
/// it (the case's mediator or, before assignment, the registering one; the council's chair; a receiving council's
/// chair), gathers the actions permitted to them for which a valid form can be filled, and takes one; sometimes it
/// lets time pass. Where nobody can act, a timer of the case must be pending, and time runs to it: a case never stops
/// where nobody can act (issue 11, point 4).
/// </summary>
internal sealed class V3Walker(TestApp app, Random random)
{
    private int _counter;

    public Dictionary<string, int> EndStates { get; } = new(StringComparer.Ordinal);

    public HashSet<string> OpenStatesVisited { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, int> Taken { get; } = new(StringComparer.Ordinal);

    /// <summary>Steps in which nobody could act and a pending timer moved the case on.</summary>
    public int WaitedForTimers { get; private set; }

    public async Task<long> OpenAsync()
    {
        List<PartyDetails> parties = [new(PartyRole.Applicant, Name()), new(PartyRole.Respondent, Name())];
        if (random.Next(4) == 0)
        {
            parties.Add(new PartyDetails(random.Next(2) == 0 ? PartyRole.Applicant : PartyRole.Respondent, Name()));
        }

        var opened = await app.SendAsync<OpenCase.Opened>(app.Data.MediatorA, new OpenCase.Command(
            app.Data.CouncilA, DisputeCategory.NeighboursAndHousing, "Walk " + Name(),
            AffectsThirdParties: random.Next(12) == 0, PartyLacksCapacity: false, CorruptionOrPublicServiceOffence: false, parties));
        return opened.CaseId;
    }

    /// <summary>Walks one case until it ends (sometimes beyond: court records, a new round) or the step budget runs out.</summary>
    public async Task WalkAsync(long caseId, int steps)
    {
        for (var i = 0; i < steps; i++)
        {
            var chairView = await ReadAsync(ChairOf(await CouncilAsync(caseId)), caseId);
            if (chairView!.IsClosed)
            {
                EndStates[chairView.State] = EndStates.GetValueOrDefault(chairView.State) + 1;
                if (random.Next(4) != 0)
                {
                    return;
                }
            }
            else
            {
                OpenStatesVisited.Add(chairView.State);
            }

            var choices = await ChoicesAsync(chairView);
            if (choices.Count == 0)
            {
                if (chairView.IsClosed)
                {
                    return;
                }

                await WaitForTimerAsync(chairView);
                continue;
            }

            if (!chairView.IsClosed && random.NextDouble() < 0.06)
            {
                await app.AdvanceAndPumpAsync(TimeSpan.FromDays(random.Next(1, 41)));
                await PumpAllAsync();
                continue;
            }

            var (actor, action) = Pick(chairView, choices);
            await TakeAsync(actor, caseId, action);
        }
    }

    /// <summary>
    /// What can move the case on now: each action a person who may hold a role on it may take with a valid form, and
    /// each pending timer whose action the state offers.
    /// </summary>
    public async Task<(IReadOnlyList<string> Actions, IReadOnlyList<string> Timers)> WhatCanActAsync(long caseId)
    {
        var view = (await ReadAsync(ChairOf(await CouncilAsync(caseId)), caseId))!;
        var actions = (await ChoicesAsync(view)).Select(c => c.Action.Trigger).ToList();
        var timers = (await app.TimersAsync(caseId)).Where(t => t.Status == TimerStatus.Pending && view.Actions.Any(a => a.Trigger == t.Trigger))
            .Select(t => t.Trigger).ToList();
        return (actions, timers);
    }

    private async Task<int> CouncilAsync(long caseId) => (await app.CaseRowAsync(caseId)).CouncilId;

    private Guid ChairOf(int council) => council == app.Data.CouncilA ? app.Data.ChairA : app.Data.ChairB;

    /// <summary>Everyone who may hold a role on the case, and what each may do now with a form they can fill.</summary>
    private async Task<List<(Guid Actor, ActionView Action)>> ChoicesAsync(CaseView chairView)
    {
        var d = app.Data;
        var people = new List<Guid> { ChairOf(chairView.CouncilId) };
        people.Add(chairView.AssignedMediatorId ?? d.MediatorA);
        if (chairView.PendingTransferCouncilId is { } receiving)
        {
            people.Add(ChairOf(receiving));
        }

        var choices = new List<(Guid, ActionView)>();
        foreach (var person in people.Distinct())
        {
            var view = person == people[0] ? chairView : await ReadAsync(person, chairView.Id);
            if (view is null)
            {
                continue;
            }

            foreach (var action in view.Actions.Where(a => a.Permitted))
            {
                if (await FormAsync(view, action) is not null)
                {
                    choices.Add((person, action));
                }
            }
        }

        return choices;
    }

    private async Task<CaseView?> ReadAsync(Guid actor, long caseId)
    {
        try
        {
            return await app.SendAsync<CaseView>(actor, new GetCase.Query(caseId));
        }
        catch (NotFoundException)
        {
            // A mediator who recused, or one of another council, no longer reads the case.
            return null;
        }
    }

    /// <summary>Nobody can act: a timer of the case must be pending, and the clock runs to it.</summary>
    private async Task WaitForTimerAsync(CaseView view)
    {
        var pending = (await app.TimersAsync(view.Id)).Where(t => t.Status == TimerStatus.Pending).OrderBy(t => t.DueAt).ToList();
        Assert.True(pending.Count > 0, $"Case {view.Number} is stuck in {view.State}: nobody can act and no timer is pending.");
        Assert.Contains(pending, t => view.Actions.Any(a => a.Trigger == t.Trigger));
        WaitedForTimers++;
        var wait = pending[0].DueAt - app.Time.GetUtcNow();
        await app.AdvanceAndPumpAsync((wait > TimeSpan.Zero ? wait : TimeSpan.Zero) + TimeSpan.FromMinutes(1));
        await PumpAllAsync();
    }

    /// <summary>A timer's action may start another already due (a deadline passed during a long wait): fire until none is.</summary>
    private async Task PumpAllAsync()
    {
        while (await app.PumpAsync() > 0)
        {
        }
    }

    private (Guid, ActionView) Pick(CaseView view, List<(Guid Actor, ActionView Action)> choices)
    {
        var workflow = TestApp.Workflows.Get(view.DefinitionId, view.DefinitionVersion);
        var weights = choices.Select(c =>
        {
            var target = workflow.Definition.Transitions.First(t => t.Trigger == c.Action.Trigger && t.From.Contains(view.State)).To;
            return c.Action.Trigger switch
            {
                "recuse" or "replaceMediator" or "requestTransfer" or "declineTransfer" or "withdrawTransfer" or "closeNotMediable" or "closeNoMediator" => 1,
                "recordDecline" or "withdraw" or "declareImpasse" or "requestNewRound" or "reviseDraft" or "returnForRedraft" or "resumeHearing" => 2,
                "recordCourtApplication" or "recordCourtDecision" or "extendDeadline" or "cancelSession" or "removeObligation" or "rescheduleObligation" => 3,
                "recordConsent" or "recordSignature" or "recordSession" or "recordObligationStatus" or "closeFulfilled" or "closeBreached" => 40,
                _ => target is null ? 15 : 60,
            };
        }).ToList();
        var roll = random.Next(weights.Sum());
        for (var i = 0; i < choices.Count; i++)
        {
            roll -= weights[i];
            if (roll < 0)
            {
                return choices[i];
            }
        }

        throw new InvalidOperationException("The weights do not add up.");
    }

    private async Task TakeAsync(Guid actor, long caseId, ActionView action)
    {
        var view = (await ReadAsync(actor, caseId))!;
        var input = (await FormAsync(view, action))!;
        await MeetRequirementsAsync(actor, caseId, action, input);
        try
        {
            var taken = await app.SendAsync<TakeAction.Taken>(actor, new TakeAction.Command(caseId, action.Trigger, view.Version, input));
            Assert.True(taken.Version > view.Version);
            Taken[action.Trigger] = Taken.GetValueOrDefault(action.Trigger) + 1;
        }
        catch (ValidationFailedException e)
        {
            Assert.Fail($"{action.Trigger} in {view.State} refused a form the walker filled as valid: {string.Join("; ", e.Errors.Select(x => x.Field + ": " + x.Message))}");
        }
    }

    /// <summary>
    /// What the case file lacks for the action, met as a mediator would: the signed copy's scan attached (for the party the
    /// form names), or the reason why there is none.
    /// </summary>
    private async Task MeetRequirementsAsync(Guid actor, long caseId, ActionView action, Dictionary<string, string?> input)
    {
        foreach (var missing in action.Missing.Where(m => string.IsNullOrWhiteSpace(input.GetValueOrDefault(m.ReasonField))))
        {
            // Alternately, without drawing on the walk's random numbers: the seeded walks keep the paths they are known to take.
            if ((_met++ & 1) == 0)
            {
                input[missing.ReasonField] = "Walk: the signed copy stays in the paper file";
                continue;
            }

            var settlement = missing.Code == "attachment:signedSettlement";
            await app.SendAsync<AttachToCaseFile.Attached>(actor, new AttachToCaseFile.Command(
                caseId, settlement ? AttachmentKind.SignedSettlement : AttachmentKind.SignedAgreementOnMediation, "walk.pdf", Scans.Pdf(Name()),
                PartyId: settlement ? long.Parse(input["party"]!, CultureInfo.InvariantCulture) : null));
            Attached++;
        }
    }

    private int _met;

    /// <summary>How many signed copies the walk attached to meet an action's requirement instead of giving a reason.</summary>
    public int Attached { get; private set; }

    /// <summary>A valid form for the action, or null when no valid value is left for a required field.</summary>
    private async Task<Dictionary<string, string?>?> FormAsync(CaseView view, ActionView action)
    {
        var input = new Dictionary<string, string?>(StringComparer.Ordinal);
        var round = view.Rounds.SingleOrDefault(r => r.Number == view.Round);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(app.Time.GetUtcNow(), CouncilTimeZone).DateTime);
        SessionView? session = null;
        foreach (var field in action.Fields)
        {
            if (action.Missing.Any(m => m.ReasonField == field.Name))
            {
                continue; // MeetRequirementsAsync fills it, or attaches the copy instead.
            }

            if (!field.Required && field.Type is not (InputTypes.Party or InputTypes.Text or InputTypes.LongText or InputTypes.Boolean) && random.Next(2) == 0)
            {
                continue;
            }

            if (!field.Required && field.Name != "party" && random.Next(2) == 0)
            {
                continue;
            }

            string? value = field.Type switch
            {
                InputTypes.Party => PartyFor(view, action.Trigger, input),
                InputTypes.Session => (session = OneOrNull(view.Sessions.Where(s => s.Round == view.Round && !s.Recorded && s.CancelledAt is null).ToList()))?.Id is { } id ? Key(id) : null,
                InputTypes.Obligation => ObligationFor(view, action.Trigger),
                InputTypes.User => OneOrNull((await app.SendAsync<IReadOnlyList<ListAssignableMediators.Assignable>>(app.Data.ChairA == ChairOf(view.CouncilId) ? app.Data.ChairA : app.Data.ChairB, new ListAssignableMediators.Query(view.Id))).Select(m => Key(m.UserId)).ToList()),
                InputTypes.Council => (view.CouncilId == app.Data.CouncilA ? app.Data.CouncilB : app.Data.CouncilA).ToString(CultureInfo.InvariantCulture),
                InputTypes.Parties => session?.Kind == SessionKind.Separate ? Key(session.PartyId!.Value) : Key(OneOf(view.Parties).Id),
                InputTypes.Attendees => session?.Kind == SessionKind.Separate ? "party:" + Key(session.PartyId!.Value)
                    : string.Join(',', view.Parties.Where((_, i) => i == 0 || random.Next(4) != 0).Select(p => "party:" + Key(p.Id))),
                InputTypes.Representative => null,
                InputTypes.Confirmation => "true",
                InputTypes.Boolean => random.Next(2) == 0 ? "true" : "false",
                InputTypes.Choice => OneOf(field.Options).Value,
                InputTypes.Date => DateFor(action.Trigger, field.Name, today, round),
                InputTypes.DateTime => DateTimeFor(field.Name, session, today, round),
                _ => "Walk note " + Name(),
            };
            if (value is null)
            {
                if (field.Required)
                {
                    return null;
                }

                continue;
            }

            input[field.Name] = value;
        }

        return action.Trigger == "recordCourtDecision" && !view.CourtProceedings.Any(p => p.Round == view.Round && p.Decision is null) ? null : input;
    }

    private string? PartyFor(CaseView view, string trigger, Dictionary<string, string?> input) => trigger switch
    {
        "recordConsent" => OneOrNull(view.Parties.Where(p => !view.Consents.Any(c => c.PartyId == p.Id && c.Round == view.Round && c.MediatorId == view.AssignedMediatorId))
            .Select(p => Key(p.Id)).ToList()),
        "recordSignature" => OneOrNull(view.Parties.Where(p => view.Settlement?.Round == view.Round
            ? !view.Settlement.Signatures.Any(s => s.PartyId == p.Id && !s.Superseded) : true).Select(p => Key(p.Id)).ToList()),
        // A joint session is with everyone: a party is named only for a separate meeting.
        "scheduleSession" => input.GetValueOrDefault("kind") == "separate" ? Key(OneOf(view.Parties).Id) : null,
        _ => Key(OneOf(view.Parties).Id),
    };

    private string? ObligationFor(CaseView view, string trigger)
    {
        var current = view.Obligations.Where(o => o.Round == view.Round && !o.Superseded).ToList();
        return OneOrNull((trigger switch
        {
            "recordObligationStatus" => current.Where(o => o.Status == ObligationStatus.Open),
            "rescheduleObligation" => current.Where(o => o.Status != ObligationStatus.Fulfilled),
            _ => current,
        }).Select(o => Key(o.Id)).ToList());
    }

    /// <summary>The day the act happened: today, unless the act must fall within the term, or is a date to come.</summary>
    private string? DateFor(string trigger, string field, DateOnly today, RoundView? round)
    {
        var term = round?.TermEndsOn;
        DateOnly? date = (trigger, field) switch
        {
            ("addObligation", "dueOn") or ("rescheduleObligation", "dueOn") => today.AddDays(random.Next(1, 40)),
            ("extendDeadline", "extendedUntil") => term?.AddDays(random.Next(1, 31)),
            ("extendDeadline", "agreedOn") or ("recordSignature", "signedOn") => term is { } end && end < today
                ? (round!.DraftApprovedOn is { } approved && approved > end && trigger == "recordSignature" ? null : end)
                : today,
            _ => today,
        };
        return date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    /// <summary>A session planned for this minute can be recorded at once; it is held at its planned time, within the term.</summary>
    private string? DateTimeFor(string field, SessionView? session, DateOnly today, RoundView? round)
    {
        var local = TimeZoneInfo.ConvertTime(field == "heldAt" && session is not null ? session.PlannedAt : app.Time.GetUtcNow(), CouncilTimeZone);
        if (field == "heldAt" && round?.TermEndsOn is { } end && DateOnly.FromDateTime(local.DateTime) > end)
        {
            return null;
        }

        _ = today;
        return local.ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture);
    }

    private static readonly TimeZoneInfo CouncilTimeZone = TimeZoneInfo.FindSystemTimeZoneById(Council.DefaultTimeZone);

    private T OneOf<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

    private T? OneOrNull<T>(IReadOnlyList<T> items) where T : class => items.Count == 0 ? null : OneOf(items);

    private string Name() => "Person " + (++_counter).ToString(CultureInfo.InvariantCulture);
}
