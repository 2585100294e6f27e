using System.Globalization;
using MediationFlow.Core.Domain;
using MediationFlow.Core.Errors;
using MediationFlow.Core.Persistence;
using MediationFlow.Core.Resources;
using Microsoft.EntityFrameworkCore;

namespace MediationFlow.Core.Features.Administration;

/// <summary>The person an administrator's request names by id, or not found.</summary>
internal static class PersonRecords
{
    public static async Task<User> FindAsync(MediationDbContext db, Guid userId, CancellationToken cancellationToken) =>
        await db.Users.SingleOrDefaultAsync(u => u.Id == userId, cancellationToken)
        ?? throw new NotFoundException(string.Format(CultureInfo.CurrentCulture, Messages.PersonNotFound, userId));

    public static bool IsDeactivated(User user) => user.LockoutEnd == User.DeactivatedUntil;

    /// <summary>
    /// What every sign-in of the person is checked against on each request: a new stamp ends the page cookie and the
    /// sign-in bearer token at once (see CurrentActor's account row). Identity's own stores do the same on a new password.
    /// </summary>
    public static void EndSignIns(User user)
    {
        user.SecurityStamp = Guid.NewGuid().ToString("N");
        user.ConcurrencyStamp = Guid.NewGuid().ToString();
    }
}
