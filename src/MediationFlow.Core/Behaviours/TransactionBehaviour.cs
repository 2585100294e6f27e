using MediationFlow.Core.Errors;
using MediationFlow.Core.Persistence;
using MediationFlow.Core.Workflow;
using MediationFlow.Workflows.Engine;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace MediationFlow.Core.Behaviours;

/// <summary>
/// A command is one transaction: the handler changes tracked entities, this saves them once. A lost
/// race on a case's version rolls everything back and reports the case as it is now.
/// </summary>
public sealed class TransactionBehaviour<TMessage, TResponse>(MediationDbContext db, WorkflowCatalog catalog)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(next);
        if (message is not IBaseCommand)
        {
            return await next(message, cancellationToken);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            var response = await next(message, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return response;
        }
        catch (DbUpdateConcurrencyException e)
        {
            await transaction.RollbackAsync(cancellationToken);
            throw await ConflictFrom(e, cancellationToken);
        }
        catch
        {
            await transaction.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
            throw;
        }
    }

    private async Task<Exception> ConflictFrom(DbUpdateConcurrencyException e, CancellationToken cancellationToken)
    {
        var @case = e.Entries.Select(entry => entry.Entity).OfType<Domain.Case>().FirstOrDefault();
        db.ChangeTracker.Clear();
        if (@case is null)
        {
            // Only a timer row lost the race: another pump fired it first.
            return new TimerAlreadyHandledException(e);
        }

        var now = await db.Cases.AsNoTracking().Where(c => c.Id == @case.Id)
            .Select(c => new { c.DefinitionId, c.DefinitionVersion, c.State, c.Version }).SingleAsync(cancellationToken);
        return CaseConflict.Of(catalog, @case.Id, now.DefinitionId, now.DefinitionVersion, now.State, now.Version);
    }
}

/// <summary>A timer's row changed under us: another pump has fired or cancelled it. Nothing was written.</summary>
public sealed class TimerAlreadyHandledException(Exception inner) : Exception("The timer was handled by another pump.", inner);
