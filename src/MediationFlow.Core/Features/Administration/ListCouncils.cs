using MediationFlow.Core.Domain;
using MediationFlow.Core.Features.Cases;
using MediationFlow.Core.Persistence;
using MediationFlow.Core.Security;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace MediationFlow.Core.Features.Administration;

/// <summary>Every council in tree order (a parent before its children), for the administrator's tool.</summary>
public static class ListCouncils
{
    public sealed record Query : IQuery<IReadOnlyList<Item>>, IAdministrationRequest;

    public sealed record Item(int Id, string Code, CouncilLevel Level, string Name, string? ParentCode, int Depth, int Members);

    public sealed class Handler(MediationDbContext db) : IQueryHandler<Query, IReadOnlyList<Item>>
    {
        public async ValueTask<IReadOnlyList<Item>> Handle(Query query, CancellationToken cancellationToken)
        {
            var language = ActionView.Language;
            var councils = await db.Councils.AsNoTracking().Include(c => c.Parent).ToListAsync(cancellationToken);
            var members = await db.Memberships.GroupBy(m => m.CouncilId).Select(g => new { g.Key, Count = g.Count() })
                .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
            return [.. councils.OrderBy(c => c.Path, StringComparer.Ordinal)
                .Select(c => new Item(c.Id, c.Code, c.Level, c.Name(language), c.Parent?.Code,
                    Math.Max(0, c.Path.Count(ch => ch == '/') - 2), members.GetValueOrDefault(c.Id)))];
        }
    }
}
