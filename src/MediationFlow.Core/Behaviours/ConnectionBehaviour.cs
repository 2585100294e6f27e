using MediationFlow.Core.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace MediationFlow.Core.Behaviours;

/// <summary>
/// Opens the request's database connection once, so the actor's rights, the access check and the
/// transaction share it. Left to EF, each of them opened and closed the connection by itself, and every
/// open of a pooled SQLite connection re-registers EF Core's SQL functions and reruns our pragmas, while
/// every close unregisters the functions again, leaving one finalizable handle per function behind
/// (docs/benchmarks.md, command throughput).
/// </summary>
public sealed class ConnectionBehaviour<TMessage, TResponse>(MediationDbContext db)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(next);
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            return await next(message, cancellationToken);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
