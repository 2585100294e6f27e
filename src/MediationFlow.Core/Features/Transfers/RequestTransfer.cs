using MediationFlow.Core.Domain;
using MediationFlow.Core.Errors;
using MediationFlow.Core.Resources;
using MediationFlow.Core.Workflow;
using Microsoft.EntityFrameworkCore;

namespace MediationFlow.Core.Features.Transfers;

/// <summary>
/// When the council has nobody left who may mediate the case, its chair asks another council to take it over; the
/// receiving council's chair sees the case until they answer.
/// </summary>
public sealed class RequestTransfer : IActionRecorder
{
    public string Trigger => "requestTransfer";

    public async ValueTask<IReadOnlyList<FieldError>> CheckAsync(ActionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var council = ReceivingCouncil(context);
        var valid = council != context.Case.CouncilId
            && await context.Db.Memberships.AnyAsync(m => m.CouncilId == council && m.Role == CouncilRole.Chair && m.Council!.ClosedAt == null, cancellationToken);
        return valid ? [] : [ActionContext.Error("input.council", "notReceivingCouncil", Messages.TransferCouncilInvalid)];
    }

    public void Record(ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var @case = context.Case;
        var council = ReceivingCouncil(context);
        context.Db.CaseTransfers.Add(new CaseTransfer
        {
            CaseId = @case.Id,
            FromCouncilId = @case.CouncilId,
            ToCouncilId = council,
            Reason = context.Input.Text("reason")!,
            RequestedById = context.Actor.Id,
            RequestedAt = context.Now,
            Status = TransferStatus.Pending,
        });
        @case.PendingTransferCouncilId = council;
    }

    /// <summary>A council's number as the engine parsed it; one that does not fit an id names no council.</summary>
    private static int ReceivingCouncil(ActionContext context) =>
        context.Input.TryGet("council", out long council) && council <= int.MaxValue ? (int)council : 0;
}
