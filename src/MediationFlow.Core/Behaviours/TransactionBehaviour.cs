using MediationFlow.Core.Persistence;
using MediationFlow.Core.Workflow;
using MediationFlow.Workflows.Engine;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace MediationFlow.Core.Behaviours;

/// <summary>
/// A command is one transaction: the handler reads, decides and changes tracked entities; only then is the
/// write lock taken and everything saved at once, so another command's reads and decisions overlap this
/// one's. Versions make that safe: a case or timer changed since it was read fails the save as a whole and
/// is reported as a conflict with the case as it is now.
/// </summary>
public sealed class TransactionBehaviour<TMessage, TResponse>(MediationDbContext db, WriteTurns writers, WorkflowCatalog catalog)
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

        await using var transaction = new CommandTransaction(db, writers);
        db.Command = transaction;
        try
        {
            var response = await next(message, cancellationToken);
            await transaction.BeginAsync(cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return response;
        }
        catch (DbUpdateException e)
        {
            var read = VersionsRead();
            await transaction.RollbackAsync();
            db.ChangeTracker.Clear();
            var conflict = await ConflictFrom(e, read, cancellationToken);
            if (conflict is null)
            {
                throw;
            }

            throw conflict;
        }
        catch
        {
            await transaction.RollbackAsync();
            db.ChangeTracker.Clear();
            throw;
        }
        finally
        {
            db.Command = null;
        }
    }

    /// <summary>The versions the command read its changed cases at.</summary>
    private List<(long Id, int Version)> VersionsRead() =>
        [.. db.ChangeTracker.Entries<Domain.Case>().Where(e => e.State == EntityState.Modified).Select(e => (e.Entity.Id, e.Property(c => c.Version).OriginalValue))];

    /// <summary>
    /// Whichever statement failed first (the version-checked update, or the history event's unique sequence
    /// inserted before it), a case changed since the command read it lost the race. Null when the failure
    /// is no race: it is rethrown as it is.
    /// </summary>
    private async Task<Exception?> ConflictFrom(DbUpdateException e, List<(long Id, int Version)> read, CancellationToken cancellationToken)
    {
        foreach (var (id, version) in read)
        {
            var now = await db.Cases.AsNoTracking().Where(c => c.Id == id)
                .Select(c => new { c.DefinitionId, c.DefinitionVersion, c.State, c.Version }).SingleAsync(cancellationToken);
            if (now.Version != version)
            {
                return CaseConflict.Of(catalog, id, now.DefinitionId, now.DefinitionVersion, now.State, now.Version);
            }
        }

        // Only a timer row lost the race: another pump fired it first.
        return e is DbUpdateConcurrencyException ? new TimerAlreadyHandledException(e) : null;
    }
}

/// <summary>A timer's row changed under us: another pump has fired or cancelled it. Nothing was written.</summary>
public sealed class TimerAlreadyHandledException(Exception inner) : Exception("The timer was handled by another pump.", inner);
