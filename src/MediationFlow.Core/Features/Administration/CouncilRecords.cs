using System.Globalization;
using MediationFlow.Core.Domain;
using MediationFlow.Core.Errors;
using MediationFlow.Core.Persistence;
using MediationFlow.Core.Resources;
using Microsoft.EntityFrameworkCore;

namespace MediationFlow.Core.Features.Administration;

/// <summary>The council an administrator's request names by id, or not found: the use cases that change one council start here.</summary>
internal static class CouncilRecords
{
    public static async Task<Council> FindAsync(MediationDbContext db, int councilId, CancellationToken cancellationToken) =>
        await db.Councils.SingleOrDefaultAsync(c => c.Id == councilId, cancellationToken)
        ?? throw new NotFoundException(string.Format(CultureInfo.CurrentCulture, Messages.CouncilNotFound, councilId));

    /// <summary>A closed council takes nothing new: refused on the field that named it.</summary>
    public static void RequireWorking(Council council, string field)
    {
        if (council.ClosedAt is not null)
        {
            throw new ValidationFailedException([new FieldError(field, "councilClosed", string.Format(CultureInfo.CurrentCulture, Messages.CouncilClosed, council.Code))]);
        }
    }
}
