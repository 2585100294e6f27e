using Microsoft.EntityFrameworkCore;

namespace MediationFlow.Core.Persistence;

/// <summary>
/// Claims for the work several instances on one database find due at the same moment: a timer to fire, a
/// workshop whose scripted events fell due. On PostgreSQL a claim locks the row in the firing command's own
/// transaction (<c>FOR UPDATE SKIP LOCKED</c>): an instance that finds the row claimed passes over it at once
/// instead of waiting for the other's commit only to find the work done; the lock ends with the transaction, so a
/// crashed instance's claim ends with its connection. SQLite has one writer at a time; there every claim stands
/// and the versions decide, as before.
/// </summary>
public static class RowClaims
{
    /// <summary>Claims a timer's row for this command; false when another instance holds it.</summary>
    public static Task<bool> TimerAsync(MediationDbContext db, long timerId, CancellationToken cancellationToken) =>
        ClaimAsync(db, $"""SELECT "Id" AS "Value" FROM "DueTimers" WHERE "Id" = {timerId} FOR UPDATE SKIP LOCKED""", cancellationToken);

    /// <summary>Claims a workshop's row for this command; false when another instance holds it.</summary>
    public static Task<bool> WorkshopAsync(MediationDbContext db, long workshopId, CancellationToken cancellationToken) =>
        ClaimAsync(db, $"""SELECT "Id" AS "Value" FROM "Workshops" WHERE "Id" = {workshopId} FOR UPDATE SKIP LOCKED""", cancellationToken);

    private static async Task<bool> ClaimAsync(MediationDbContext db, FormattableString lockRow, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (db.Database.IsSqlite())
        {
            return true;
        }

        // The command's transaction begins here rather than at its save, so the lock is held until it commits.
        await db.BeginWritingAsync(cancellationToken);
        return (await db.Database.SqlQuery<long>(lockRow).ToListAsync(cancellationToken)).Count > 0;
    }
}
