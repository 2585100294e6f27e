using System.Threading.Channels;
using MediationFlow.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MediationFlow.Core.Persistence;

/// <summary>
/// Who read which case, written by one writer in batches instead of by each read: a read that wrote its
/// own entry took SQLite's single write lock, so reads queued behind each other and behind every command.
/// Entries wait in a bounded queue (a full queue makes reads wait, it never drops them); the writer gathers
/// them for <see cref="Gathering"/> and saves them in one transaction. Completing the trail, as a clean shutdown
/// does, writes everything first; a crash loses only what was still queued (docs/adr/0007, 0009).
/// </summary>
public sealed partial class ReadAuditTrail : IAsyncDisposable
{
    /// <summary>How many reads may wait to be written; about a second of reads at full speed.</summary>
    public const int Capacity = 4096;

    /// <summary>
    /// How long the writer gathers entries before it writes them, unless a flush, a full batch or the end of the trail
    /// asks sooner. Each commit makes SQLite drop every other connection's page cache (write-ahead log): written one or
    /// two at a time as they came, the entries cost a transaction each and sent almost every read to a cold cache.
    /// </summary>
    public static readonly TimeSpan Gathering = TimeSpan.FromMilliseconds(100);

    private const int MaxBatch = 512;

    private const int Attempts = 5;

    private readonly Channel<AuditEntry> _queue = Channel.CreateBounded<AuditEntry>(
        new BoundedChannelOptions(Capacity) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });

    private readonly IServiceScope _scope;
    private readonly MediationDbContext _db;
    private readonly WriteTurns _writers;
    private readonly ILogger<ReadAuditTrail> _logger;
    private readonly TimeProvider _time;
    private readonly Task _writing;
    private readonly object _progress = new();
    private readonly SemaphoreSlim _writeNow = new(0);
    private long _queued;
    private long _written;
    private bool _connectionOpen;
    private volatile bool _completing;
    private TaskCompletionSource _batchWritten = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public ReadAuditTrail(IServiceScopeFactory scopes, WriteTurns writers, TimeProvider time, ILogger<ReadAuditTrail> logger)
    {
        ArgumentNullException.ThrowIfNull(scopes);

        // The writer's own context for its whole life, so that writing the last entries at shutdown needs
        // nothing from a container that is being disposed.
        _scope = scopes.CreateScope();
        _db = _scope.ServiceProvider.GetRequiredService<MediationDbContext>();
        _writers = writers;
        _logger = logger;
        _time = time;
        _writing = Task.Run(WriteAsync);
    }

    /// <summary>Queues a read's entry; waits only while the queue is full.</summary>
    public async ValueTask AppendAsync(AuditEntry entry, CancellationToken cancellationToken)
    {
        await _queue.Writer.WriteAsync(entry, cancellationToken);
        Interlocked.Increment(ref _queued);
        if (_queue.Reader.Count >= MaxBatch)
        {
            WriteNow();
        }
    }

    /// <summary>Waits until every entry queued before this call is in the database.</summary>
    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        var target = Interlocked.Read(ref _queued);
        while (true)
        {
            Task next;
            lock (_progress)
            {
                if (_written >= target || _writing.IsCompleted)
                {
                    return;
                }

                next = _batchWritten.Task;
            }

            WriteNow();
            await next.WaitAsync(cancellationToken);
        }
    }

    /// <summary>Takes no more entries and writes those queued; a clean shutdown ends here.</summary>
    public async Task CompleteAsync()
    {
        _completing = true;
        _queue.Writer.TryComplete();
        WriteNow();
        await _writing;
    }

    public async ValueTask DisposeAsync()
    {
        await CompleteAsync();
        _scope.Dispose();
        _writeNow.Dispose();
    }

    private async Task WriteAsync()
    {
        var batch = new List<AuditEntry>(MaxBatch);
        try
        {
            while (await _queue.Reader.WaitToReadAsync())
            {
                await GatherAsync();
                while (batch.Count < MaxBatch && _queue.Reader.TryRead(out var entry))
                {
                    batch.Add(entry);
                }

                await SaveAsync(batch);
                lock (_progress)
                {
                    _written += batch.Count;
                    _batchWritten.SetResult();
                    _batchWritten = new(TaskCreationOptions.RunContinuationsAsynchronously);
                }

                batch.Clear();
            }
        }
        finally
        {
            // Open from the first batch on (see SaveAsync); the pool gets it back when the trail is complete.
            if (_connectionOpen)
            {
                await _db.Database.CloseConnectionAsync();
            }
        }
    }

    /// <summary>Waits out the gathering time unless the entries are asked for sooner.</summary>
    private async Task GatherAsync()
    {
        if (_completing || _queue.Reader.Count >= MaxBatch)
        {
            return;
        }

        using var gathered = new CancellationTokenSource();
        await Task.WhenAny(_writeNow.WaitAsync(gathered.Token), Task.Delay(Gathering, _time, gathered.Token));
        await gathered.CancelAsync();
    }

    /// <summary>Ends the gathering now; one waiting signal is enough, more would only cut later gatherings short.</summary>
    private void WriteNow()
    {
        if (_writeNow.CurrentCount == 0)
        {
            _writeNow.Release();
        }
    }

    /// <summary>Retries a failed batch (a lock held long by another process, a full disk) before giving it up, loudly.</summary>
    private async Task SaveAsync(List<AuditEntry> batch)
    {
        for (var attempt = 1; ; attempt++)
        {
            await _writers.EnterAsync(CancellationToken.None);
            try
            {
                // Kept open from batch to batch: every open of a pooled connection takes the pool's lock and reruns our pragmas.
                if (!_connectionOpen)
                {
                    await _db.Database.OpenConnectionAsync();
                    _connectionOpen = true;
                }

                _db.AuditEntries.AddRange(batch);
                await _db.SaveChangesAsync();
                return;
            }
            catch (Exception e) when (attempt < Attempts)
            {
                LogRetry(_logger, batch.Count, attempt, e);
            }
            catch (Exception e)
            {
                // The writer must live on: a dead writer would leave every later read waiting on a full queue.
                LogLost(_logger, batch.Count, e);
                return;
            }
            finally
            {
                _db.ChangeTracker.Clear();
                _writers.Leave();
            }

            await Task.Delay(TimeSpan.FromSeconds(attempt), _time);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Writing {Count} read-audit entries failed (attempt {Attempt}); trying again.")]
    private static partial void LogRetry(ILogger logger, int count, int attempt, Exception exception);

    [LoggerMessage(Level = LogLevel.Critical, Message = "{Count} read-audit entries could not be written and are lost.")]
    private static partial void LogLost(ILogger logger, int count, Exception exception);
}
