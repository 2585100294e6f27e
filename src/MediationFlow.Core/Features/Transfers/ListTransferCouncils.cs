using MediationFlow.Core.Domain;
using MediationFlow.Core.Persistence;
using MediationFlow.Core.Security;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace MediationFlow.Core.Features.Transfers;

/// <summary>
/// The councils a chair may ask to take a case over: the choices of the transfer action's `council` field. A council
/// needs a chair to accept the case, and the case's own council is where it already is.
/// </summary>
public static class ListTransferCouncils
{
    public sealed record Query(long CaseId) : IQuery<IReadOnlyList<TransferCouncil>>, ICaseRequest;

    /// <summary>One choice: the number to send and the council's name in the reader's language.</summary>
    public sealed record TransferCouncil(int CouncilId, string Name);

    public sealed class Handler(MediationDbContext db) : IQueryHandler<Query, IReadOnlyList<TransferCouncil>>
    {
        public async ValueTask<IReadOnlyList<TransferCouncil>> Handle(Query query, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(query);
            var @case = await db.Cases.AsNoTracking().Where(c => c.Id == query.CaseId)
                .Select(c => new { c.CouncilId, c.WorkshopId }).SingleAsync(cancellationToken);

            // A practice case belongs to its workshop and goes nowhere else.
            if (@case.WorkshopId is not null)
            {
                return [];
            }

            var language = System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
            var chaired = db.Memberships.Where(m => m.Role == CouncilRole.Chair).Select(m => m.CouncilId);
            var councils = await db.Councils.AsNoTracking()
                .Where(c => c.Id != @case.CouncilId && c.ClosedAt == null && chaired.Contains(c.Id))
                .Select(c => new TransferCouncil(c.Id, language == "kk" ? c.NameKk : language == "ru" ? c.NameRu : c.NameEn))
                .ToListAsync(cancellationToken);
            return [.. councils.OrderBy(c => c.Name, StringComparer.CurrentCulture)];
        }
    }
}
