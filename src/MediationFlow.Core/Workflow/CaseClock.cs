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
        return workshop.Now(time.GetUtcNow());
    }
}
