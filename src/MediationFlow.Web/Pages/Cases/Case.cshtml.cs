using System.Globalization;
using MediationFlow.Core.Domain;
using MediationFlow.Core.Errors;
using MediationFlow.Core.Features.Cases;
using MediationFlow.Core.Features.Councils;
using MediationFlow.Core.Features.Intake;
using MediationFlow.Core.Features.Workshops;
using MediationFlow.Core.Features.Participants;
using MediationFlow.Core.Features.Representatives;
using MediationFlow.Core.Features.Transfers;
using MediationFlow.Web.Presentation;
using MediationFlow.Workflows.Diagrams;
using MediationFlow.Workflows.Engine;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace MediationFlow.Web.Pages.Cases;

/// <summary>
/// The case page: everything about the case, its timeline, and the actions the reader may take now as
/// forms. A refused or stale submission shows the page again with the reader's typed values kept.
/// </summary>
public sealed class CaseModel(ISender sender, WorkflowCatalog catalog, Display display, IStringLocalizer<SharedResource> text) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public long Id { get; set; }

    public CaseView Case { get; private set; } = null!;

    public IReadOnlyList<GetHistory.HistoryEntry> History { get; private set; } = [];

    /// <summary>Display names of the council's members, by user id, for the mediator select and the timeline.</summary>
    public IReadOnlyDictionary<string, string> UserNames { get; private set; } = new Dictionary<string, string>();

    public string Diagram { get; private set; } = string.Empty;

    /// <summary>The definition version the case runs on: its closing reasons and legal bases for the outcome.</summary>
    public CompiledWorkflow Workflow { get; private set; } = null!;

    /// <summary>
    /// The chair reviews the draft before the parties sign it, each on their own date (version 3 on): the definition
    /// records the day the draft was approved.
    /// </summary>
    public bool ReviewsDraft => Workflow.Definition.Dates.ContainsKey("draftApprovedOn");

    /// <summary>The name of a case's party, representative or participant, as a session's attendance refers to them.</summary>
    public string PersonName(AttendeeKind kind, long id) => kind switch
    {
        AttendeeKind.Party => Case.Parties.FirstOrDefault(p => p.Id == id)?.FullName,
        AttendeeKind.Representative => Case.Representatives.FirstOrDefault(r => r.Id == id)?.FullName,
        _ => Case.Participants.FirstOrDefault(p => p.Id == id)?.FullName,
    } ?? string.Empty;

    public CaseChoices Choices { get; private set; } = null!;

    /// <summary>For a sandbox case: its workshop, whose brief and events the page shows beside the case.</summary>
    public GetWorkshop.WorkshopView? Workshop { get; private set; }

    /// <summary>The action a refused submission was for, with what the reader typed and what was wrong.</summary>
    public string? SubmittedTrigger { get; private set; }

    public IReadOnlyDictionary<string, string?> SubmittedValues { get; private set; } = new Dictionary<string, string?>();

    public Dictionary<string, string> Errors { get; private set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Set when the submission was built on an older version: what others did meanwhile.</summary>
    public IReadOnlyList<GetHistory.HistoryEntry>? ChangedMeanwhile { get; private set; }

    public string? Notice { get; private set; }

    public string? Done { get; private set; }

    /// <summary>The party form that failed ("new" or a party id), to open it again with the reader's values.</summary>
    public string? PartyFormKey { get; private set; }

    [BindProperty]
    public PartyInput Party { get; set; } = new();

    /// <summary>The representative form that failed ("new-" and a party id, or a representative id), to open it again with the reader's values.</summary>
    public string? RepresentativeFormKey { get; private set; }

    [BindProperty]
    public RepresentativeInput Representative { get; set; } = new();

    /// <summary>Set when the participant form failed, to open it again with the reader's values.</summary>
    public bool ParticipantFormFailed { get; private set; }

    [BindProperty]
    public ParticipantInput Participant { get; set; } = new();

    /// <summary>Representatives and participants may change while the case is open (the application enforces it too).</summary>
    public bool PeopleEditable => !Case.IsClosed;

    /// <summary>Parties can be corrected only in the workflow's first stage (the application enforces it too).</summary>
    public bool PartiesEditable =>
        !Case.IsClosed && catalog.TryGet(Case.DefinitionId, Case.DefinitionVersion, out var w)
        && w.State(w.Definition.Initial).Stage == Case.Stage;

    public IEnumerable<ActionView> PermittedActions => Case.Actions.Where(a => a.Permitted);

    /// <summary>How each permitted action ranks: the conclusion first, then the regular steps; exceptional ones after them.</summary>
    public IReadOnlyDictionary<string, ActionRank> Ranks { get; private set; } = new Dictionary<string, ActionRank>();

    public IEnumerable<ActionView> MainActions =>
        PermittedActions.Where(a => Ranks[a.Trigger] != ActionRank.Exceptional).OrderBy(a => Ranks[a.Trigger]);

    public IEnumerable<ActionView> ExceptionalActions => PermittedActions.Where(a => Ranks[a.Trigger] == ActionRank.Exceptional);

    /// <summary>The chair's return of the draft, while the case is still in the redraft it asked for.</summary>
    public GetHistory.HistoryEntry? ReturnedForRedraft =>
        History.LastOrDefault(h => h.FromState != h.ToState) is { Trigger: Approvals.IndexModel.Return } entry && entry.ToState == Case.State ? entry : null;

    public string? ReturnComment =>
        ReturnedForRedraft?.Input is { ValueKind: System.Text.Json.JsonValueKind.Object } input && input.TryGetProperty("comment", out var comment)
            ? comment.GetString()
            : null;

    /// <summary>The action waiting for the reader's confirmation (it closes the case, or approves the agreement), with the version it was built on.</summary>
    public string? Confirming { get; private set; }

    public int ConfirmingVersion { get; private set; }

    /// <summary>Blocked actions a person could take in some case; those only the timers take are left out.</summary>
    public IEnumerable<ActionView> BlockedActions => Case.Actions.Where(a => !a.Permitted && !a.SystemOnly);

    public async Task<IActionResult> OnGetAsync(string? done, CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        // Named as the timeline names the event just recorded; nothing is reported done that the timeline lacks.
        Done = done is null ? null : History.LastOrDefault(h => h.Trigger == done)?.ActionName;
        return Page();
    }

    public async Task<IActionResult> OnPostActionAsync(string trigger, int expectedVersion, bool confirmed, CancellationToken cancellationToken)
    {
        var input = Request.Form.Keys
            .Where(k => k.StartsWith(ActionForm.InputPrefix, StringComparison.Ordinal))
            .ToDictionary(k => k[ActionForm.InputPrefix.Length..], k => (string?)Request.Form[k].ToString(), StringComparer.Ordinal);
        if (!confirmed && await NeedsConfirmationAsync(trigger, cancellationToken))
        {
            // A step that cannot be undone is asked again on a page of its own, which works without JavaScript.
            await LoadAsync(cancellationToken);
            (Confirming, ConfirmingVersion, SubmittedTrigger, SubmittedValues) = (trigger, expectedVersion, trigger, input);
            return Page();
        }

        try
        {
            await sender.Send(new TakeAction.Command(Id, trigger, expectedVersion, input), cancellationToken);
            if (!await StillReadableAsync(cancellationToken))
            {
                // A mediator who recused may no longer read the case: the inbox says it was done instead of "not found".
                return Redirect("/?caseLeft=true");
            }

            return Redirect($"/Cases/{Id.ToString(CultureInfo.InvariantCulture)}?done={Uri.EscapeDataString(trigger)}");
        }
        catch (MediationFlowException e) when (e is ConflictException or ValidationFailedException or ActionRefusedException)
        {
            SubmittedTrigger = trigger;
            SubmittedValues = input;
            return await RefusedAsync(e, expectedVersion, cancellationToken);
        }
    }

    private async Task<bool> StillReadableAsync(CancellationToken cancellationToken)
    {
        try
        {
            await sender.Send(new GetHistory.Query(Id), cancellationToken);
            return true;
        }
        catch (NotFoundException)
        {
            return false;
        }
    }

    public async Task<IActionResult> OnPostPartyAsync(long? partyId, int expectedVersion, CancellationToken cancellationToken)
    {
        try
        {
            await sender.Send(new EditParties.Command(Id, expectedVersion, partyId, Party.ToDetails()), cancellationToken);
            return Redirect($"/Cases/{Id.ToString(CultureInfo.InvariantCulture)}?done={(partyId is null ? "addParty" : "editParty")}");
        }
        catch (MediationFlowException e) when (e is ConflictException or ValidationFailedException or ForbiddenException)
        {
            PartyFormKey = partyId?.ToString(CultureInfo.InvariantCulture) ?? "new";
            return await RefusedAsync(e, expectedVersion, cancellationToken);
        }
    }

    /// <summary>Records a representative for a party, or corrects one (<paramref name="representativeId"/> given).</summary>
    public async Task<IActionResult> OnPostRepresentativeAsync(long? representativeId, long partyId, int expectedVersion, CancellationToken cancellationToken)
    {
        try
        {
            var details = Representative.ToDetails();
            if (representativeId is { } id)
            {
                await sender.Send(new EditRepresentative.Command(Id, expectedVersion, id, details), cancellationToken);
            }
            else
            {
                await sender.Send(new AddRepresentative.Command(Id, expectedVersion, partyId, details), cancellationToken);
            }

            return Redirect($"/Cases/{Id.ToString(CultureInfo.InvariantCulture)}?done={(representativeId is null ? "addRepresentative" : "editRepresentative")}");
        }
        catch (MediationFlowException e) when (e is ConflictException or ValidationFailedException or ForbiddenException)
        {
            RepresentativeFormKey = representativeId?.ToString(CultureInfo.InvariantCulture) ?? "new-" + partyId.ToString(CultureInfo.InvariantCulture);
            return await RefusedAsync(e, expectedVersion, cancellationToken);
        }
    }

    public Task<IActionResult> OnPostRemoveRepresentativeAsync(long representativeId, int expectedVersion, CancellationToken cancellationToken) =>
        SendAsync(new RemoveRepresentative.Command(Id, expectedVersion, representativeId), "removeRepresentative", expectedVersion, cancellationToken);

    public async Task<IActionResult> OnPostParticipantAsync(int expectedVersion, CancellationToken cancellationToken)
    {
        try
        {
            await sender.Send(new AddParticipant.Command(Id, expectedVersion, Participant.ToDetails()), cancellationToken);
            return Redirect($"/Cases/{Id.ToString(CultureInfo.InvariantCulture)}?done=addParticipant");
        }
        catch (MediationFlowException e) when (e is ConflictException or ValidationFailedException or ForbiddenException)
        {
            ParticipantFormFailed = true;
            return await RefusedAsync(e, expectedVersion, cancellationToken);
        }
    }

    public Task<IActionResult> OnPostRemoveParticipantAsync(long participantId, int expectedVersion, CancellationToken cancellationToken) =>
        SendAsync(new RemoveParticipant.Command(Id, expectedVersion, participantId), "removeParticipant", expectedVersion, cancellationToken);

    /// <summary>A removal: done, or the page again with why not.</summary>
    private async Task<IActionResult> SendAsync<T>(ICommand<T> command, string done, int expectedVersion, CancellationToken cancellationToken)
    {
        try
        {
            await sender.Send(command, cancellationToken);
            return Redirect($"/Cases/{Id.ToString(CultureInfo.InvariantCulture)}?done={done}");
        }
        catch (MediationFlowException e) when (e is ConflictException or ValidationFailedException or ForbiddenException)
        {
            return await RefusedAsync(e, expectedVersion, cancellationToken);
        }
    }

    /// <summary>Shows the page again, fresh from the database, with the reason and the reader's input kept.</summary>
    private async Task<IActionResult> RefusedAsync(MediationFlowException refusal, int expectedVersion, CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        var shown = FormRefusal.Of(refusal);
        Response.StatusCode = shown.Status;
        Errors = shown.Errors;
        if (refusal is ConflictException)
        {
            // Rather than a notice, the history entries the reader has not seen.
            ChangedMeanwhile = [.. History.Where(h => h.Sequence > expectedVersion)];
        }
        else
        {
            Notice = shown.Notice;
        }

        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Case = await sender.Send(new GetCase.Query(Id), cancellationToken);
        History = await sender.Send(new GetHistory.Query(Id), cancellationToken);
        if (Case.WorkshopId is { } workshopId)
        {
            Workshop = await sender.Send(new GetWorkshop.Query(workshopId), cancellationToken);
            var team = Workshop.Teams.FirstOrDefault(t => t.CaseId == Id)?.Members ?? [];
            UserNames = team.ToDictionary(m => m.UserId.ToString(), m => m.Name, StringComparer.OrdinalIgnoreCase);
        }
        else
        {
            var council = await sender.Send(new GetCouncil.Query(Case.CouncilId), cancellationToken);
            UserNames = council.Members.ToDictionary(m => m.UserId.ToString(), m => m.DisplayName, StringComparer.OrdinalIgnoreCase);
        }

        // The choices the assign action accepts, as the API lists them; asked for only when the reader may assign.
        var mediators = PermittedActions.Any(a => a.Fields.Any(f => f.Type == InputTypes.User))
            ? (await sender.Send(new ListAssignableMediators.Query(Id), cancellationToken)).Select(m => new Choice(m.UserId.ToString(), display.MediatorChoice(m)))
            : [];
        // The councils a transfer may go to, likewise only for a reader who may ask for one.
        var councils = PermittedActions.Any(a => a.Fields.Any(f => f.Type == InputTypes.Council))
            ? (await sender.Send(new ListTransferCouncils.Query(Id), cancellationToken)).Select(c => new Choice(c.CouncilId.ToString(CultureInfo.InvariantCulture), c.Name))
            : [];
        Choices = CaseChoices.From(Case, mediators, councils, display);
        var workflow = Workflow = catalog.Get(Case.DefinitionId, Case.DefinitionVersion);
        Ranks = ActionRanks.Of(workflow, Case.State, PermittedActions.Select(a => a.Trigger));
        Diagram = MermaidDiagram.Render(workflow.Definition, Case.State, CultureInfo.CurrentUICulture.TwoLetterISOLanguageName);
    }

    /// <summary>
    /// The screening answers given at intake, with the questions of the case's own version; the state-body question was
    /// asked only by versions that state their questions.
    /// </summary>
    public IReadOnlyList<ScreeningRow> Screening
    {
        get
        {
            var answers = new Dictionary<string, bool>(StringComparer.Ordinal)
            {
                ["affectsThirdParties"] = Case.AffectsThirdParties,
                ["partyLacksCapacity"] = Case.PartyLacksCapacity,
                ["corruptionOrPublicServiceOffence"] = Case.CorruptionOrPublicServiceOffence,
            };
            if (Workflow.Definition.Screening.Count > 0)
            {
                answers["stateBodyIsParty"] = Case.StateBodyIsParty;
            }

            return ScreeningRows.For(Workflow, answers, text);
        }
    }

    /// <summary>The form for an action: fresh version, and the reader's values and errors if it was the one refused.</summary>
    public ActionForm FormFor(ActionView action)
    {
        ArgumentNullException.ThrowIfNull(action);
        var mine = action.Trigger == SubmittedTrigger;
        var fieldNames = action.Fields.Select(f => f.Name).ToHashSet(StringComparer.Ordinal);
        return new ActionForm
        {
            CaseId = Case.Id,
            Version = Case.Version,
            Action = action,
            Choices = Choices,
            ClosesCase = action.ClosesCase,
            Rank = Ranks.GetValueOrDefault(action.Trigger, ActionRank.Regular),
            Values = mine ? SubmittedValues : new Dictionary<string, string?>(),
            Errors = mine
                ? Errors.Where(e => e.Key.StartsWith(ActionForm.InputPrefix, StringComparison.OrdinalIgnoreCase))
                    .ToDictionary(e => e.Key[ActionForm.InputPrefix.Length..], e => e.Value, StringComparer.Ordinal)
                : new Dictionary<string, string>(),
            FormErrors = mine
                ? [.. Errors.Where(e => !e.Key.StartsWith(ActionForm.InputPrefix, StringComparison.OrdinalIgnoreCase)
                        || !fieldNames.Contains(e.Key[ActionForm.InputPrefix.Length..])).Select(e => e.Value)]
                : [],
        };
    }

    /// <summary>The party form for an existing party (key = its id) or a new one (key "new").</summary>
    public PartyFields PartyFormFor(string key, PartyInput saved) =>
        new("party", $"party-{key}", PartyFormKey == key ? Party : saved, PartyFormKey == key ? Errors : new Dictionary<string, string>(), ChooseRole: true);

    public PartyFields NewPartyForm => PartyFormFor("new", new PartyInput { Role = PartyRole.Respondent });

    /// <summary>The representative form for a party's new representative (key "new-" and the party id) or an existing one (key = its id).</summary>
    public RepresentativeFields RepresentativeFormFor(string key, RepresentativeInput saved) =>
        new($"representative-{key}", RepresentativeFormKey == key ? Representative : saved,
            RepresentativeFormKey == key ? Errors : new Dictionary<string, string>());

    /// <summary>The submitted action's form is gone (the case moved on); the reader is told so.</summary>
    public bool SubmittedActionGone =>
        SubmittedTrigger is not null && !PermittedActions.Any(a => a.Trigger == SubmittedTrigger);

    /// <summary>What the reader is asked to confirm, in their language.</summary>
    public string Confirmation(string trigger) => Case.Actions.First(a => a.Trigger == trigger) is { ClosesCase: true } action
        ? string.Format(CultureInfo.CurrentCulture, text["ConfirmCloses"], action.Name, TargetStateName(trigger))
        : string.Format(CultureInfo.CurrentCulture, text[ReviewsDraft ? "V3ConfirmApproveDraft" : "ConfirmApprove"], Case.Number);

    /// <summary>Closing a case and approving its agreement cannot be undone: the page asks once more.</summary>
    private async Task<bool> NeedsConfirmationAsync(string trigger, CancellationToken cancellationToken)
    {
        if (trigger == Approvals.IndexModel.Approve)
        {
            return true;
        }

        // The case's own definition version decides; the case is read only for a trigger that closes a case in some version.
        var closesSomewhere = catalog.All.Any(w => w.StatesOffering(trigger)
            .Any(state => w.TryGetAction(state, trigger, out var action) && action.To is { } to && w.State(to).Terminal));
        if (!closesSomewhere)
        {
            return false;
        }

        Case = await sender.Send(new GetCase.Query(Id), cancellationToken);
        return Case.Actions.Any(a => a.Trigger == trigger && a.ClosesCase);
    }

    private string TargetStateName(string trigger) =>
        catalog.TryGet(Case.DefinitionId, Case.DefinitionVersion, out var w) && w.TryGetAction(Case.State, trigger, out var action) && action.To is { } to
            ? w.State(to).Name.For(CultureInfo.CurrentUICulture)
            : trigger;
}
