using MediationFlow.Core.Domain;
using MediationFlow.Core.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MediationFlow.Core.Tests.Persistence;

/// <summary>
/// A moment is stored as an instant and reads back in UTC on both providers (PostgreSQL's timestamptz keeps no
/// offset): the same value whichever database a deployment runs on, and compared as instants in queries.
/// </summary>
public sealed class InstantTests
{
    private static readonly DateTimeOffset InAstana = new(2026, 11, 26, 15, 30, 0, TimeSpan.FromHours(5));

    [Fact]
    public async Task A_moment_with_a_local_offset_reads_back_as_the_same_instant_in_UTC()
    {
        await using var app = await TestApp.StartAsync();
        var id = await app.WithDbAsync(async db =>
        {
            var entry = new AuditEntry { At = InAstana, Action = "instant-test" };
            db.AuditEntries.Add(entry);
            await db.SaveChangesAsync();
            return entry.Id;
        });

        var read = await app.WithDbAsync(db => db.AuditEntries.AsNoTracking().SingleAsync(e => e.Id == id));

        Assert.Equal(new DateTimeOffset(2026, 11, 26, 10, 30, 0, TimeSpan.Zero), read.At);
        Assert.Equal(TimeSpan.Zero, read.At.Offset);
    }

    [Fact]
    public async Task Moments_are_compared_and_ordered_as_instants_whatever_offset_they_were_written_with()
    {
        await using var app = await TestApp.StartAsync();
        await app.WithDbAsync(async db =>
        {
            // Earlier as an instant, later on the wall clock: 14:00 in Astana is 09:00 UTC.
            db.AuditEntries.Add(new AuditEntry { At = InAstana.AddMinutes(-90), Action = "instant-test-first" });
            db.AuditEntries.Add(new AuditEntry { At = new DateTimeOffset(2026, 11, 26, 10, 0, 0, TimeSpan.Zero), Action = "instant-test-second" });
            return await db.SaveChangesAsync();
        });

        var ordered = await app.WithDbAsync(db => db.AuditEntries.Where(e => e.Action == "instant-test-first" || e.Action == "instant-test-second").OrderBy(e => e.At).Select(e => e.Action).ToListAsync());
        var after = await app.WithDbAsync(db => db.AuditEntries.Where(e => (e.Action == "instant-test-first" || e.Action == "instant-test-second") && e.At > InAstana.AddMinutes(-60)).Select(e => e.Action).ToListAsync());

        Assert.Equal(["instant-test-first", "instant-test-second"], ordered);
        Assert.Equal(["instant-test-second"], after);
    }
}
