using MediationFlow.Core.Domain;
using MediationFlow.Core.Errors;
using MediationFlow.Core.Workflow;

namespace MediationFlow.Core.Features.Transfers;

/// <summary>The receiving council's chair declines the case, with the reason: it stays with its council.</summary>
public sealed class DeclineTransfer : IActionRecorder
{
    public string Trigger => "declineTransfer";

    public ValueTask<IReadOnlyList<FieldError>> CheckAsync(ActionContext context, CancellationToken cancellationToken) =>
        PendingTransfer.LoadAsync(context, cancellationToken);

    public void Record(ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        PendingTransfer.Decide(context, TransferStatus.Declined).DeclineReason = context.Input.Text("reason");
    }
}
