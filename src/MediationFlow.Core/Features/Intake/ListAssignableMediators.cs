using MediationFlow.Core.Persistence;
using MediationFlow.Core.Security;
using MediationFlow.Core.Workflow;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace MediationFlow.Core.Features.Intake;

/// <summary>
/// The mediators a chair may assign to a case, or replace its mediator with: the choices of the `user` field, by the
/// rule the recorders check (<see cref="EligibleMediators"/>), so a client offers nothing that would be refused.
/// </summary>
public static class ListAssignableMediators
{
    public sealed record Query(long CaseId) : IQuery<IReadOnlyList<Assignable>>, ICaseRequest;

    /// <summary>One choice: the value to send and the name to show.</summary>
    public sealed record Assignable(Guid UserId, string DisplayName);

    public sealed class Handler(MediationDbContext db) : IQueryHandler<Query, IReadOnlyList<Assignable>>
    {
        public async ValueTask<IReadOnlyList<Assignable>> Handle(Query query, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(query);
            var @case = await db.Cases.AsNoTracking().Where(c => c.Id == query.CaseId)
                .Select(c => new { c.Id, c.CouncilId, c.WorkshopId, c.AssignedMediatorId }).SingleAsync(cancellationToken);
            var candidates = EligibleMediators.Candidates(db, @case.Id, @case.CouncilId, @case.WorkshopId);
            var recused = EligibleMediators.Recused(db, @case.Id);
            var people = await db.Users.AsNoTracking()
                .Where(u => candidates.Contains(u.Id) && !recused.Contains(u.Id) && u.Id != @case.AssignedMediatorId)
                .Select(u => new Assignable(u.Id, u.DisplayName))
                .ToListAsync(cancellationToken);
            return [.. people.OrderBy(p => p.DisplayName, StringComparer.CurrentCulture)];
        }
    }
}
