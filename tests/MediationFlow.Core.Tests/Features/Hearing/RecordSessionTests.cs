using MediationFlow.Core.Errors;
using MediationFlow.Core.Security;
using MediationFlow.Core.Tests.Infrastructure;
using MediationFlow.Workflows.Engine;
using static MediationFlow.Core.Tests.Infrastructure.CaseSteps;

namespace MediationFlow.Core.Tests.Features.Hearing;

public sealed class RecordSessionTests(SharedApp shared) : IClassFixture<SharedApp>
{
    private readonly TestApp _app = shared.App;

    private async Task<(CaseDriver Driver, long SessionId)> ScheduledAsync()
    {
        var driver = await CaseDriver.OpenAsync(_app);
        await driver.IntoMediationAsync();
        await driver.TakeAsync(_app.Data.MediatorA, "scheduleSession", ("plannedAt", "2026-12-01T10:00"));
        return (driver, (await driver.StoredAsync()).Sessions.Single().Id);
    }

    [Fact]
    public async Task A_held_session_is_recorded_with_its_confidential_outcome_note()
    {
        var d = _app.Data;
        var (driver, sessionId) = await ScheduledAsync();

        await driver.TakeAsync(d.MediatorA, "recordSession", ("session", Key(sessionId)), ("attendance", "held"), ("outcomeNote", "The applicant accepts a smaller fence."));

        var session = (await driver.StoredAsync()).Sessions.Single();
        Assert.Equal((true, false, (long?)null), (session.Recorded, session.NoShow, session.AbsentPartyId));
        Assert.Equal(_app.Time.GetUtcNow(), session.RecordedAt);
        var recorded = (await driver.EventsAsync())[^1];
        var note = Assert.Single(await driver.NotesAsync());
        Assert.Equal((recorded.Sequence, "outcomeNote", (long?)sessionId, "The applicant accepts a smaller fence.", (Guid?)d.MediatorA),
            (note.Sequence, note.Field, note.SessionId, note.Text, note.AuthorId));
        Assert.DoesNotContain("smaller fence", recorded.InputJson, StringComparison.Ordinal);

        // What is said in mediation is the mediator's: the chair learns only that a note exists.
        Assert.Equal(new ConfidentialNoteView(true, "The applicant accepts a smaller fence."), (await driver.ViewAsync(d.MediatorA)).Sessions.Single().Note);
        Assert.Equal(new ConfidentialNoteView(true, null), (await driver.ViewAsync(d.ChairA)).Sessions.Single().Note);
        Assert.Equal("inMediation", (await driver.StoredAsync()).State);
    }

    [Fact]
    public async Task A_no_show_must_say_which_party_stayed_away()
    {
        var d = _app.Data;
        var (driver, sessionId) = await ScheduledAsync();

        var refused = await driver.RefusedAsync<ValidationFailedException>(d.MediatorA, "recordSession", ("session", Key(sessionId)), ("attendance", "noShow"));

        var error = Assert.Single(refused.Errors);
        Assert.Equal(("input.absentParty", "required"), (error.Field, error.Code));
        Assert.Equal("Say which party did not attend.", error.Message);
        Assert.False((await driver.StoredAsync()).Sessions.Single().Recorded);
    }

    [Fact]
    public async Task A_no_show_is_counted_against_the_absent_party()
    {
        var d = _app.Data;
        var (driver, sessionId) = await ScheduledAsync();
        var respondent = await driver.PartyAsync(PartyRole.Respondent);

        await driver.TakeAsync(d.MediatorA, "recordSession", ("session", Key(sessionId)), ("attendance", "noShow"), ("absentParty", Key(respondent.Id)));

        var session = (await driver.StoredAsync()).Sessions.Single();
        Assert.Equal((true, true, (long?)respondent.Id), (session.Recorded, session.NoShow, session.AbsentPartyId));
    }

    [Fact]
    public async Task A_recorded_session_cannot_be_recorded_again()
    {
        var d = _app.Data;
        var (driver, sessionId) = await ScheduledAsync();
        await driver.TakeAsync(d.MediatorA, "recordSession", ("session", Key(sessionId)), ("attendance", "held"), ("outcomeNote", "First note."));
        // Another planned session keeps the action open, so the refusal is about this session.
        await driver.TakeAsync(d.MediatorA, "scheduleSession", ("plannedAt", "2026-12-05T10:00"));

        var refused = await driver.RefusedAsync<ValidationFailedException>(d.MediatorA, "recordSession", ("session", Key(sessionId)), ("attendance", "held"), ("outcomeNote", "Overwritten?"));

        Assert.Equal(("input.session", "alreadyRecorded"), (refused.Errors.Single().Field, refused.Errors.Single().Code));
        Assert.Equal(["First note."], (await driver.NotesAsync()).Where(n => n.SessionId == sessionId).Select(n => n.Text));
    }

    [Fact]
    public async Task Nothing_can_be_recorded_before_a_session_is_scheduled()
    {
        var driver = await CaseDriver.OpenAsync(_app);
        await driver.IntoMediationAsync();

        var refused = await driver.RefusedAsync<ActionRefusedException>(_app.Data.MediatorA, "recordSession", ("session", "1"), ("attendance", "held"));

        Assert.Equal(["Schedule a session first"], refused.Reasons);
        Assert.False(refused.OnlyRoleBlocks);
    }

    [Fact]
    public async Task Attendance_must_be_one_of_the_listed_options()
    {
        var (driver, sessionId) = await ScheduledAsync();

        var refused = await driver.RefusedAsync<ValidationFailedException>(_app.Data.MediatorA, "recordSession", ("session", Key(sessionId)), ("attendance", "late"));

        Assert.Equal(("input.attendance", "notOption"), (refused.Errors.Single().Field, refused.Errors.Single().Code));
    }

    [Fact]
    public async Task The_chair_does_not_record_sessions()
    {
        var (driver, sessionId) = await ScheduledAsync();

        var refused = await driver.RefusedAsync<ActionRefusedException>(_app.Data.ChairA, "recordSession", ("session", Key(sessionId)), ("attendance", "held"));

        Assert.True(refused.OnlyRoleBlocks);
    }
}
