using MediationFlow.Core.Domain;
using MediationFlow.Core.Errors;
using MediationFlow.Core.Resources;
using MediationFlow.Core.Workflow;
using Microsoft.EntityFrameworkCore;

namespace MediationFlow.Core.Features.Intake;

/// <summary>The chair assigns a mediator of the case's council who has not recused from it.</summary>
public sealed class AssignMediator : IActionRecorder
{
    public string Trigger => "assignMediator";

    public async ValueTask<IReadOnlyList<FieldError>> CheckAsync(ActionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!Guid.TryParse(context.Input.Text("mediator"), out var mediator)
            || !await context.Db.Memberships.AnyAsync(m => m.UserId == mediator && m.CouncilId == context.Case.CouncilId && m.Role == CouncilRole.Mediator, cancellationToken))
        {
            return [ActionContext.Error("input.mediator", "notCouncilMediator", Messages.MediatorNotInCouncil)];
        }

        var recused = await context.Db.ConflictDeclarations.AnyAsync(d => d.CaseId == context.Case.Id && d.MediatorId == mediator && d.Recused, cancellationToken);
        return recused ? [ActionContext.Error("input.mediator", "recused", Messages.MediatorRecused)] : [];
    }

    public void Record(ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Case.AssignedMediatorId = Guid.Parse(context.Input.Text("mediator")!);
    }
}
