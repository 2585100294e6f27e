using MediationFlow.Core.Domain;
using MediationFlow.Core.Errors;
using MediationFlow.Core.Features.Intake;
using MediationFlow.Core.Resources;
using MediationFlow.Core.Workflow;

namespace MediationFlow.Core.Features.Agreement;

/// <summary>
/// One party signs the approved draft, in person or on a signed copy exchanged by e-mail (Art. 27(1)), on the day
/// entered; an organisation signs through a representative with a document of authority. When the last party has
/// signed, the workflow moves the case to follow-up by itself.
/// </summary>
public sealed class RecordSignature : IActionRecorder
{
    public string Trigger => "recordSignature";

    public ValueTask<IReadOnlyList<FieldError>> CheckAsync(ActionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var party = context.Party("party");
        var signed = context.Case.CurrentSettlement?.Signatures.Any(s => s.PartyId == party.Id && !s.Superseded) == true;
        IReadOnlyList<FieldError> errors = signed ? [ActionContext.Error("input.party", "alreadySigned", Messages.SignatureAlreadyRecorded)]
            : RecordConsent.RepresentativeRequired(context, party) is { } missing ? [missing]
            : [];
        return ValueTask.FromResult(errors);
    }

    public void Record(ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Settlement.Signatures.Add(new SettlementSignature
        {
            PartyId = context.IdOf("party"),
            RepresentativeId = context.OptionalIdOf("representative"),
            SignedOn = context.DateOf("signedOn")!.Value,
            Method = context.Input.Text("method") == "emailCopy" ? SignatureMethod.EmailCopy : SignatureMethod.InPerson,
            RecordedAt = context.Now,
            RecordedById = context.Actor.Id,
        });
    }
}
