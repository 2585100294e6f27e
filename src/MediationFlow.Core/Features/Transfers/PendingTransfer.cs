using MediationFlow.Core.Domain;
using MediationFlow.Core.Errors;
using MediationFlow.Core.Workflow;
using Microsoft.EntityFrameworkCore;

namespace MediationFlow.Core.Features.Transfers;

/// <summary>The answer to a transfer request (accepted, declined, withdrawn): who decided, when, and the case no longer waits on the other council.</summary>
internal static class PendingTransfer
{
    /// <summary>Loads the case's open request into the unit of work, for <see cref="Decide"/> to find.</summary>
    public static async ValueTask<IReadOnlyList<FieldError>> LoadAsync(ActionContext context, CancellationToken cancellationToken)
    {
        var caseId = context.Case.Id;
        await context.Db.CaseTransfers.Where(t => t.CaseId == caseId && t.Status == TransferStatus.Pending).LoadAsync(cancellationToken);
        return [];
    }

    public static CaseTransfer Decide(ActionContext context, TransferStatus status)
    {
        var transfer = context.Db.CaseTransfers.Local.Single(t => t.CaseId == context.Case.Id && t.Status == TransferStatus.Pending);
        transfer.Status = status;
        transfer.DecidedById = context.Actor.Id;
        transfer.DecidedAt = context.Now;
        context.Case.PendingTransferCouncilId = null;
        return transfer;
    }
}
