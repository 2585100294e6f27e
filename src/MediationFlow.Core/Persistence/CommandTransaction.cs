using Microsoft.EntityFrameworkCore.Storage;

namespace MediationFlow.Core.Persistence;

/// <summary>
/// A command's one transaction, begun at its first write rather than at its start. Microsoft.Data.Sqlite
/// begins transactions with <c>BEGIN IMMEDIATE</c>, which takes SQLite's single write lock: begun first,
/// the command's reads and decisions held every other writer up. Everything the command saves from then
/// on, whether the handler saves midway (to learn a new id) or the pipeline saves at the end, is in it.
/// </summary>
public sealed class CommandTransaction(MediationDbContext db, WriteTurns writers) : IAsyncDisposable
{
    private IDbContextTransaction? _transaction;
    private bool _inTurn;

    /// <summary>Takes the writer's turn and begins the transaction, unless this command already has.</summary>
    public async Task BeginAsync(CancellationToken cancellationToken)
    {
        if (_transaction is not null)
        {
            return;
        }

        if (!_inTurn)
        {
            await writers.EnterAsync(cancellationToken);
            _inTurn = true;
        }

        _transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        NoSavepoints();
    }

    /// <summary>Synchronous saves are not used by commands, but must not escape the transaction either.</summary>
    public void Begin()
    {
        if (_transaction is not null)
        {
            return;
        }

        if (!_inTurn)
        {
            writers.EnterAsync(CancellationToken.None).GetAwaiter().GetResult();
            _inTurn = true;
        }

        _transaction = db.Database.BeginTransaction();
        NoSavepoints();
    }

    /// <summary>
    /// EF Core would wrap each save in a savepoint (two more statements) to undo a failed save alone; a
    /// command that fails is rolled back as a whole.
    /// </summary>
    private void NoSavepoints() => db.Database.AutoSavepointsEnabled = false;

    public Task CommitAsync(CancellationToken cancellationToken) => _transaction?.CommitAsync(cancellationToken) ?? Task.CompletedTask;

    public Task RollbackAsync() => _transaction?.RollbackAsync(CancellationToken.None) ?? Task.CompletedTask;

    /// <summary>Ends the transaction (rolled back unless committed) and hands the turn to the next writer.</summary>
    public async ValueTask DisposeAsync()
    {
        if (_transaction is not null)
        {
            await _transaction.DisposeAsync();
            _transaction = null;
        }

        if (_inTurn)
        {
            _inTurn = false;
            writers.Leave();
        }
    }
}
