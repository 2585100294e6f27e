using MediationFlow.Core.Domain;
using MediationFlow.Core.Workflow;

namespace MediationFlow.Core.Features.Intake;

/// <summary>
/// The mediator withdraws because impartiality is in doubt; the chair must assign someone else. The reason is
/// confidential: it goes to the case's confidential notes with the history event.
/// </summary>
public sealed class Recuse : IActionRecorder
{
    public string Trigger => "recuse";

    public void Record(ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Case.Declarations.Add(new ConflictDeclaration
        {
            CaseId = context.Case.Id,
            Round = context.Case.Round,
            MediatorId = context.Actor.Id,
            Recused = true,
            DeclaredAt = context.Now,
        });
        context.Case.AssignedMediatorId = null;
    }
}
