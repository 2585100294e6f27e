using MediationFlow.Core.Domain;

namespace MediationFlow.Core.Workflow;

/// <summary>
/// The time a case lives in. Real cases follow the deployment's <see cref="TimeProvider"/>; a training
/// workshop's sandbox cases follow the workshop's own clock.
/// </summary>
public class CaseClock(TimeProvider time)
{
    public TimeProvider Time => time;

    public virtual ValueTask<DateTimeOffset> NowForAsync(Case @case, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(@case);
        return ValueTask.FromResult(time.GetUtcNow());
    }
}
