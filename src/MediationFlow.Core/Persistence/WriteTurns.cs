namespace MediationFlow.Core.Persistence;

/// <summary>
/// The writers of this process, one at a time and in the order they came, on SQLite. SQLite has a single write
/// lock; a writer that finds it taken waits in SQLite's busy handler, which sleeps in growing steps (up to 100 ms)
/// and retries, so under load a writer could sleep long after the lock was free. Waiting here instead, a
/// writer starts as soon as the one before it commits. Other processes on the same file (the CLI) still
/// meet in SQLite's lock, with its busy timeout. PostgreSQL locks rows, not the database: its writers do not queue.
/// </summary>
public sealed class WriteTurns(bool queued) : IDisposable
{
    private readonly SemaphoreSlim? _turn = queued ? new(1, 1) : null;

    /// <summary>Waits for this writer's turn; the caller must <see cref="Leave"/> once it has committed or rolled back.</summary>
    public Task EnterAsync(CancellationToken cancellationToken) => _turn?.WaitAsync(cancellationToken) ?? Task.CompletedTask;

    public void Leave() => _turn?.Release();

    public void Dispose() => _turn?.Dispose();
}
