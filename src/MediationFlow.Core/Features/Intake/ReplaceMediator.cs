using MediationFlow.Core.Errors;
using MediationFlow.Core.Workflow;

namespace MediationFlow.Core.Features.Intake;

/// <summary>
/// The chair replaces the case's mediator, with the reason, in any open state: nobody is stuck with a mediator who
/// cannot go on. The parties' consents were given to the mediator they accepted, so they must consent again.
/// </summary>
public sealed class ReplaceMediator : IActionRecorder
{
    public string Trigger => "replaceMediator";

    public ValueTask<IReadOnlyList<FieldError>> CheckAsync(ActionContext context, CancellationToken cancellationToken) =>
        AssignMediator.CheckChoiceAsync(context, cancellationToken);

    public void Record(ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Case.AssignedMediatorId = Guid.Parse(context.Input.Text("mediator")!);
    }
}
