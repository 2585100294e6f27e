using MediationFlow.Core.Errors;
using MediationFlow.Core.Features.Participants;
using MediationFlow.Core.Tests.Infrastructure;
using static MediationFlow.Core.Tests.Infrastructure.CaseSteps;

namespace MediationFlow.Core.Tests.Version3;

/// <summary>Issue 11, points 6 and 7: joint and separate sessions, attendance per person, impasse after no-shows.</summary>
public sealed class SessionTests
{
    [Fact]
    public async Task Separate_meetings_that_cover_every_party_let_the_parties_reach_a_settlement()
    {
        await using var app = await TestApp.StartOnVersionAsync(3);
        var driver = await V3Steps.OpenAsync(app);
        await driver.ToMediationV3Async();
        var parties = (await driver.ViewAsChairAsync()).Parties;

        var first = await driver.ScheduleAsync("separate", parties[0].Id);
        await driver.TakeAsync(app.Data.MediatorA, "recordSession",
            ("session", first), ("heldAt", Day(app, 0) + "T09:10"), ("attended", "party:" + Key(parties[0].Id)));
        var settle = (await driver.ViewAsync(app.Data.MediatorA)).Actions.Single(a => a.Trigger == "reachSettlement");
        Assert.Contains(settle.BlockedBy, b => b.Code == "everyPartyHeard");

        var second = await driver.ScheduleAsync("separate", parties[1].Id);
        await driver.TakeAsync(app.Data.MediatorA, "recordSession",
            ("session", second), ("heldAt", Day(app, 0) + "T09:20"), ("attended", "party:" + Key(parties[1].Id)));
        await driver.TakeAsync(app.Data.MediatorA, "reachSettlement");

        var sessions = (await driver.ViewAsChairAsync()).Sessions;
        Assert.All(sessions, s => Assert.Equal(Workflows.Engine.SessionKind.Separate, s.Kind));
        Assert.Equal([parties[0].Id, parties[1].Id], sessions.Select(s => s.PartyId!.Value));
    }

    [Fact]
    public async Task A_separate_meeting_needs_its_party_and_records_only_that_party_as_attending()
    {
        await using var app = await TestApp.StartOnVersionAsync(3);
        var driver = await V3Steps.OpenAsync(app);
        await driver.ToMediationV3Async();
        var parties = (await driver.ViewAsChairAsync()).Parties;

        var missing = await driver.RefusedAsync<ValidationFailedException>(app.Data.MediatorA, "scheduleSession",
            ("plannedAt", V3Steps.EarlierToday(app)), ("kind", "separate"));
        Assert.Equal("input.party", Assert.Single(missing.Errors).Field);

        var session = await driver.ScheduleAsync("separate", parties[0].Id);
        var other = await driver.RefusedAsync<ValidationFailedException>(app.Data.MediatorA, "recordSession",
            ("session", session), ("heldAt", Day(app, 0) + "T09:10"), ("attended", "party:" + Key(parties[1].Id)));
        Assert.Equal("input.attended", Assert.Single(other.Errors).Field);
    }

    [Fact]
    public async Task A_support_person_attends_but_is_never_a_party_who_was_heard()
    {
        await using var app = await TestApp.StartOnVersionAsync(3);
        var driver = await V3Steps.OpenAsync(app);
        await driver.ToMediationV3Async();
        var view = await driver.ViewAsChairAsync();
        await app.SendAsync<AddParticipant.Added>(app.Data.MediatorA, new AddParticipant.Command(
            driver.CaseId, view.Version, new ParticipantDetails(Domain.ParticipantKind.SupportPerson, "Support Person")));
        await driver.RefreshAsync();
        view = await driver.ViewAsChairAsync();
        var participant = view.Participants.Single();
        Assert.DoesNotContain(view.Parties, p => p.FullName == "Support Person");

        var session = await driver.ScheduleAsync();
        var refused = await driver.RefusedAsync<ValidationFailedException>(app.Data.MediatorA, "recordSession",
            ("session", session), ("heldAt", Day(app, 0) + "T09:10"), ("attended", "participant:" + Key(participant.Id)));
        Assert.Equal("input.attended", Assert.Single(refused.Errors).Field);

        await driver.TakeAsync(app.Data.MediatorA, "recordSession", ("session", session), ("heldAt", Day(app, 0) + "T09:10"),
            ("attended", $"participant:{Key(participant.Id)},party:{Key(view.Parties[0].Id)}"));
        var attendance = (await driver.ViewAsChairAsync()).Sessions.Single().Attendance;
        Assert.Contains(attendance, a => a.Kind == Domain.AttendeeKind.Participant && a.Attended);
        Assert.Contains(attendance, a => a.Kind == Domain.AttendeeKind.Party && a.Id == view.Parties[1].Id && !a.Attended);
        var settle = (await driver.ViewAsync(app.Data.MediatorA)).Actions.Single(a => a.Trigger == "reachSettlement");
        Assert.False(settle.Permitted);
    }

    [Fact]
    public async Task An_impasse_can_be_declared_after_two_sessions_a_party_missed_even_with_none_held()
    {
        await using var app = await TestApp.StartOnVersionAsync(3);
        var driver = await V3Steps.OpenAsync(app);
        await driver.ToMediationV3Async();
        var respondent = (await driver.ViewAsChairAsync()).Parties[1];

        for (var i = 0; i < 2; i++)
        {
            Assert.False((await driver.ViewAsync(app.Data.MediatorA)).Actions.Single(a => a.Trigger == "declareImpasse").Permitted);
            var session = await driver.ScheduleAsync();
            await driver.TakeAsync(app.Data.MediatorA, "recordNoShow", ("session", session), ("absent", Key(respondent.Id)));
        }

        await driver.TakeAsync(app.Data.MediatorA, "declareImpasse", ("reason", "partyDoesNotAttend"));
        var stored = await driver.RoundsAsync();
        Assert.Equal("noAgreement", stored.State);
        Assert.Equal("partyDoesNotAttend", stored.OutcomeReason);
    }

    [Fact]
    public async Task A_cancelled_session_is_neither_held_nor_missed()
    {
        await using var app = await TestApp.StartOnVersionAsync(3);
        var driver = await V3Steps.OpenAsync(app);
        await driver.ToMediationV3Async();
        var session = await driver.ScheduleAsync();
        await driver.TakeAsync(app.Data.MediatorA, "cancelSession", ("session", session), ("reason", "The hall is closed."));

        var refused = await driver.RefusedAsync<ActionRefusedException>(app.Data.MediatorA, "recordNoShow",
            ("session", session), ("absent", Key((await driver.ViewAsChairAsync()).Parties[0].Id)));
        Assert.NotNull((await driver.ViewAsChairAsync()).Sessions.Single().CancelledAt);
        Assert.NotEmpty(refused.Reasons);
    }
}
