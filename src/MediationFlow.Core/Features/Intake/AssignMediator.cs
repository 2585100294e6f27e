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
        if (!Guid.TryParse(context.Input.Text("mediator"), out var mediator) || !await MayMediateAsync(context, mediator, cancellationToken))
        {
            return [ActionContext.Error("input.mediator", "notCouncilMediator", Messages.MediatorNotInCouncil)];
        }

        var recused = await context.Db.ConflictDeclarations.AnyAsync(d => d.CaseId == context.Case.Id && d.MediatorId == mediator && d.Recused, cancellationToken);
        return recused ? [ActionContext.Error("input.mediator", "recused", Messages.MediatorRecused)] : [];
    }

    /// <summary>A mediator of the case's council; on a sandbox case, a trainee of the team that works it.</summary>
    private static Task<bool> MayMediateAsync(ActionContext context, Guid user, CancellationToken cancellationToken) =>
        context.Case.WorkshopId is null
            ? context.Db.Memberships.AnyAsync(m => m.UserId == user && m.CouncilId == context.Case.CouncilId && m.Role == CouncilRole.Mediator, cancellationToken)
            : context.Db.WorkshopTeams.AnyAsync(t => t.CaseId == context.Case.Id && t.Members.Any(m => m.UserId == user), cancellationToken);

    public void Record(ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Case.AssignedMediatorId = Guid.Parse(context.Input.Text("mediator")!);
    }
}
