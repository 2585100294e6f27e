using MediationFlow.Core.Domain;
using MediationFlow.Core.Persistence;
using MediationFlow.Core.Security;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace MediationFlow.Core.Features.Intake;

/// <summary>
/// The mediators a chair may assign to a case: the choices of the assign action's `user` field, by the same
/// rule its recorder (<see cref="AssignMediator"/>) checks, so a client offers nothing that would be refused.
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
                .Select(c => new { c.Id, c.CouncilId, c.WorkshopId }).SingleAsync(cancellationToken);
            var candidates = Candidates(db, @case.Id, @case.CouncilId, @case.WorkshopId);
            var recused = Recused(db, @case.Id);
            var people = await db.Users.AsNoTracking()
                .Where(u => candidates.Contains(u.Id) && !recused.Contains(u.Id))
                .Select(u => new Assignable(u.Id, u.DisplayName))
                .ToListAsync(cancellationToken);
            return [.. people.OrderBy(p => p.DisplayName, StringComparer.CurrentCulture)];
        }
    }

    /// <summary>Who may mediate the case: a mediator of its council; on a sandbox case, a trainee of the team that works it.</summary>
    public static IQueryable<Guid> Candidates(MediationDbContext db, long caseId, int councilId, long? workshopId)
    {
        ArgumentNullException.ThrowIfNull(db);
        return workshopId is null
            ? db.Memberships.Where(m => m.CouncilId == councilId && m.Role == CouncilRole.Mediator).Select(m => m.UserId)
            : db.WorkshopTeams.Where(t => t.CaseId == caseId).SelectMany(t => t.Members).Select(m => m.UserId);
    }

    /// <summary>Those who withdrew from the case (Art. 7(2)): never assigned to it again.</summary>
    public static IQueryable<Guid> Recused(MediationDbContext db, long caseId)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.ConflictDeclarations.Where(d => d.CaseId == caseId && d.Recused).Select(d => d.MediatorId);
    }
}
