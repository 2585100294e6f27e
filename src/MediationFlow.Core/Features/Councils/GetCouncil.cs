using MediationFlow.Core.Domain;
using MediationFlow.Core.Features.Cases;
using MediationFlow.Core.Persistence;
using MediationFlow.Core.Security;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace MediationFlow.Core.Features.Councils;

/// <summary>
/// A council as its members see it: place in the tree, members with their roles, and the mediator
/// register entries (Art. 8-1) of its mediators. Also the list a chair picks a mediator from.
/// </summary>
public static class GetCouncil
{
    public sealed record Query(int CouncilId) : IQuery<CouncilView>, ICouncilMemberRequest;

    public sealed record CouncilView(
        int Id, string Code, string Name, CouncilLevel Level, int? ParentId, string? ParentName,
        IReadOnlyList<Member> Members, IReadOnlyList<RegisterEntry> Register)
    {
        public IEnumerable<Member> Mediators => Members.Where(m => m.Roles.Contains(CouncilRole.Mediator));
    }

    public sealed record Member(Guid UserId, string DisplayName, IReadOnlyList<CouncilRole> Roles);

    public sealed record RegisterEntry(
        Guid UserId, string DisplayName, MediatorType Type, IReadOnlyList<string> Languages,
        IReadOnlyList<DisputeCategory> Specialisations, string? TrainingCertificate, DateOnly? CertifiedOn);

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
            var mediatorIds = memberships.Where(m => m.Role == CouncilRole.Mediator).Select(m => m.UserId).Distinct().ToList();
            var register = await db.MediatorRegister.AsNoTracking()
                .Where(r => mediatorIds.Contains(r.UserId))
                .Select(r => new { r.UserId, r.User!.DisplayName, r.Type, r.Languages, r.Specialisations, r.TrainingCertificate, r.CertifiedOn })
                .ToListAsync(cancellationToken);

            var language = ActionView.Language;
            return new CouncilView(
                council.Id, council.Code, council.Name(language), council.Level, council.ParentId, council.Parent?.Name(language),
                [.. memberships.GroupBy(m => m.UserId)
                    .Select(g => new Member(g.Key, g.First().DisplayName, [.. g.Select(m => m.Role).Distinct().Order()]))
                    .OrderBy(m => m.DisplayName, StringComparer.CurrentCulture)],
                [.. register
                    .Select(r => new RegisterEntry(r.UserId, r.DisplayName, r.Type, Split(r.Languages),
                        [.. Split(r.Specialisations).Select(Category).OfType<DisputeCategory>()], r.TrainingCertificate, r.CertifiedOn))
                    .OrderBy(r => r.DisplayName, StringComparer.CurrentCulture)]);
        }

        private static string[] Split(string list) => list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

        /// <summary>Specialisations are stored as the definitions' category codes ("familyAndHousehold").</summary>
        private static DisputeCategory? Category(string code) =>
            Enum.TryParse<DisputeCategory>(code, ignoreCase: true, out var category) ? category : null;
    }
}
