using MediationFlow.Core.Domain;
using MediationFlow.Core.Features.Cases;
using MediationFlow.Core.Persistence;
using MediationFlow.Core.Security;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace MediationFlow.Core.Features.Councils;

/// <summary>
/// A council as its members see it: place in the tree and members with their roles (its register of mediators is
/// <see cref="Register.GetRegister"/>).
/// </summary>
public static class GetCouncil
{
    public sealed record Query(int CouncilId) : IQuery<CouncilView>, ICouncilMemberRequest;

    public sealed record CouncilView(
        int Id, string Code, string Name, CouncilLevel Level, int? ParentId, string? ParentName,
        IReadOnlyList<Member> Members)
    {
        public IEnumerable<Member> Mediators => Members.Where(m => m.Roles.Contains(CouncilRole.Mediator));
    }

    public sealed record Member(Guid UserId, string DisplayName, IReadOnlyList<CouncilRole> Roles);

    public sealed class Handler(MediationDbContext db) : IQueryHandler<Query, CouncilView>
    {
        public async ValueTask<CouncilView> Handle(Query query, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(query);
            var council = await db.Councils.AsNoTracking().Include(c => c.Parent).SingleAsync(c => c.Id == query.CouncilId, cancellationToken);
            var memberships = await db.Memberships.AsNoTracking()
                .Where(m => m.CouncilId == query.CouncilId)
                .Select(m => new { m.UserId, m.User!.DisplayName, m.Role })
                .ToListAsync(cancellationToken);

            var language = ActionView.Language;
            return new CouncilView(
                council.Id, council.Code, council.Name(language), council.Level, council.ParentId, council.Parent?.Name(language),
                [.. memberships.GroupBy(m => m.UserId)
                    .Select(g => new Member(g.Key, g.First().DisplayName, [.. g.Select(m => m.Role).Distinct().Order()]))
                    .OrderBy(m => m.DisplayName, StringComparer.CurrentCulture)]);
        }
    }
}
