using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;

namespace MediationFlow.Core.Persistence;

/// <summary>
/// A SHA-256 of one case's history: its events in order, field by field. Two databases hold the same history of a
/// case exactly when the hashes agree, whatever the provider, so a backup, a restore and a copy to PostgreSQL are
/// checked case by case the same way. Every case is hashed, also one without events.
/// </summary>
public sealed record CaseHistoryHash(long CaseId, string Number, int Events, string Sha256)
{
    /// <summary>Every case of <paramref name="db"/>, in id order, read in one pass over the history.</summary>
    public static async IAsyncEnumerable<CaseHistoryHash> ComputeAsync(MediationDbContext db, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);

        // Numbers first, then the events as one stream: a second open reader on the same connection is not allowed
        // on every provider, and a number per case is small beside its history.
        var cases = await db.Cases.AsNoTracking().OrderBy(c => c.Id).Select(c => new { c.Id, c.Number }).ToListAsync(cancellationToken);
        var events = db.CaseEvents.AsNoTracking().OrderBy(e => e.CaseId).ThenBy(e => e.Sequence)
            .Select(e => new Event(e.CaseId, e.Sequence, e.Round, e.OccurredAt, e.ActorId, e.Trigger, e.FromState, e.ToState, e.DefinitionId, e.DefinitionVersion, e.InputJson))
            .AsAsyncEnumerable().GetAsyncEnumerator(cancellationToken);
        await using var _ = events;
        var pending = await events.MoveNextAsync() ? events.Current : null;
        foreach (var c in cases)
        {
            using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
            var count = 0;

            // An event of a case that does not exist cannot be (foreign key); skipping lower ids only keeps the merge total.
            while (pending is not null && pending.CaseId < c.Id)
            {
                pending = await events.MoveNextAsync() ? events.Current : null;
            }

            while (pending is not null && pending.CaseId == c.Id)
            {
                pending.AppendTo(hash);
                count++;
                pending = await events.MoveNextAsync() ? events.Current : null;
            }

            yield return new CaseHistoryHash(c.Id, c.Number, count, Convert.ToHexStringLower(hash.GetHashAndReset()));
        }
    }

    private sealed record Event(
        long CaseId, int Sequence, int Round, DateTimeOffset OccurredAt, Guid? ActorId, string Trigger, string? FromState, string ToState,
        string DefinitionId, int DefinitionVersion, string InputJson)
    {
        /// <summary>Microseconds since the epoch in UTC: PostgreSQL keeps no finer time, and an offset is not history.</summary>
        private long Instant => (OccurredAt.UtcTicks - DateTimeOffset.UnixEpoch.Ticks) / 10;

        public void AppendTo(IncrementalHash hash)
        {
            Number(hash, Sequence);
            Number(hash, Round);
            Number(hash, Instant);
            Text(hash, ActorId?.ToString("D"));
            Text(hash, Trigger);
            Text(hash, FromState);
            Text(hash, ToState);
            Text(hash, DefinitionId);
            Number(hash, DefinitionVersion);
            Text(hash, InputJson);
        }

        private static void Number(IncrementalHash hash, long value)
        {
            Span<byte> bytes = stackalloc byte[sizeof(long)];
            BinaryPrimitives.WriteInt64LittleEndian(bytes, value);
            hash.AppendData(bytes);
        }

        /// <summary>Length first, so no two different sequences of fields give the same bytes; null is length -1.</summary>
        private static void Text(IncrementalHash hash, string? value)
        {
            Number(hash, value is null ? -1 : Encoding.UTF8.GetByteCount(value));
            if (value is not null)
            {
                hash.AppendData(Encoding.UTF8.GetBytes(value));
            }
        }
    }
}
