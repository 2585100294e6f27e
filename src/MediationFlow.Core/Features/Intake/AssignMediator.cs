using MediationFlow.Core.Errors;
using MediationFlow.Core.Resources;
using MediationFlow.Core.Workflow;

namespace MediationFlow.Core.Features.Intake;

/// <summary>The chair assigns a mediator of the case's council who has not recused from it (see <see cref="ListAssignableMediators"/>).</summary>
public sealed class AssignMediator : IActionRecorder
{
    public string Trigger => "assignMediator";

    public ValueTask<IReadOnlyList<FieldError>> CheckAsync(ActionContext context, CancellationToken cancellationToken) =>
        CheckChoiceAsync(context, cancellationToken);

    public void Record(ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Case.AssignedMediatorId = Guid.Parse(context.Input.Text("mediator")!);
    }

    /// <summary>
    /// The chosen person may mediate the case (<see cref="EligibleMediators"/>) and is not its mediator already: the
    /// parties accept a mediator by name, so a new assignment must be a new person.
    /// </summary>
    public static async ValueTask<IReadOnlyList<FieldError>> CheckChoiceAsync(ActionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var @case = context.Case;
        if (!Guid.TryParse(context.Input.Text("mediator"), out var mediator))
        {
            return [ActionContext.Error("input.mediator", "notCouncilMediator", Messages.MediatorNotInCouncil)];
        }

        var standing = await EligibleMediators.StandingAsync(context.Db, @case, mediator, cancellationToken);
        if (@case.WorkshopId is null && standing.Inactive)
        {
            return [ActionContext.Error("input.mediator", "notActive", Messages.MediatorNotActive)];
        }

        if (!standing.Candidate)
        {
            return [ActionContext.Error("input.mediator", "notCouncilMediator", Messages.MediatorNotInCouncil)];
        }

        if (mediator == @case.AssignedMediatorId)
        {
            return [ActionContext.Error("input.mediator", "alreadyAssigned", Messages.MediatorAlreadyAssigned)];
        }

        return standing.Recused ? [ActionContext.Error("input.mediator", "recused", Messages.MediatorRecused)] : [];
    }
}
