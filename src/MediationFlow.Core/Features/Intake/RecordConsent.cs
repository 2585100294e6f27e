using MediationFlow.Core.Domain;
using MediationFlow.Core.Errors;
using MediationFlow.Core.Resources;
using MediationFlow.Core.Workflow;
using MediationFlow.Workflows.Engine;

namespace MediationFlow.Core.Features.Intake;

/// <summary>
/// A party's voluntary consent to mediation, which also accepts the mediator assigned now (Art. 2, item 2): once per
/// party and mediator in a round; an organisation consents through a representative with a document of authority.
/// </summary>
public sealed class RecordConsent : IActionRecorder
{
    public string Trigger => "recordConsent";

    public ValueTask<IReadOnlyList<FieldError>> CheckAsync(ActionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var @case = context.Case;
        var party = context.Party("party");

        // Before version 3 a consent was the party's once and for all; from version 3 it is given to a mediator.
        var given = context.KeepsRounds
            ? @case.Consents.Any(c => c.PartyId == party.Id && c.Round == @case.Round && c.MediatorId == @case.AssignedMediatorId)
            : @case.Consents.Any(c => c.PartyId == party.Id);
        IReadOnlyList<FieldError> errors = given ? [ActionContext.Error("input.party", "alreadyConsented", Messages.AlreadyConsented)]
            : RepresentativeRequired(context, party) is { } missing ? [missing]
            : [];
        return ValueTask.FromResult(errors);
    }

    public void Record(ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Case.Consents.Add(new Consent
        {
            CaseId = context.Case.Id,
            Round = context.Case.Round,
            PartyId = context.IdOf("party"),
            MediatorId = context.Case.AssignedMediatorId,
            GivenOn = context.DateOf("consentedOn"),
            RepresentativeId = context.OptionalIdOf("representative"),
            GivenAt = context.Now,
            RecordedById = context.Actor.Id,
        });
    }

    /// <summary>An organisation acts only through a person with authority: its representative must be named.</summary>
    public static FieldError? RepresentativeRequired(ActionContext context, Party party)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(party);
        return party.Kind == PartyKind.Organisation && context.Input.Text("representative") is null
            ? ActionContext.Error("input.representative", "representativeRequired", Messages.OrganisationActsThroughRepresentative)
            : null;
    }
}
