using MediationFlow.Core.Domain;
using MediationFlow.Core.Persistence;
using MediationFlow.Core.Security;
using MediationFlow.Workflows.Engine;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace MediationFlow.Core.Features.Cases;

/// <summary>The chair's approval queue: signed settlement agreements waiting for approval, oldest first.</summary>
public static class GetApprovals
{
    public sealed record Query : IQuery<IReadOnlyList<Approval>>, ISignedInRequest;

    public sealed record Approval(long CaseId, string Number, DisputeCategory Category, string? MediatorName, DateTimeOffset? SignedAt, int ObligationCount, int Version);

    public sealed class Handler(MediationDbContext db, WorkflowCatalog catalog, CurrentActor current) : IQueryHandler<Query, IReadOnlyList<Approval>>
    {
        public async ValueTask<IReadOnlyList<Approval>> Handle(Query query, CancellationToken cancellationToken)
        {
            var actor = await current.GetAsync(cancellationToken);
            var chaired = actor.CouncilsWhere(CouncilRole.Chair);
            var states = GetInbox.Handler.ApprovalStates(catalog);
            return await db.Cases.AsNoTracking().VisibleTo(actor)
                .Where(c => chaired.Contains(c.CouncilId) && states.Contains(c.State))
                .OrderBy(c => c.LastActivityAt)
                .Select(c => new Approval(
                    c.Id, c.Number, c.Category, c.AssignedMediator!.DisplayName, c.Settlement!.SignedAt,
                    c.Obligations.Count(o => !o.Superseded), c.Version))
                .ToListAsync(cancellationToken);
        }
    }
}
