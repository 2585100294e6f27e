using System.Globalization;
using MediationFlow.Core.Domain;
using MediationFlow.Core.Errors;
using MediationFlow.Core.Features.Cases;
using MediationFlow.Core.Features.Participants;
using MediationFlow.Core.Features.Representatives;
using MediationFlow.Core.Tests.Infrastructure;
using MediationFlow.Workflows.Engine;
using static MediationFlow.Core.Tests.Infrastructure.CaseSteps;

namespace MediationFlow.Core.Tests.History;

/// <summary>
/// Takes random steps on cases the way users would: reads the case, picks one of the actions the
/// page offers as permitted, fills its form with valid values, and sometimes lets time pass.
/// </summary>
internal sealed class RandomWalker(TestApp app, Random random)
{
    private readonly Dictionary<long, Guid?> _mediators = [];
    private readonly Dictionary<long, string> _states = [];
    private readonly HashSet<(long CaseId, Guid Mediator)> _recused = [];
    private int _counter;

    public Dictionary<string, int> Taken { get; } = new(StringComparer.Ordinal);

    public int Refused { get; private set; }

    public int Edits { get; private set; }

    public int TimeJumps { get; private set; }

    public async Task<long> OpenAsync()
    {
        var d = app.Data;
        var categories = Enum.GetValues<DisputeCategory>();
        List<PartyDetails> parties = [new(PartyRole.Applicant, Name()), new(PartyRole.Respondent, Name())];
        if (random.Next(3) == 0)
        {
            parties.Add(new PartyDetails(random.Next(2) == 0 ? PartyRole.Respondent : PartyRole.Other, Name()));
        }

        var opened = await app.SendAsync<OpenCase.Opened>(d.MediatorA, new OpenCase.Command(
            d.CouncilA, categories[random.Next(categories.Length)], "Walk " + Name(),
            AffectsThirdParties: random.Next(10) == 0, PartyLacksCapacity: false, CorruptionOrPublicServiceOffence: false, parties));
        return opened.CaseId;
    }

    /// <summary>One step on one case: an action by the chair or the case's mediator, a party edit, or time passing.</summary>
    public async Task StepAsync(long caseId)
    {
        if (random.NextDouble() < 0.07)
        {
            TimeJumps++;
            await app.AdvanceAndPumpAsync(TimeSpan.FromDays(random.Next(1, 36)) + TimeSpan.FromHours(random.Next(24)));
            return;
        }

        var d = app.Data;
        // Until a mediator is assigned (or after a recusal) the registering mediator, A, holds the case,
        // unless A has recused from it: then only the chair can move it on.
        var mediator = _mediators.GetValueOrDefault(caseId) ?? (_recused.Contains((caseId, d.MediatorA)) ? null : d.MediatorA);
        // Mostly the one who has work in the state acts first; the other reads the case when they have none.
        var chairFirst = random.NextDouble() < (ChairWaits(_states.GetValueOrDefault(caseId)) ? 0.8 : 0.1);
        Guid[] actors = mediator is not { } m ? [d.ChairA] : chairFirst ? [d.ChairA, m] : [m, d.ChairA];
        foreach (var actor in actors)
        {
            var view = await app.SendAsync<CaseView>(actor, new GetCase.Query(caseId));
            _mediators[caseId] = view.AssignedMediatorId;
            _states[caseId] = view.State;
            if (view.Stage == "intake" && random.NextDouble() < 0.08)
            {
                await EditDataAsync(actor, view);
                return;
            }

            var permitted = view.Actions.Where(a => a.Permitted && HasValidInput(view, a.Trigger)).ToList();
            if (permitted.Count > 0)
            {
                await TakeAsync(actor, view, Pick(view, permitted));
                return;
            }
        }
    }

    /// <summary>States with an action only the chair may take (assign, approve or return, reopen), in the latest definition.</summary>
    private static bool ChairWaits(string? state) =>
        state is not null && TestApp.Workflows.Latest(DependencyInjection.DefaultDefinitionId).Definition.Transitions
            .Any(t => t.From.Contains(state) && t.Roles.SequenceEqual([RoleNames.Chair]));

    /// <summary>
    /// An action can be permitted with no valid value left for its form: every party has consented,
    /// every obligation has its status, every council mediator has recused. A user would not take it.
    /// </summary>
    private bool HasValidInput(CaseView view, string trigger) => trigger switch
    {
        "recordConsent" => view.Parties.Any(p => !p.Consented),
        "recordObligationStatus" => view.Obligations.Any(o => !o.Superseded && o.Status == ObligationStatus.Open),
        "assignMediator" => Mediators(view.Id).Count > 0,
        _ => true,
    };

    private List<Guid> Mediators(long caseId) =>
        [.. new[] { app.Data.MediatorA, app.Data.MediatorA2 }.Where(m => !_recused.Contains((caseId, m)))];

    /// <summary>
    /// Moving on weighs most, recording in place less, closing or recusing least: so that walks also reach
    /// agreement and follow-up instead of ending early or scheduling sessions forever.
    /// </summary>
    private ActionView Pick(CaseView view, List<ActionView> permitted)
    {
        var workflow = TestApp.Workflows.Get(view.DefinitionId, view.DefinitionVersion);
        var weights = permitted.Select(a =>
        {
            var target = workflow.Definition.Transitions.First(t => t.Trigger == a.Trigger && t.From.Contains(view.State)).To;
            return a.Trigger == "recuse" || (target is not null && workflow.State(target).Terminal) ? 1 : target is null ? 15 : 30;
        }).ToList();
        var roll = random.Next(weights.Sum());
        for (var i = 0; i < permitted.Count; i++)
        {
            roll -= weights[i];
            if (roll < 0)
            {
                return permitted[i];
            }
        }

        throw new InvalidOperationException("The weights do not add up.");
    }

    private async Task TakeAsync(Guid actor, CaseView view, ActionView action)
    {
        var input = new Dictionary<string, string?>(StringComparer.Ordinal);
        var noShow = false;
        foreach (var field in action.Fields)
        {
            if (field.Name == "absentParty" ? !noShow : !field.Required && random.Next(2) == 0)
            {
                continue;
            }

            var value = Value(view, action.Trigger, field);
            noShow |= field.Name == "attendance" && value == "noShow";
            input[field.Name] = value;
        }

        try
        {
            var taken = await app.SendAsync<TakeAction.Taken>(actor, new TakeAction.Command(view.Id, action.Trigger, view.Version, input));
            Assert.Equal(view.Version + 1, taken.Version);
            _states[view.Id] = taken.State;
            Taken[action.Trigger] = Taken.GetValueOrDefault(action.Trigger) + 1;
            // Who holds the case as its mediator changes only with these two actions.
            if (action.Trigger == "recuse")
            {
                _recused.Add((view.Id, actor));
                _mediators[view.Id] = null;
            }
            else if (action.Trigger == "assignMediator")
            {
                _mediators[view.Id] = Guid.Parse(input["mediator"]!);
            }
        }
        catch (ValidationFailedException)
        {
            // Not expected from the values chosen above, but if the stored data refuses them, nothing may change.
            Refused++;
            Assert.Equal(view.Version, (await app.SendAsync<CaseView>(app.Data.ChairA, new GetCase.Query(view.Id))).Version);
        }
    }

    private string? Value(CaseView view, string trigger, FieldView field)
    {
        var today = Today(app);
        var settings = TestApp.Workflows.Get(view.DefinitionId, view.DefinitionVersion).Settings;
        return (trigger, field.Type) switch
        {
            ("recordConsent", InputTypes.Party) => Key(OneOf(view.Parties.Where(p => !p.Consented).ToList()).Id),
            (_, InputTypes.Party) => Key(OneOf(view.Parties).Id),
            (_, InputTypes.Session) => Key(OneOf(view.Sessions.Where(s => !s.Recorded).ToList()).Id),
            ("recordObligationStatus", InputTypes.Obligation) => Key(OneOf(view.Obligations.Where(o => !o.Superseded && o.Status == ObligationStatus.Open).ToList()).Id),
            (_, InputTypes.Obligation) => Key(OneOf(view.Obligations.Where(o => !o.Superseded).ToList()).Id),
            (_, InputTypes.User) => Key(OneOf(Mediators(view.Id))),
            (_, InputTypes.Confirmation) => "true",
            (_, InputTypes.Boolean) => random.Next(2) == 0 ? "true" : "false",
            (_, InputTypes.Choice) => OneOf(field.Options).Value,
            ("extendDeadline", InputTypes.Date) => Date(today.AddDays(random.Next(1, (int)settings.MaxExtension!.Value.TotalDays + 1))),
            (_, InputTypes.Date) => Date(today.AddDays(random.Next(0, 60))),
            (_, InputTypes.DateTime) => Date(today.AddDays(random.Next(0, 20))) + "T10:00",
            _ => "Walk note " + Name(),
        };
    }

    /// <summary>Mostly a party edit; sometimes a representative or a participant recorded instead.</summary>
    private async Task EditDataAsync(Guid actor, CaseView view)
    {
        switch (random.Next(4))
        {
            case 2:
                await EditAsync(view, () => app.SendAsync<AddRepresentative.Added>(actor, new AddRepresentative.Command(
                    view.Id, view.Version, OneOf(view.Parties).Id, new RepresentativeDetails(Name(), AuthorityKind.PowerOfAttorney, "Power of attorney " + Name()))));
                break;
            case 3:
                await EditAsync(view, () => app.SendAsync<AddParticipant.Added>(actor, new AddParticipant.Command(
                    view.Id, view.Version, new ParticipantDetails(OneOf(Enum.GetValues<ParticipantKind>()), Name()))));
                break;
            default:
                await EditPartyAsync(actor, view);
                break;
        }
    }

    private async Task EditAsync(CaseView view, Func<Task> edit)
    {
        try
        {
            await edit();
            Edits++;
        }
        catch (ValidationFailedException)
        {
            Refused++;
            Assert.Equal(view.Version, (await app.SendAsync<CaseView>(app.Data.ChairA, new GetCase.Query(view.Id))).Version);
        }
    }

    private async Task EditPartyAsync(Guid actor, CaseView view)
    {
        var add = random.Next(2) == 0;
        var party = OneOf(view.Parties);
        // Mostly keeps the role; sometimes tries one that may break the one-applicant rule and is refused.
        var role = add ? (random.Next(2) == 0 ? PartyRole.Respondent : PartyRole.Other)
            : random.Next(5) == 0 ? OneOf(Enum.GetValues<PartyRole>()) : party.Role;
        var details = new PartyDetails(role, Name(), Phone: "+7 700 " + random.Next(1000000, 9999999).ToString(CultureInfo.InvariantCulture));
        try
        {
            await app.SendAsync<EditParties.Edited>(actor, new EditParties.Command(view.Id, view.Version, add ? null : party.Id, details));
            Edits++;
        }
        catch (ValidationFailedException)
        {
            Refused++;
            Assert.Equal(view.Version, (await app.SendAsync<CaseView>(app.Data.ChairA, new GetCase.Query(view.Id))).Version);
        }
    }

    private T OneOf<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

    private string Name() => "Person " + (++_counter).ToString(CultureInfo.InvariantCulture);

    private static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
