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
    public sealed record Query : IQuery<IReadOnlyList<Item>>, ISystemRequest;

    public sealed record Item(int Id, string Code, CouncilLevel Level, string Name, string? ParentCode, int Depth, int Members);

    public sealed class Handler(MediationDbContext db) : IQueryHandler<Query, IReadOnlyList<Item>>
    {
        public async ValueTask<IReadOnlyList<Item>> Handle(Query query, CancellationToken cancellationToken)
        {
            var language = ActionView.Language;
            var councils = await db.Councils.AsNoTracking()
                .Select(c => new { c.Id, c.Code, c.Level, c.NameKk, c.NameRu, c.NameEn, c.Path, ParentCode = c.Parent!.Code, Members = db.Memberships.Count(m => m.CouncilId == c.Id) })
                .ToListAsync(cancellationToken);
            return [.. councils.OrderBy(c => c.Path, StringComparer.Ordinal)
                .Select(c => new Item(c.Id, c.Code, c.Level, language switch { "kk" => c.NameKk, "ru" => c.NameRu, _ => c.NameEn }, c.ParentCode,
                    Math.Max(0, c.Path.Count(ch => ch == '/') - 2), c.Members))];
        }
    }
}
