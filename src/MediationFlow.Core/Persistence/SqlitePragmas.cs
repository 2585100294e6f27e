using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace MediationFlow.Core.Persistence;

/// <summary>
/// Per-connection SQLite settings: wait for a busy writer instead of failing; sync at WAL checkpoints
/// rather than every commit (safe in WAL mode, much faster for many small transactions); and a 16 MiB
/// page cache instead of the default 2 MiB, because a council's cases lie scattered through a large file
/// and a page of search results otherwise rereads them from the OS on every request (see docs/benchmarks.md).
/// </summary>
internal sealed class SqlitePragmas : DbConnectionInterceptor
{
    private const string Pragmas = "PRAGMA busy_timeout = 30000; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; PRAGMA cache_size = -16384;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        ArgumentNullException.ThrowIfNull(connection);
        if (AlreadySet(connection))
        {
            return;
        }

        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
        MarkSet(connection);
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(connection);
        if (AlreadySet(connection))
        {
            return;
        }

        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
        MarkSet(connection);
    }

    /// <summary>Pragmas last as long as the native connection, which a <see cref="KeptOpenConnection"/> keeps across requests.</summary>
    private static bool AlreadySet(DbConnection connection) => connection is KeptOpenConnection { Configured: true };

    /// <summary>Only once they ran: pragmas that failed are tried again on the next open.</summary>
    private static void MarkSet(DbConnection connection)
    {
        if (connection is KeptOpenConnection kept)
        {
            kept.Configured = true;
        }
    }
}
