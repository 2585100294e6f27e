using MediationFlow.Core.Domain;
using MediationFlow.Core.Persistence;
using MediationFlow.Core.Security;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace MediationFlow.Core.Features.Administration;

/// <summary>
/// A council as the administrator keeps it: its names in the three languages, where it sits, whether it is closed, its
/// members and their roles, and how many of its cases are open (a count, never a case).
/// </summary>
public static class GetCouncilRecord
{
    public sealed record Query(int CouncilId) : IQuery<CouncilRecord>, IAdministrationRequest;

    public sealed record CouncilRecord(
        int Id, string Code, CouncilLevel Level, string NameKk, string NameRu, string NameEn, string Path, string TimeZone,
        int? ParentId, string? ParentCode, DateTimeOffset? ClosedAt, int OpenCases, int Children, IReadOnlyList<Member> Members);

    public sealed record Member(Guid UserId, string UserName, string DisplayName, CouncilRole Role, bool Deactivated);

    public sealed class Handler(MediationDbContext db) : IQueryHandler<Query, CouncilRecord>
    {
        public async ValueTask<CouncilRecord> Handle(Query query, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(query);
            var council = await CouncilRecords.FindAsync(db, query.CouncilId, cancellationToken);
            var parentCode = council.ParentId is { } parentId ? await db.Councils.Where(c => c.Id == parentId).Select(c => c.Code).SingleAsync(cancellationToken) : null;
            var open = await db.Cases.CountAsync(c => c.CouncilId == council.Id && c.WorkshopId == null && !c.IsClosed, cancellationToken);
            var children = await db.Councils.CountAsync(c => c.ParentId == council.Id, cancellationToken);
            var members = await db.Memberships.AsNoTracking().Where(m => m.CouncilId == council.Id)
                .Select(m => new Member(m.UserId, m.User!.UserName!, m.User.DisplayName, m.Role, m.User.LockoutEnd == User.DeactivatedUntil))
                .ToListAsync(cancellationToken);
            return new CouncilRecord(council.Id, council.Code, council.Level, council.NameKk, council.NameRu, council.NameEn, council.Path, council.TimeZone,
                council.ParentId, parentCode, council.ClosedAt, open, children,
                [.. members.OrderBy(m => m.DisplayName, StringComparer.CurrentCulture).ThenBy(m => m.Role)]);
        }
    }
}
