using MediationFlow.Core.Domain;
using MediationFlow.Core.Errors;
using MediationFlow.Core.Workflow;

namespace MediationFlow.Core.Features.Transfers;

/// <summary>The sending chair takes the request back before the other council answers.</summary>
public sealed class WithdrawTransfer : IActionRecorder
{
    public string Trigger => "withdrawTransfer";

    public ValueTask<IReadOnlyList<FieldError>> CheckAsync(ActionContext context, CancellationToken cancellationToken) =>
        PendingTransfer.LoadAsync(context, cancellationToken);

    public void Record(ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        PendingTransfer.Decide(context, TransferStatus.Withdrawn);
    }
}
