using MediationFlow.Workflows.Engine;
using static MediationFlow.Workflows.Tests.Engine.Actors;

namespace MediationFlow.Workflows.Tests.Engine;

/// <summary>Bad input is refused field by field, with the field's name, and changes nothing.</summary>
public sealed class InputTests
{
    private static readonly TimeSpan Kazakhstan = TimeSpan.FromHours(5);
    private static readonly DateTimeOffset Registered = new(2025, 3, 3, 10, 0, 0, Kazakhstan);

    private static SimulatedCase NewCase() => SimulatedCase.Register(ShippedWorkflows.V1, Registered);

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void A_required_field_left_empty_is_refused(string? mediator)
    {
        var c = NewCase();
        c.Do("acceptForMediation", Chair);

        var result = c.Fire("assignMediator", Chair, ("mediator", mediator));

        AssertRefused(c, "awaitingAssignment", result, ("mediator", "required"));
        Assert.Equal("Mediator is required", result.InputErrors[0].Message.En);
    }

    [Fact]
    public void A_required_field_that_is_missing_is_refused()
    {
        var c = NewCase().ToInMediation();

        AssertRefused(c, "inMediation", c.Fire("scheduleSession", Mediator, ("place", "School hall")), ("plannedAt", "required"));
    }

    [Theory]
    [InlineData(null, "mustConfirm")]
    [InlineData("false", "mustConfirm")]
    [InlineData("no", "mustConfirm")]
    [InlineData("perhaps", "mustConfirm")]
    public void A_confirmation_must_be_given_as_true(string? declaration, string code)
    {
        var c = NewCase();
        c.Do("acceptForMediation", Chair);
        c.Do("assignMediator", Chair, ("mediator", "user-aigerim"));

        AssertRefused(c, "awaitingDeclaration", c.Fire("declareNoConflict", Mediator, ("declaration", declaration)), ("declaration", code));
    }

    [Fact]
    public void A_party_of_another_case_is_refused()
    {
        var c = NewCase().ToAwaitingConsent();

        var result = c.Fire("recordConsent", Mediator, ("party", "party-of-another-case"));

        AssertRefused(c, "awaitingConsent", result, ("party", "unknownReference"));
        Assert.DoesNotContain(c.Facts.Parties, p => p.Consented);
    }

    [Fact]
    public void A_session_that_was_never_scheduled_is_refused()
    {
        var c = NewCase().ToInMediation();
        c.Do("scheduleSession", Mediator, ("plannedAt", "2025-03-14T15:00"));

        AssertRefused(c, "inMediation", c.Fire("recordSession", Mediator, ("session", "session-99"), ("attendance", "held")), ("session", "unknownReference"));
        Assert.DoesNotContain(c.Facts.Sessions, s => s.Recorded);
    }

    [Fact]
    public void An_obligation_not_in_the_agreement_cannot_be_removed()
    {
        var c = NewCase().ToDrafting();
        c.Do("addObligation", Mediator, ("party", SimulatedCase.Respondent), ("description", "Return the ladder"), ("dueOn", "2025-04-01"));

        AssertRefused(c, "drafting", c.Fire("removeObligation", Mediator, ("obligation", "obligation-99")), ("obligation", "unknownReference"));
        Assert.Single(c.Facts.Obligations);
    }

    [Fact]
    public void An_obligation_status_for_an_unknown_obligation_is_refused()
    {
        var c = NewCase().ToMonitoring();

        var result = c.Fire("recordObligationStatus", Mediator, ("obligation", "obligation-99"), ("status", "fulfilled"));

        AssertRefused(c, "monitoring", result, ("obligation", "unknownReference"));
    }

    [Theory]
    [InlineData("01.04.2025")]
    [InlineData("2025-4-1")]
    [InlineData("2025-02-30")]
    [InlineData("2025-04-01T10:00")]
    [InlineData("next Friday")]
    public void A_date_not_written_as_yyyy_mm_dd_is_refused(string dueOn)
    {
        var c = NewCase().ToDrafting();

        var result = c.Fire("addObligation", Mediator, ("party", SimulatedCase.Respondent), ("description", "Return the ladder"), ("dueOn", dueOn));

        AssertRefused(c, "drafting", result, ("dueOn", "notDate"));
        Assert.Empty(c.Facts.Obligations);
    }

    [Theory]
    [InlineData("2025-03-14")]
    [InlineData("14.03.2025 15:00")]
    [InlineData("03/04/2025 10:00 +05:00")]
    [InlineData("Tuesday, 4 March 2025 10:00 +05:00")]
    [InlineData("10:00 +05:00")]
    [InlineData("2025-03-14T15:00+0500")]
    [InlineData("2025-03-14T25:00")]
    public void A_date_and_time_that_is_not_iso_8601_is_refused(string plannedAt)
    {
        var c = NewCase().ToInMediation();

        AssertRefused(c, "inMediation", c.Fire("scheduleSession", Mediator, ("plannedAt", plannedAt)), ("plannedAt", "notDateTime"));
        Assert.Empty(c.Facts.Sessions);
    }

    [Theory]
    [InlineData("0001-01-01T00:00")]
    [InlineData("0001-01-01 00:00")]
    [InlineData("9999-12-31T23:59")]
    [InlineData("1899-12-31T23:59+05:00")]
    [InlineData("3000-01-01T00:00Z")]
    public void A_date_and_time_outside_the_years_a_case_lives_in_is_refused(string plannedAt)
    {
        var c = NewCase().ToInMediation();

        var result = c.Fire("scheduleSession", Mediator, ("plannedAt", plannedAt));

        AssertRefused(c, "inMediation", result, ("plannedAt", "yearOutOfRange"));
        Assert.Equal("Date and time must fall in the years 1900 to 2999", result.InputErrors[0].Message.En);
        Assert.Empty(c.Facts.Sessions);
    }

    [Theory]
    [InlineData("0001-01-01")]
    [InlineData("1899-12-31")]
    [InlineData("3000-01-01")]
    [InlineData("9999-12-31")]
    public void A_date_outside_the_years_a_case_lives_in_is_refused(string dueOn)
    {
        var c = NewCase().ToDrafting();

        var result = c.Fire("addObligation", Mediator, ("party", SimulatedCase.Respondent), ("description", "Return the ladder"), ("dueOn", dueOn));

        AssertRefused(c, "drafting", result, ("dueOn", "yearOutOfRange"));
        Assert.Empty(c.Facts.Obligations);
    }

    [Theory]
    [InlineData("1900-01-01T00:00", 1900)]
    [InlineData("2999-12-31T23:59", 2999)]
    public void The_first_and_last_years_are_accepted(string plannedAt, int year)
    {
        var c = NewCase().ToInMediation();

        var result = c.Do("scheduleSession", Mediator, ("plannedAt", plannedAt));

        Assert.True(result.Input.TryGet("plannedAt", out DateTimeOffset moment));
        Assert.Equal(year, moment.Year);
    }

    [Theory]
    [InlineData("School \ud800 hall")]
    [InlineData("\udc00")]
    [InlineData("School hall \ud83d")]
    [InlineData("Broken \ufffd bytes")]
    public void Text_with_half_a_surrogate_pair_or_undecodable_bytes_is_refused(string escaped)
    {
        var c = NewCase().ToInMediation();

        var result = c.Fire("scheduleSession", Mediator, ("plannedAt", "2025-03-14T15:00"), ("place", System.Text.RegularExpressions.Regex.Unescape(escaped)));

        AssertRefused(c, "inMediation", result, ("place", "unreadableText"));
    }

    [Fact]
    public void Text_with_characters_beyond_the_basic_plane_and_control_characters_is_kept()
    {
        var c = NewCase().ToInMediation();

        var result = c.Do("scheduleSession", Mediator, ("plannedAt", "2025-03-14T15:00"), ("place", "Ауыл клубы 🏠\t№2"));

        Assert.True(result.Input.TryGet("place", out string? place));
        Assert.Equal("Ауыл клубы 🏠\t№2", place);
    }

    [Theory]
    [InlineData("2025-03-14T15:00", 15, 5)]
    [InlineData("2025-03-14 15:00", 15, 5)]
    [InlineData("2025-03-14T15:00:00", 15, 5)]
    [InlineData("2025-03-14T15:00+03:00", 15, 3)]
    [InlineData("2025-03-14T15:00:00.000+06:00", 15, 6)]
    [InlineData("2025-03-14T10:00Z", 10, 0)]
    public void A_local_date_and_time_is_read_in_kazakhstan_time_and_an_explicit_offset_is_kept(string plannedAt, int hour, int offsetHours)
    {
        var c = NewCase().ToInMediation();

        var result = c.Do("scheduleSession", Mediator, ("plannedAt", plannedAt));

        Assert.True(result.Input.TryGet("plannedAt", out DateTimeOffset moment));
        Assert.Equal(new DateTimeOffset(2025, 3, 14, hour, 0, 0, TimeSpan.FromHours(offsetHours)), moment);
        Assert.Equal(TimeSpan.FromHours(offsetHours), moment.Offset);
    }

    [Fact]
    public void A_field_the_action_does_not_have_is_refused()
    {
        var c = NewCase().ToInMediation().HoldSession();

        var result = c.Fire("reachSettlement", Mediator, ("amount", "50000"));

        AssertRefused(c, "inMediation", result, ("amount", "unknownField"));
        Assert.Equal("This action has no field amount", result.InputErrors[0].Message.En);
    }

    [Fact]
    public void A_value_outside_the_choices_is_refused()
    {
        var c = NewCase().ToInMediation();
        c.Do("scheduleSession", Mediator, ("plannedAt", "2025-03-14T15:00"));

        var result = c.Fire("recordSession", Mediator, ("session", c.Facts.Sessions[0].Id), ("attendance", "partly"));

        AssertRefused(c, "inMediation", result, ("attendance", "notOption"));
    }

    [Fact]
    public void A_yes_no_field_refuses_other_words_and_text_has_a_length_limit()
    {
        var c = NewCase().ToInMediation();

        var result = c.Fire("scheduleSession", Mediator, ("plannedAt", "2025-03-14T15:00"), ("place", new string('x', 501)), ("online", "maybe"));

        AssertRefused(c, "inMediation", result, ("place", "tooLong"), ("online", "notBoolean"));
    }

    [Fact]
    public void Every_bad_field_is_reported_at_once()
    {
        var c = NewCase().ToOverdue();

        var result = c.Fire("extendDeadline", Mediator, ("extendedUntil", "20.04.2025"), ("partiesAgreed", "false"), ("approvedBy", "chair"));

        AssertRefused(c, "overdue", result, ("approvedBy", "unknownField"), ("extendedUntil", "notDate"), ("partiesAgreed", "mustConfirm"));
        Assert.Equal(0, c.Facts.Extensions);
    }

    private static void AssertRefused(SimulatedCase c, string state, FireResult result, params (string Field, string Code)[] errors)
    {
        Assert.Equal(Refusal.InvalidInput, result.RefusedAs);
        Assert.Equal(errors, result.InputErrors.Select(e => (e.Field, e.Code)));
        Assert.All(result.InputErrors, e => Assert.Contains(ShownName(c, result.Trigger, e.Field), e.Message.En, StringComparison.Ordinal));
        Assert.Equal(state, result.ToState);
        Assert.Equal(state, c.State);
        Assert.Empty(result.Effects);
    }

    /// <summary>Messages name a field by its label, as the form shows it; a field the action lacks, by what was sent.</summary>
    private static string ShownName(SimulatedCase c, string trigger, string field) =>
        c.Workflow.Definition.Transitions.Single(t => t.Trigger == trigger).Input.SingleOrDefault(f => f.Name == field)?.Label.En ?? field;
}
