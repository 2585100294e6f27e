using MediationFlow.Core.Domain;
using MediationFlow.Core.Errors;
using MediationFlow.Core.Resources;
using MediationFlow.Core.Workflow;

namespace MediationFlow.Core.Features.Intake;

/// <summary>A party's voluntary consent to mediation; once per party.</summary>
public sealed class RecordConsent : IActionRecorder
{
    public string Trigger => "recordConsent";

    public ValueTask<IReadOnlyList<FieldError>> CheckAsync(ActionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var party = context.IdOf("party");
        IReadOnlyList<FieldError> errors = context.Case.Consents.Any(c => c.PartyId == party)
            ? [ActionContext.Error("input.party", "alreadyConsented", Messages.AlreadyConsented)]
            : [];
        return ValueTask.FromResult(errors);
    }

    public void Record(ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Case.Consents.Add(new Consent
        {
            CaseId = context.Case.Id,
            PartyId = context.IdOf("party"),
            GivenAt = context.Now,
            RecordedById = context.Actor.Id,
        });
    }
}
