using MediationFlow.Core.Features.Cases;
using MediationFlow.Core.Features.Workshops;
using MediationFlow.Core.Tests.Infrastructure;

namespace MediationFlow.Core.Tests.Features.Workshops;

/// <summary>
/// The debrief of a finished village-boundary workshop (version 3), in workshop time: team 1 went into mediation
/// on day 2, scheduled a session and let the deadline pass (warned, then passed when the pump ran on day 33);
/// team 2 only accepted the case on day 0 and stayed in intake. Real time never moved: every duration below
/// exists only on the workshop clock.
/// </summary>
public sealed class DebriefTests(DebriefTests.Finished fixture) : IClassFixture<DebriefTests.Finished>
{
    [Fact]
    public async Task Each_team_has_its_checkpoints_met_or_missed()
    {
        var (team1, team2) = await TeamsAsync();

        Assert.Equal(
            [
                ("noConflictDeclared", true, (TimeSpan?)TimeSpan.Zero),
                ("consentBeforeSession", true, TimeSpan.FromDays(2)),
                ("obligationsWithDueDates", false, null),
                ("draftSentForReviewInTime", false, null),
                ("deadlineNeverPassed", false, null),
            ],
            team1.Checkpoints.Select(c => (c.Id, c.Met, c.MetAfter)));
        Assert.Equal(
            [
                ("noConflictDeclared", false),
                ("consentBeforeSession", false),
                ("obligationsWithDueDates", false),
                ("draftSentForReviewInTime", false),
                ("deadlineNeverPassed", true),
            ],
            team2.Checkpoints.Select(c => (c.Id, c.Met)));
        Assert.All(team1.Checkpoints, c => Assert.False(string.IsNullOrWhiteSpace(c.Name)));
    }

    [Fact]
    public async Task The_missed_deadline_is_listed_for_the_team_that_missed_it()
    {
        var (team1, team2) = await TeamsAsync();

        // At its due time, the end of the 30th day after the agreement on mediation was signed on day 2 (28 November)
        // in the council's time zone, not on day 33 when the pump fired it after the trainer's 31-day step.
        var signed = team1.Timeline.Single(s => s.ActionName == "Sign the agreement on mediation").Elapsed;
        Assert.Equal(TimeSpan.FromDays(2), signed);
        Assert.Equal([new DateTimeOffset(2026, 12, 29, 0, 0, 0, TimeSpan.FromHours(5))], team1.DeadlinesMissed);
        Assert.Empty(team2.DeadlinesMissed);
    }

    [Fact]
    public async Task Time_per_stage_is_counted_in_workshop_time_up_to_the_end()
    {
        var (team1, team2) = await TeamsAsync();

        Assert.Equal([("intake", TimeSpan.FromDays(2)), ("hearing", TimeSpan.FromDays(31))], team1.TimePerStage.Select(s => (s.Stage, s.Time)));
        Assert.Equal([("intake", TimeSpan.FromDays(33))], team2.TimePerStage.Select(s => (s.Stage, s.Time)));
    }

    [Fact]
    public async Task The_timeline_shows_each_step_in_workshop_time_with_who_took_it()
    {
        var (team1, team2) = await TeamsAsync();

        Assert.Equal(
            [
                // Registered, accepted, assigned, no conflict declared on day 0.
                (TimeSpan.Zero, "Trainer A"), (TimeSpan.Zero, "Trainee A"), (TimeSpan.Zero, "Trainer A"), (TimeSpan.Zero, "Trainee A"),

                // Two consents, the agreement on mediation and a session scheduled on day 2; on day 33 the system's
                // warning before the deadline and the deadline passing, the case staying in mediation.
                (TimeSpan.FromDays(2), "Trainee A"), (TimeSpan.FromDays(2), "Trainee A"), (TimeSpan.FromDays(2), "Trainee A"), (TimeSpan.FromDays(2), "Trainee A"),
                (TimeSpan.FromDays(33), null), (TimeSpan.FromDays(33), null),
            ],
            team1.Timeline.Select(s => (s.Elapsed, s.Actor)));
        var inMediation = TestApp.Workflows.Get("community-mediation", 3).State("inMediation").Name.For("en");
        Assert.Equal((inMediation, inMediation), (team1.Timeline[^1].StateName, team1.FinalStateName));
        Assert.Equal(2, team2.Timeline.Count);
        Assert.Equal($"WS{fixture.Workshop.Id}-2", team2.CaseNumber);
    }

    [Theory]
    [InlineData("kk", "Іс тіркелді")]
    [InlineData("ru", "Дело зарегистрировано")]
    [InlineData("en", "Case registered")]
    public async Task The_timeline_names_the_registration_in_the_readers_language(string culture, string registered)
    {
        var debrief = await fixture.Workshop.DebriefAsync(culture);

        Assert.All(debrief.Teams, team => Assert.Equal(registered, team.Timeline[0].ActionName));
        Assert.DoesNotContain(debrief.Teams.SelectMany(t => t.Timeline), s => s.ActionName == "open");
    }

    [Theory]
    [InlineData("kk")]
    [InlineData("ru")]
    public async Task The_timeline_names_each_step_as_the_case_history_does(string culture)
    {
        var team1 = await fixture.Workshop.TeamCaseAsync("Team 1");

        var history = await fixture.Workshop.App.SendAsync<IReadOnlyList<GetHistory.HistoryEntry>>(
            fixture.Workshop.Trainer, new GetHistory.Query(team1.CaseId), culture);
        var debrief = await fixture.Workshop.DebriefAsync(culture);

        Assert.Equal(history.Select(h => h.ActionName), debrief.Teams[0].Timeline.Select(s => s.ActionName));
        Assert.DoesNotContain(history, h => h.ActionName == h.Trigger);
    }

    private async Task<(GetDebrief.TeamDebrief Team1, GetDebrief.TeamDebrief Team2)> TeamsAsync()
    {
        var debrief = await fixture.Workshop.DebriefAsync();
        Assert.Equal((TestApp.Start, TestApp.Start.AddDays(33)), (debrief.StartedAt!.Value, debrief.Now));
        Assert.Equal(["Team 1", "Team 2"], debrief.Teams.Select(t => t.Team));
        return (debrief.Teams[0], debrief.Teams[1]);
    }

    /// <summary>The workshop, played and ended once for all the tests of the class, which only read it.</summary>
    public sealed class Finished : IAsyncLifetime
    {
        private TestApp? _app;

        public WorkshopDriver Workshop { get; private set; } = null!;

        public async ValueTask InitializeAsync()
        {
            _app = await TestApp.StartAsync();
            var d = _app.Data;
            Workshop = await WorkshopDriver.StartedWithTwoTeamsAsync(_app);
            var team1 = await Workshop.TeamCaseAsync("Team 1");
            var team2 = await Workshop.TeamCaseAsync("Team 2");

            await team1.ToAwaitingConsentAsync(d.TrainerA, d.TraineeA);
            await team2.TakeAsync(await Trainees.EnsureAsync(_app, Trainees.Second), "acceptForMediation");

            await Workshop.AdvanceAsync(days: 2);
            await team1.ConsentAndSignAsync(d.TraineeA);
            await team1.TakeAsync(d.TraineeA, "scheduleSession", ("plannedAt", "2026-12-01T10:00"), ("kind", "joint"), ("place", "Village club"));

            await Workshop.AdvanceAsync(days: 31);
            Assert.Equal(2, await _app.PumpAsync());
            await Workshop.EndAsync();
        }

        public async ValueTask DisposeAsync()
        {
            if (_app is not null)
            {
                await _app.DisposeAsync();
            }
        }
    }
}
