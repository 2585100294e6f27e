using MediationFlow.Core.Domain;
using MediationFlow.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace MediationFlow.Core.Workflow;

/// <summary>
/// The time a case lives in. Real cases follow the deployment's <see cref="TimeProvider"/>; a training
/// workshop's sandbox cases follow the workshop's own clock, which the trainer moves.
/// </summary>
public class CaseClock(TimeProvider time, MediationDbContext db)
{
    public TimeProvider Time => time;

    public virtual async ValueTask<DateTimeOffset> NowForAsync(Case @case, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(@case);
        if (@case.WorkshopId is not { } workshopId)
        {
            return time.GetUtcNow();
        }

        var workshop = @case.Workshop ?? await db.Workshops.AsNoTracking().SingleAsync(w => w.Id == workshopId, cancellationToken);
        return new WorkshopClock(workshop, time).GetUtcNow();
    }
}

/// <summary>A workshop's own time as a <see cref="TimeProvider"/>: real time, moved and paused by the trainer.</summary>
public sealed class WorkshopClock(Workshop workshop, TimeProvider realTime) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => workshop.Now(realTime.GetUtcNow());
}
