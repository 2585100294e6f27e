using MediationFlow.Core.Domain;
using MediationFlow.Core.Features.Cases;
using MediationFlow.Core.Persistence;
using MediationFlow.Core.Security;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace MediationFlow.Core.Features.Councils;

/// <summary>The councils the signed-in user belongs to, with their roles in each (intake form, search filter, profile).</summary>
public static class GetMyCouncils
{
    public sealed record Query : IQuery<IReadOnlyList<MyCouncil>>, ISignedInRequest;

    public sealed record MyCouncil(int CouncilId, string Code, string Name, CouncilLevel Level, IReadOnlyList<CouncilRole> Roles)
    {
        /// <summary>Mediators and chairs register and work cases; other roles never see case content.</summary>
        public bool IsCasework => Roles.Contains(CouncilRole.Mediator) || Roles.Contains(CouncilRole.Chair);
    }

    public sealed class Handler(MediationDbContext db, CurrentActor current) : IQueryHandler<Query, IReadOnlyList<MyCouncil>>
    {
        public async ValueTask<IReadOnlyList<MyCouncil>> Handle(Query query, CancellationToken cancellationToken)
        {
            var actor = await current.GetAsync(cancellationToken);
            var ids = actor.Grants.Select(g => g.CouncilId).Distinct().ToList();
            var councils = await db.Councils.AsNoTracking().Where(c => ids.Contains(c.Id)).ToListAsync(cancellationToken);
            var language = ActionView.Language;
            return [.. councils
                .Select(c => new MyCouncil(c.Id, c.Code, c.Name(language), c.Level,
                    [.. actor.Grants.Where(g => g.CouncilId == c.Id).Select(g => g.Role).Distinct().Order()]))
                .OrderBy(c => c.Name, StringComparer.CurrentCulture)];
        }
    }
}
