using MediationFlow.Core.Domain;
using MediationFlow.Core.Workflow;

namespace MediationFlow.Core.Features.Intake;

/// <summary>The assigned mediator declares no conflict of interest (Art. 7), which the case keeps on record.</summary>
public sealed class DeclareNoConflict : IActionRecorder
{
    public string Trigger => "declareNoConflict";

    public void Record(ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Case.Declarations.Add(new ConflictDeclaration
        {
            CaseId = context.Case.Id,
            Round = context.Case.Round,
            MediatorId = context.Actor.Id,
            Recused = false,
            DeclaredAt = context.Now,
        });
    }
}
