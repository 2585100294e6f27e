using MediationFlow.Core.Domain;
using MediationFlow.Core.Workflow;

namespace MediationFlow.Core.Features.Closure;

/// <summary>
/// After a breach, no agreement, a withdrawal or expiry, a party asks to mediate again: a new round on the same case,
/// with fresh consents and a new agreement on mediation (Art. 20(1)). The round records who asked and when; the
/// chair alone cannot restart mediation.
/// </summary>
public sealed class RequestNewRound : IActionRecorder
{
    public string Trigger => "requestNewRound";

    public void Record(ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var @case = context.Case;
        @case.Rounds.Add(new MediationRound
        {
            CaseId = @case.Id,
            Number = @case.Round + 1,
            OpenedAt = context.Now,
            RequestedByPartyId = context.IdOf("party"),
            RequestedOn = context.DateOf("requestedOn"),
        });
    }
}
