using MediationFlow.Core.Domain;
using MediationFlow.Core.Persistence;
using MediationFlow.Core.Security;
using Mediator;

namespace MediationFlow.Core.Behaviours;

/// <summary>
/// Records who read or changed what, when. A command's entry is saved in its own transaction; a read's
/// entry, once the read succeeded, goes to the read-audit trail, so that reading never takes the write lock.
/// </summary>
public sealed class AuditBehaviour<TMessage, TResponse>(MediationDbContext db, ReadAuditTrail reads, CurrentActor current, TimeProvider clock)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(next);
        var response = await next(message, cancellationToken);
        var actor = await current.GetAsync(cancellationToken);
        var isCommand = message is IBaseCommand;
        var entry = new AuditEntry
        {
            At = clock.GetUtcNow(),
            UserId = actor.UserId,
            Action = typeof(TMessage).DeclaringType?.Name ?? typeof(TMessage).Name,
            CaseId = (message as ICaseRequest)?.CaseId ?? (response as ICaseResult)?.CaseId,
            Changed = isCommand,
        };
        if (isCommand)
        {
            db.AuditEntries.Add(entry);
        }
        else
        {
            await reads.AppendAsync(entry, cancellationToken);
        }

        return response;
    }
}

/// <summary>A response that names the case it created or touched, for the audit trail.</summary>
public interface ICaseResult
{
    long CaseId { get; }
}
