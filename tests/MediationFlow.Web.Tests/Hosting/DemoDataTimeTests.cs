using System.Text.Json;
using MediationFlow.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MediationFlow.Web.Tests.Hosting;

/// <summary>
/// The demo dataset, as the host seeds it on a first run, is coherent in time: each case's history runs
/// forward from its registration to now, sessions are held on or after their date, and no case is overdue on
/// the day it was registered. Read on the demo database exactly as the host seeded it.
/// </summary>
public sealed class DemoDataTimeTests(MediationFlowFactory factory) : IClassFixture<MediationFlowFactory>
{
    /// <summary>Kazakhstan time, in which a person reads "the day".</summary>
    private static readonly TimeSpan Kazakhstan = TimeSpan.FromHours(5);

    [Fact]
    public async Task No_session_is_held_before_its_date_and_none_planned_in_the_past_is_left_unrecorded()
    {
        var seededBy = await SeededByAsync();
        var sessions = await factory.QueryAsync(db => db.Sessions.AsNoTracking().ToListAsync());
        var held = await factory.QueryAsync(db => db.CaseEvents.AsNoTracking().Where(e => e.Trigger == "recordSession").ToListAsync());

        Assert.Contains(sessions, s => s.Recorded);
        Assert.Contains(sessions, s => !s.Recorded);
        Assert.All(sessions.Where(s => s.Recorded), s =>
        {
            var recordedBy = held.Single(e => e.CaseId == s.CaseId && SessionOf(e) == s.Id);
            Assert.True(recordedBy.OccurredAt >= s.PlannedAt, $"Session {s.Id} planned for {s.PlannedAt} was recorded as held at {recordedBy.OccurredAt}.");
            Assert.True(s.RecordedAt >= s.PlannedAt, $"Session {s.Id} planned for {s.PlannedAt} has RecordedAt {s.RecordedAt}.");
        });
        Assert.All(sessions.Where(s => !s.Recorded), s =>
            Assert.True(s.PlannedAt > seededBy, $"Session {s.Id} was planned for {s.PlannedAt}, before the dataset was made ({seededBy}), and never held."));
    }

    [Fact]
    public async Task No_case_is_overdue_on_the_day_it_was_registered()
    {
        var cases = await factory.QueryAsync(db => db.Cases.AsNoTracking().ToListAsync());
        var overdue = await factory.QueryAsync(db => db.CaseEvents.AsNoTracking().Where(e => e.Trigger == "deadlinePassed").ToListAsync());

        Assert.True(overdue.Count >= 2, $"The dataset should show overdue cases; it has {overdue.Count}.");
        Assert.All(overdue, e =>
        {
            var registered = cases.Single(c => c.Id == e.CaseId).RegisteredAt;
            Assert.True(Day(e.OccurredAt) > Day(registered), $"Case {e.CaseId} registered {registered} went overdue at {e.OccurredAt}.");
        });
        Assert.All(cases.Where(c => c.Deadline is not null), c =>
            Assert.True(Day(c.Deadline!.Value) > Day(c.RegisteredAt), $"Case {c.Number} registered {c.RegisteredAt} has its deadline {c.Deadline}."));
    }

    [Fact]
    public async Task Every_case_history_runs_forward_from_its_registration_to_when_the_dataset_was_made()
    {
        var seededBy = await SeededByAsync();
        var cases = await factory.QueryAsync(db => db.Cases.AsNoTracking().ToDictionaryAsync(c => c.Id));
        var events = await factory.QueryAsync(db => db.CaseEvents.AsNoTracking().ToListAsync());

        // Cases were registered over weeks, not all in the same minute.
        Assert.True(cases.Values.Max(c => c.RegisteredAt) - cases.Values.Min(c => c.RegisteredAt) > TimeSpan.FromDays(30));
        foreach (var history in events.GroupBy(e => e.CaseId))
        {
            var ordered = history.OrderBy(e => e.Sequence).ToList();
            Assert.Equal(cases[history.Key].RegisteredAt, ordered[0].OccurredAt);
            Assert.All(ordered.Zip(ordered.Skip(1)), pair =>
                Assert.True(pair.First.OccurredAt <= pair.Second.OccurredAt, $"Case {history.Key}: {pair.Second.Trigger} at {pair.Second.OccurredAt} comes before {pair.First.Trigger} at {pair.First.OccurredAt}."));
            Assert.True(ordered[^1].OccurredAt <= seededBy, $"Case {history.Key} has {ordered[^1].Trigger} at {ordered[^1].OccurredAt}, after the dataset was made ({seededBy}).");
        }
    }

    /// <summary>When the dataset was made: the latest history it wrote (this class's copy of the demo database is not changed by its tests).</summary>
    private Task<DateTimeOffset> SeededByAsync() =>
        factory.QueryAsync(async db => (await db.CaseEvents.AsNoTracking().Select(e => e.OccurredAt).ToListAsync()).Max());

    private static DateOnly Day(DateTimeOffset at) => DateOnly.FromDateTime(at.ToOffset(Kazakhstan).DateTime);

    private static long? SessionOf(MediationFlow.Core.Domain.CaseEvent recorded)
    {
        using var input = JsonDocument.Parse(recorded.InputJson);
        return input.RootElement.TryGetProperty("session", out var session)
            ? session.ValueKind == JsonValueKind.Number ? session.GetInt64() : long.Parse(session.GetString()!, System.Globalization.CultureInfo.InvariantCulture)
            : null;
    }
}
