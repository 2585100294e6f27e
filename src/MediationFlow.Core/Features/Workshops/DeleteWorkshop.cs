using MediationFlow.Core.Persistence;
using MediationFlow.Core.Security;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace MediationFlow.Core.Features.Workshops;

/// <summary>
/// Deletes a workshop with all its sandbox data: cases, their history, timers and notifications go by
/// cascade; the audit entries about those cases go too, since they describe practice, not real work.
/// </summary>
public static class DeleteWorkshop
{
    public sealed record Command(long WorkshopId) : ICommand<int>, IWorkshopRequest;

    public sealed class Handler(MediationDbContext db, ReadAuditTrail readAudit) : ICommandHandler<Command, int>
    {
        public async ValueTask<int> Handle(Command command, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(command);
            var caseIds = await db.Cases.Where(c => c.WorkshopId == command.WorkshopId).Select(c => (long?)c.Id).ToListAsync(cancellationToken);

            // Reads of these cases still on their way to the audit table would outlive the deletion.
            await readAudit.FlushAsync(cancellationToken);
            await db.BeginWritingAsync(cancellationToken);
            await db.AuditEntries.Where(a => caseIds.Contains(a.CaseId)).ExecuteDeleteAsync(cancellationToken);
            await db.WorkshopTeams.Where(t => t.WorkshopId == command.WorkshopId).ExecuteUpdateAsync(s => s.SetProperty(t => t.CaseId, (long?)null), cancellationToken);
            await db.Cases.Where(c => c.WorkshopId == command.WorkshopId).ExecuteDeleteAsync(cancellationToken);
            await db.Workshops.Where(w => w.Id == command.WorkshopId).ExecuteDeleteAsync(cancellationToken);
            return caseIds.Count;
        }
    }
}
