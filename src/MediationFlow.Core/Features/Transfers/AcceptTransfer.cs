using MediationFlow.Core.Domain;
using MediationFlow.Core.Errors;
using MediationFlow.Core.Workflow;

namespace MediationFlow.Core.Features.Transfers;

/// <summary>The receiving council's chair accepts the case: it becomes that council's, waiting for one of its mediators.</summary>
public sealed class AcceptTransfer : IActionRecorder
{
    public string Trigger => "acceptTransfer";

    public ValueTask<IReadOnlyList<FieldError>> CheckAsync(ActionContext context, CancellationToken cancellationToken) =>
        PendingTransfer.LoadAsync(context, cancellationToken);

    public void Record(ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Case.CouncilId = PendingTransfer.Decide(context, TransferStatus.Accepted).ToCouncilId;
    }
}
