using MediationFlow.Core.Errors;
using MediationFlow.Core.Resources;
using MediationFlow.Core.Workflow;
using Microsoft.EntityFrameworkCore;

namespace MediationFlow.Core.Features.Intake;

/// <summary>The chair assigns a mediator of the case's council who has not recused from it (see <see cref="ListAssignableMediators"/>).</summary>
public sealed class AssignMediator : IActionRecorder
{
    public string Trigger => "assignMediator";

    public async ValueTask<IReadOnlyList<FieldError>> CheckAsync(ActionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var @case = context.Case;
        if (!Guid.TryParse(context.Input.Text("mediator"), out var mediator)
            || !await ListAssignableMediators.Candidates(context.Db, @case.Id, @case.CouncilId, @case.WorkshopId).ContainsAsync(mediator, cancellationToken))
        {
            return [ActionContext.Error("input.mediator", "notCouncilMediator", Messages.MediatorNotInCouncil)];
        }

        var recused = await ListAssignableMediators.Recused(context.Db, @case.Id).ContainsAsync(mediator, cancellationToken);
        return recused ? [ActionContext.Error("input.mediator", "recused", Messages.MediatorRecused)] : [];
    }

    public void Record(ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Case.AssignedMediatorId = Guid.Parse(context.Input.Text("mediator")!);
    }
}
