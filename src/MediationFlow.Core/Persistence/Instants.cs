using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace MediationFlow.Core.Persistence;

/// <summary>
/// Moments are stored as instants in UTC on both providers, so a value reads back the same on either: PostgreSQL's
/// <c>timestamptz</c> keeps no offset (Npgsql accepts only offset 0), and a council's local offset is applied when
/// a moment is shown, never stored.
/// </summary>
internal static class Instants
{
    /// <summary>SQLite has no native instant type; a sortable integer keeps ORDER BY and range queries in SQL.</summary>
    internal sealed class SqliteConverter() : ValueConverter<DateTimeOffset, long>(v => ToBinary(v), v => FromBinary(v));

    internal sealed class PostgreSqlConverter() : ValueConverter<DateTimeOffset, DateTimeOffset>(v => v.ToUniversalTime(), v => v);

    /// <summary>The layout of EF Core's <see cref="DateTimeOffsetToBinaryConverter"/>, which earlier rows were written with, at offset 0.</summary>
    private static long ToBinary(DateTimeOffset value) => (value.UtcTicks / 1000) << 11;

    /// <summary>Reads rows of either layout: earlier ones may carry an offset in their low 11 bits.</summary>
    private static DateTimeOffset FromBinary(long value) =>
        new DateTimeOffset(new DateTime((value >> 11) * 1000), TimeSpan.FromMinutes((value << 53) >> 53)).ToUniversalTime();
}
