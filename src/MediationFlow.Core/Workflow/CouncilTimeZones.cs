using System.Collections.Concurrent;
using MediationFlow.Core.Domain;
using MediationFlow.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace MediationFlow.Core.Workflow;

/// <summary>
/// The time zone each council counts its days in, read once per council: a council's zone is given when the council
/// is added and never changes, and every action on a case from version 3 on needs it (a date ends at midnight there).
/// </summary>
public sealed class CouncilTimeZones
{
    private readonly ConcurrentDictionary<int, TimeZoneInfo> _zones = new();

    public async ValueTask<TimeZoneInfo> OfAsync(MediationDbContext db, int councilId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (_zones.TryGetValue(councilId, out var known))
        {
            return known;
        }

        var id = await db.Councils.AsNoTracking().Where(c => c.Id == councilId).Select(c => c.TimeZone).SingleAsync(cancellationToken);
        return _zones[councilId] = Find(id);
    }

    /// <summary>The zone of an IANA id; an id the machine does not know counts as Kazakhstan's (the councils' own).</summary>
    public static TimeZoneInfo Find(string id) =>
        TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : TimeZoneInfo.FindSystemTimeZoneById(Council.DefaultTimeZone);
}
