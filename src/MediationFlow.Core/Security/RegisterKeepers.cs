using System.Globalization;
using MediationFlow.Core.Domain;
using MediationFlow.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace MediationFlow.Core.Security;

/// <summary>
/// Who keeps a council's register of mediators (order No. 126): the administrators and chairs of the council or of a
/// council above it, as figures roll up the tree. The authorization behaviour and the register's page read this rule.
/// </summary>
public static class RegisterKeepers
{
    /// <summary>What the actor may do with the council's register; <see cref="RegisterAccess.None"/> also when there is no such council.</summary>
    public static async Task<RegisterAccess> AccessAsync(MediationDbContext db, Actor actor, int councilId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var path = await db.Councils.Where(c => c.Id == councilId).Select(c => c.Path).SingleOrDefaultAsync(cancellationToken);
        if (path is null)
        {
            return RegisterAccess.None;
        }

        if (actor.Grants.Any(g => g.Role is CouncilRole.Chair or CouncilRole.Administrator
            && path.Contains($"/{g.CouncilId.ToString(CultureInfo.InvariantCulture)}/", StringComparison.Ordinal)))
        {
            return RegisterAccess.Keep;
        }

        return actor.Grants.Any(g => g.CouncilId == councilId) ? RegisterAccess.Read : RegisterAccess.None;
    }
}

public enum RegisterAccess
{
    None,
    Read,
    Keep,
}
