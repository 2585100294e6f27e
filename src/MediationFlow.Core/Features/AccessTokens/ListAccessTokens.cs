using MediationFlow.Core.Persistence;
using MediationFlow.Core.Security;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace MediationFlow.Core.Features.AccessTokens;

/// <summary>The signed-in person's own access tokens, newest first, without the tokens themselves.</summary>
public static class ListAccessTokens
{
    public sealed record Query : IQuery<IReadOnlyList<Item>>, ISignedInRequest;

    public sealed record Item(long Id, string Name, string Hint, DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt, DateTimeOffset? RevokedAt, bool Usable);

    public sealed class Handler(MediationDbContext db, CurrentActor current, TimeProvider time) : IQueryHandler<Query, IReadOnlyList<Item>>
    {
        public async ValueTask<IReadOnlyList<Item>> Handle(Query query, CancellationToken cancellationToken)
        {
            var actor = await current.GetAsync(cancellationToken);
            var now = time.GetUtcNow();
            var tokens = await db.AccessTokens.AsNoTracking().Where(t => t.UserId == actor.Id)
                .OrderByDescending(t => t.CreatedAt).ThenByDescending(t => t.Id)
                .ToListAsync(cancellationToken);
            return [.. tokens.Select(t => new Item(t.Id, t.Name, t.Hint, t.CreatedAt, t.ExpiresAt, t.RevokedAt, t.RevokedAt is null && t.ExpiresAt > now))];
        }
    }
}
