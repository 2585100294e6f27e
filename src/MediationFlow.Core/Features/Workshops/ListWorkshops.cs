using MediationFlow.Core.Domain;
using MediationFlow.Core.Persistence;
using MediationFlow.Core.Security;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace MediationFlow.Core.Features.Workshops;

/// <summary>The workshops I run as a trainer or take part in as a trainee.</summary>
public static class ListWorkshops
{
    public sealed record Query : IQuery<IReadOnlyList<Item>>, ISignedInRequest;

    public sealed record Item(long Id, string Title, string ScenarioId, WorkshopStatus Status, bool IsTrainer, DateTimeOffset CreatedAt);

    public sealed class Handler(MediationDbContext db, CurrentActor current) : IQueryHandler<Query, IReadOnlyList<Item>>
    {
        public async ValueTask<IReadOnlyList<Item>> Handle(Query query, CancellationToken cancellationToken)
        {
            var me = (await current.GetAsync(cancellationToken)).Id;
            return await db.Workshops.AsNoTracking()
                .Where(w => w.TrainerId == me || w.Teams.Any(t => t.Members.Any(m => m.UserId == me)))
                .OrderByDescending(w => w.Id)
                .Select(w => new Item(w.Id, w.Title, w.ScenarioId, w.Status, w.TrainerId == me, w.CreatedAt))
                .ToListAsync(cancellationToken);
        }
    }
}
