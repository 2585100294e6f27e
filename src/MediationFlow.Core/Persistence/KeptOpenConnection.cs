using System.Data;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;

namespace MediationFlow.Core.Persistence;

/// <summary>
/// A SQLite connection that stays open underneath while EF Core opens and closes it for each request, so that the
/// statements it has prepared are used again. Microsoft.Data.Sqlite keeps a prepared statement only as long as its
/// command and disposes every command when the connection closes, and EF Core makes a new command for every
/// execution, so SQLite compiled every statement anew: the case's reads alone spent a fifth of a command's time being
/// compiled (docs/benchmarks.md, command throughput). Each context of the pool owns one such connection. EF Core does
/// not dispose a pooled context's connection, so a tool that hands the file on closes the idle ones (<see cref="CloseIdle"/>).
/// </summary>
/// <remarks>
/// Closed as EF Core closes it, it rolls back a transaction left open, as a real close would. A kept statement holds
/// no read snapshot: disposing a reader resets its statements, a command is kept only once its reader is disposed,
/// and a reader still open when EF Core closes the connection is disposed then.
/// </remarks>
internal sealed class KeptOpenConnection(string connectionString) : SqliteConnection(Unpooled(connectionString))
{
    /// <summary>
    /// Statements kept per connection, the least recently used given up first. A command uses about ten distinct
    /// statements, and a page a few; the rest of the product shares the room.
    /// </summary>
    internal const int Capacity = 100;

    private readonly Dictionary<string, LinkedListNode<ReusedCommand>> _idle = new(StringComparer.Ordinal);
    private readonly LinkedList<ReusedCommand> _leastRecentFirst = new();
    private readonly HashSet<ReusedCommand> _lent = [];
    private readonly Dictionary<string, string> _unannouncedAfter = new(StringComparer.Ordinal);
    private string? _expectedText;
    private string? _lastUnannounced;
    private bool _inUse;
    private bool _closingForGood;

    /// <summary>Held by EF Core's request or by <see cref="CloseIdle"/>, never both: the two may run on different threads.</summary>
    private readonly Lock _gate = new();

    private readonly string _file = new SqliteConnectionStringBuilder(connectionString).DataSource;

    /// <summary>Every connection whose native connection is open, so that the product can let go of the file (<see cref="CloseIdle"/>).</summary>
    private static readonly ConditionalWeakTable<KeptOpenConnection, object?> NativeOpen = [];

    /// <summary>Open as far as EF Core can tell; the native connection underneath stays open.</summary>
    public override ConnectionState State => _closingForGood ? base.State : _inUse ? ConnectionState.Open : ConnectionState.Closed;

    /// <summary>Whether the pragmas have been run on the native connection underneath (they last as long as it does).</summary>
    public bool Configured { get; set; }

    public override void Open()
    {
        lock (_gate)
        {
            if (_inUse)
            {
                return;
            }

            if (base.State != ConnectionState.Open)
            {
                Configured = false;
                base.Open();
                NativeOpen.AddOrUpdate(this, null);
            }

            _inUse = true;
        }
    }

    public override void Close()
    {
        if (_closingForGood)
        {
            base.Close();
            return;
        }

        lock (_gate)
        {
            if (!_inUse)
            {
                return;
            }

            Transaction?.Dispose();

            // A statement stepped but not reset keeps its read snapshot: the next request would read the database as it was.
            foreach (var command in _lent)
            {
                command.DisposeReader();
            }

            _lent.Clear();
            _inUse = false;
        }
    }

    /// <summary>
    /// Closes the native connections to <paramref name="connectionString"/>'s file that no request is using, so that the
    /// file is let go of (a restore, a copy, the end of a command-line run); a connection opens again on its next use.
    /// EF Core leaves a pooled context's connection open until the process ends, so a tool that hands the file on calls this.
    /// </summary>
    public static void CloseIdle(string connectionString)
    {
        var file = new SqliteConnectionStringBuilder(connectionString).DataSource;
        foreach (var (connection, _) in NativeOpen)
        {
            if (string.Equals(connection._file, file, StringComparison.Ordinal))
            {
                connection.CloseIfIdle();
            }
        }
    }

    private void CloseIfIdle()
    {
        lock (_gate)
        {
            // A connection its context dropped without disposing it may already be finalized, its native handle with it.
            if (_inUse || _closingForGood || base.State != ConnectionState.Open || Handle is not { IsClosed: false })
            {
                return;
            }

            // Reported as open to the base class's close, which disposes every command (and its statements) first.
            _closingForGood = true;
            try
            {
                ForgetIdle();
                base.Close();
            }
            finally
            {
                _closingForGood = false;
                NativeOpen.Remove(this);
            }
        }
    }

    private void ForgetIdle()
    {
        foreach (var command in _leastRecentFirst)
        {
            command.Release();
        }

        _leastRecentFirst.Clear();
        _idle.Clear();
    }

    /// <summary>The text of the command EF Core is about to ask for, so that a kept command with that text is lent.</summary>
    public void Expect(string commandText) => _expectedText = commandText;

    public override SqliteCommand CreateCommand()
    {
        // Microsoft.Data.Sqlite's own commands (a transaction's BEGIN and COMMIT) come unannounced, in the same order
        // every time: the text that followed the last one is lent, and a wrong guess is only compiled anew.
        var announced = _expectedText is not null;
        var text = _expectedText ?? (_lastUnannounced is { } last && _unannouncedAfter.TryGetValue(last, out var next) ? next : null);
        _expectedText = null;
        ReusedCommand command;
        if (text is not null && _idle.Remove(text, out var node))
        {
            _leastRecentFirst.Remove(node);
            command = node.Value;
        }
        else
        {
            command = new ReusedCommand(this);
            command.Connection = this;
            command.CommandTimeout = DefaultTimeout;
        }

        command.Transaction = Transaction;
        command.Unannounced = !announced;
        _lent.Add(command);
        return command;
    }

    /// <summary>Takes a command back after use; false when it is to be disposed instead.</summary>
    private bool TryKeep(ReusedCommand command)
    {
        _lent.Remove(command);
        if (command.Unannounced)
        {
            Learn(command.CommandText);
        }

        if (_closingForGood || base.State != ConnectionState.Open || command.CommandText.Length == 0 || _idle.ContainsKey(command.CommandText))
        {
            return false;
        }

        if (_idle.Count >= Capacity && _leastRecentFirst.First is { } oldest)
        {
            _leastRecentFirst.RemoveFirst();
            _idle.Remove(oldest.Value.CommandText);
            oldest.Value.Release();
        }

        command.Parameters.Clear();
        command.Transaction = null;
        _leastRecentFirst.AddLast(command.Node);
        _idle.Add(command.CommandText, command.Node);
        return true;
    }

    private void Learn(string text)
    {
        if (_lastUnannounced is { } last && (_unannouncedAfter.Count < Capacity || _unannouncedAfter.ContainsKey(last)))
        {
            _unannouncedAfter[last] = text;
        }

        _lastUnannounced = text;
    }

    /// <summary>
    /// Outside Microsoft.Data.Sqlite's pool: this connection is its own pool, and closing it for good must let go of the
    /// file (a restore, a test's folder) rather than park the native connection where nothing would close it.
    /// </summary>
    private static string Unpooled(string connectionString) => new SqliteConnectionStringBuilder(connectionString) { Pooling = false }.ToString();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            lock (_gate)
            {
                _closingForGood = true;
                ForgetIdle();
                NativeOpen.Remove(this);
            }
        }

        base.Dispose(disposing);
    }

    /// <summary>A command that goes back to its connection when EF Core disposes it, keeping its prepared statements.</summary>
    private sealed class ReusedCommand : SqliteCommand
    {
        private readonly KeptOpenConnection _owner;
        private bool _released;

        public ReusedCommand(KeptOpenConnection owner)
        {
            _owner = owner;
            Node = new LinkedListNode<ReusedCommand>(this);
        }

        /// <summary>Its place in the connection's order of use, made once rather than on every return.</summary>
        public LinkedListNode<ReusedCommand> Node { get; }

        /// <summary>Lent without its text announced: its text, once set, teaches the connection what comes next.</summary>
        public bool Unannounced { get; set; }

        public void DisposeReader() => DataReader?.Dispose();

        public void Release()
        {
            _released = true;
            Dispose();
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing && !_released && DataReader is null && _owner.TryKeep(this))
            {
                return;
            }

            base.Dispose(disposing);
        }
    }
}
