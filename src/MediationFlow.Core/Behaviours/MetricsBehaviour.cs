using MediationFlow.Core.Errors;
using MediationFlow.Core.Telemetry;
using Mediator;

namespace MediationFlow.Core.Behaviours;

/// <summary>
/// Counts every request and measures how long it took, outermost in the pipeline so that refusals by validation and
/// authorization are counted too, tagged by the use case, the workflow action it takes and how it ended.
/// </summary>
public sealed class MetricsBehaviour<TMessage, TResponse>(ProductMetrics metrics, WorkflowActions actions, TimeProvider time)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    /// <summary>The use case's name (TakeAction, FireTimer…): the class its request is declared in.</summary>
    private static readonly string Request = typeof(TMessage).DeclaringType?.Name ?? typeof(TMessage).Name;

    private static readonly string Kind = typeof(IBaseCommand).IsAssignableFrom(typeof(TMessage)) ? "command" : "query";

    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(next);
        var started = time.GetTimestamp();
        var outcome = RequestOutcome.Failed;
        try
        {
            var response = await next(message, cancellationToken);
            outcome = RequestOutcome.Ok;
            return response;
        }
        catch (Exception e)
        {
            outcome = RequestOutcomes.Of(e);
            throw;
        }
        finally
        {
            metrics.RequestHandled(new RequestTags(Request, Kind, ActionOf(message), outcome), time.GetElapsedTime(started));
        }
    }

    /// <summary>The workflow action a request takes; a trigger no definition declares is "unknown", so a client cannot make up series.</summary>
    private string? ActionOf(TMessage message) =>
        message is IActionRequest request ? actions.Known(request.Trigger) : null;
}

/// <summary>How a request ended, told from what it threw.</summary>
public static class RequestOutcomes
{
    public static RequestOutcome Of(Exception exception) => exception switch
    {
        ConflictException or TimerAlreadyHandledException => RequestOutcome.Conflict,
        MediationFlowException => RequestOutcome.Refused,
        OperationCanceledException => RequestOutcome.Cancelled,
        _ => RequestOutcome.Failed,
    };
}
