using MediationFlow.Core.Domain;
using MediationFlow.Core.Workflow;

namespace MediationFlow.Core.Features.Intake;

/// <summary>The parties and the mediator sign the agreement on mediation: mediation starts that day (Art. 20(5)).</summary>
public sealed class SignAgreementOnMediation : IActionRecorder
{
    public string Trigger => "signAgreementOnMediation";

    public void Record(ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Case.MediationAgreements.Add(new MediationAgreement
        {
            CaseId = context.Case.Id,
            Round = context.Case.Round,
            SignedAt = context.Now,
            SignedOn = context.DateOf("signedOn"),
            MediatorId = context.Actor.Id,
        });
    }
}
