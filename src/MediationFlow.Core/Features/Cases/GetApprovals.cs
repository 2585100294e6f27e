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

    public sealed record Approval(long CaseId, string Number, DisputeCategory Category, string? MediatorName, DateTimeOffset? SignedAt, int ObligationCount, int Version)
    {
        /// <summary>What the chair approves: each party's obligations with their due dates.</summary>
        public IReadOnlyList<ObligationLine> Obligations { get; init; } = [];
    }

    public sealed record ObligationLine(string PartyName, string Description, DateOnly DueOn);

    public sealed class Handler(MediationDbContext db, WorkflowCatalog catalog, CurrentActor current) : IQueryHandler<Query, IReadOnlyList<Approval>>
    {
        public async ValueTask<IReadOnlyList<Approval>> Handle(Query query, CancellationToken cancellationToken)
        {
            var actor = await current.GetAsync(cancellationToken);
            var chaired = actor.CouncilsWhere(CouncilRole.Chair);
            var states = GetInbox.Handler.ApprovalStates(catalog);
            var approvals = await db.Cases.AsNoTracking().VisibleTo(actor)
                .Where(c => chaired.Contains(c.CouncilId) && states.Contains(c.State))
                .OrderBy(c => c.LastActivityAt)
                .Select(c => new Approval(
                    c.Id, c.Number, c.Category, c.AssignedMediator!.DisplayName, c.Settlements.Where(s => s.Round == c.Round).Select(s => s.SignedAt).FirstOrDefault(),
                    c.Obligations.Count(o => !o.Superseded), c.Version))
                .ToListAsync(cancellationToken);
            var ids = approvals.Select(a => a.CaseId).ToList();
            var lines = await db.Obligations.AsNoTracking()
                .Where(o => ids.Contains(o.CaseId) && !o.Superseded)
                .OrderBy(o => o.DueOn).ThenBy(o => o.Id)
                .Select(o => new { o.CaseId, PartyName = db.Parties.Where(p => p.Id == o.PartyId).Select(p => p.FullName).FirstOrDefault(), o.Description, o.DueOn })
                .ToListAsync(cancellationToken);
            var byCase = lines.ToLookup(l => l.CaseId, l => new ObligationLine(l.PartyName ?? string.Empty, l.Description, l.DueOn));
            return [.. approvals.Select(a => a with { Obligations = [.. byCase[a.CaseId]] })];
        }
    }
}
