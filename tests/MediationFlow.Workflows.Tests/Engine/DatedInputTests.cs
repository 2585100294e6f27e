using MediationFlow.Workflows.Definitions;
using MediationFlow.Workflows.Engine;
using static MediationFlow.Workflows.Tests.Engine.Actors;

namespace MediationFlow.Workflows.Tests.Engine;

/// <summary>
/// Version 3's inputs: legal acts carry the date they happened, bounded by "not in the future" and "not before the act
/// they follow"; lists of parties and attendees; a representative who must hold a document of authority and act for
/// the party named. A refused input names its field and changes nothing.
/// </summary>
public sealed class DatedInputTests
{
    private static readonly DateTimeOffset Registered = new(2025, 3, 3, 10, 0, 0, TimeSpan.FromHours(5));

    private static SimulatedCase NewCase() => SimulatedCase.RegisterVersion3(Registered);

    [Fact]
    public void A_consent_dated_tomorrow_is_refused_as_in_the_future()
    {
        var c = NewCase().ReadyForConsent();

        var result = c.Fire("recordConsent", Mediator, ("party", SimulatedCase.Applicant), ("consentedOn", "2025-03-04"));

        AssertRefused(c, result, ("consentedOn", "inFuture"));
        Assert.Equal("Date of consent cannot be in the future (today: 2025-03-03)", result.InputErrors[0].Message.En);
        Assert.Equal("Поле «Дата согласия» не может быть в будущем (сегодня: 2025-03-03)", result.InputErrors[0].Message.Ru);
        Assert.Equal("«Келісім берілген күн» болашақта бола алмайды (бүгін: 2025-03-03)", result.InputErrors[0].Message.Kk);
        Assert.DoesNotContain(c.Facts.Parties, p => p.AcceptedMediator);
    }

    [Fact]
    public void A_consent_dated_before_the_mediator_was_assigned_is_refused_as_too_early()
    {
        var c = NewCase().ReadyForConsent();

        var result = c.Fire("recordConsent", Mediator, ("party", SimulatedCase.Applicant), ("consentedOn", "2025-03-02"));

        AssertRefused(c, result, ("consentedOn", "tooEarly"));
        Assert.Equal("Date of consent cannot be before Date the mediator was assigned (2025-03-03)", result.InputErrors[0].Message.En);
    }

    [Fact]
    public void A_signature_dated_after_the_deadline_is_refused_as_too_late_though_recorded_within_the_grace_period()
    {
        var c = NewCase().OutForSignature();
        var deadline = c.Facts.Dates[CaseDates.TermEndsOn];
        c.Now = new DateTimeOffset(deadline.AddDays(2).ToDateTime(new TimeOnly(9, 0)), TimeSpan.FromHours(5));

        var late = c.Fire("recordSignature", Mediator, ("party", SimulatedCase.Applicant), ("signedOn", SimulatedCase.Iso(deadline.AddDays(1))), ("method", "inPerson"), ("withoutCopyReason", "Kept in the council's paper file"));
        var inTime = c.Fire("recordSignature", Mediator, ("party", SimulatedCase.Applicant), ("signedOn", SimulatedCase.Iso(deadline)), ("method", "inPerson"), ("withoutCopyReason", "Kept in the council's paper file"));

        AssertRefused(c, late, ("signedOn", "tooLate"));
        Assert.Contains("Mediation deadline", late.InputErrors[0].Message.En, StringComparison.Ordinal);
        Assert.True(inTime.Accepted, SimulatedCase.Describe(inTime));
    }

    [Fact]
    public void A_bound_the_case_does_not_have_yet_is_no_bound()
    {
        // A case registered before version 3 kept dates has no registration date: a decline is then bounded by today only.
        var c = new SimulatedCase(ShippedWorkflows.V3, NewCase().Facts with { Dates = new Dictionary<string, DateOnly>() }, Registered).ReadyForConsent();

        c.Do("recordDecline", Mediator, ("party", SimulatedCase.Respondent), ("declinedOn", "2024-01-10"));

        Assert.Equal("declined", c.State);
    }

    [Theory]
    [InlineData("2025-03-10", "2025-03-09", false)]
    [InlineData("2025-03-10", "2025-03-10", true)]
    [InlineData(null, "2025-03-09", true)]
    public void One_field_may_be_bounded_by_another_of_the_same_action(string? from, string until, bool accepted)
    {
        var definition = DefinitionLoader.Parse(File.ReadAllText(TestFiles.Definition("dated-acts.v1.json")), "dated-acts.v1.json").Value!;
        var start = definition.Transitions[0] with
        {
            Input =
            [
                .. definition.Transitions[0].Input,
                new InputFieldDefinition { Name = "from", Type = InputTypes.Date, Label = new("Бастап", "С", "From") },
                new InputFieldDefinition { Name = "until", Type = InputTypes.Date, Label = new("Дейін", "По", "Until"), NotBefore = ["from"] },
            ],
        };
        var workflow = new WorkflowCatalog([definition with { Transitions = [start, .. definition.Transitions.Skip(1)] }]).Get("dated-acts", 1);
        var input = new Dictionary<string, string?> { ["signedOn"] = "2025-03-03", ["from"] = from, ["until"] = until };

        var result = workflow.Fire("open", "start", CaseFacts.Empty, new HashSet<string> { Mediator }, input, Registered);

        Assert.Equal(accepted, result.Accepted);
        Assert.Equal(accepted ? [] : ["until: tooEarly"], result.InputErrors.Select(e => $"{e.Field}: {e.Code}"));
    }

    [Fact]
    public void A_session_cannot_be_recorded_as_held_before_its_planned_start()
    {
        var c = NewCase().Mediating();
        c.Do("scheduleSession", Mediator, ("plannedAt", "2025-03-03T15:00"), ("kind", "joint"));
        c.Now = new DateTimeOffset(2025, 3, 3, 18, 0, 0, TimeSpan.FromHours(5));

        var result = c.Fire("recordSession", Mediator, ("session", c.Facts.Sessions[0].Id), ("heldAt", "2025-03-03T14:30"), ("attended", $"party:{SimulatedCase.Applicant}"));

        AssertRefused(c, result, ("heldAt", "tooEarly"));
        Assert.Equal("Held on cannot be before the planned time of Session (2025-03-03 15:00)", result.InputErrors[0].Message.En);
        Assert.False(c.Facts.Sessions[0].Recorded);
    }

    [Theory]
    [InlineData("2025-03-03T00:00", true)]
    [InlineData("2025-03-02T23:59", false)]
    public void A_moment_bounded_by_a_date_may_fall_anywhere_in_that_day_in_the_councils_zone(string plannedAt, bool accepted)
    {
        var c = NewCase().Mediating();

        var result = c.Fire("scheduleSession", Mediator, ("plannedAt", plannedAt), ("kind", "joint"));

        Assert.Equal(accepted, result.Accepted);
    }

    [Theory]
    [InlineData("2025-04-02T23:59", true)]
    [InlineData("2025-04-03T00:00", false)]
    public void A_session_held_on_the_last_day_of_the_term_counts_until_midnight_in_almaty(string heldAt, bool accepted)
    {
        var c = NewCase().Mediating();
        c.Do("scheduleSession", Mediator, ("plannedAt", "2025-03-20T10:00"), ("kind", "joint"));
        c.Now = new DateTimeOffset(2025, 4, 5, 12, 0, 0, TimeSpan.FromHours(5));

        var result = c.Fire("recordSession", Mediator, ("session", c.Facts.Sessions[0].Id), ("heldAt", heldAt), ("attended", $"party:{SimulatedCase.Applicant}"));

        Assert.Equal(DateOnly.Parse("2025-04-02", System.Globalization.CultureInfo.InvariantCulture), c.Facts.Dates[CaseDates.TermEndsOn]);
        Assert.Equal(accepted, result.Accepted);
    }

    [Fact]
    public void Today_is_the_date_in_the_councils_zone_not_in_utc()
    {
        var c = NewCase().ReadyForConsent();
        // 20:30 UTC on 3 March is 01:30 on 4 March in Almaty.
        c.Now = new DateTimeOffset(2025, 3, 3, 20, 30, 0, TimeSpan.Zero);

        c.Do("recordConsent", Mediator, ("party", SimulatedCase.Applicant), ("consentedOn", "2025-03-04"));

        Assert.True(c.Facts.Parties[0].AcceptedMediator);
    }

    [Fact]
    public void A_local_time_is_read_in_the_councils_zone()
    {
        var c = NewCase().Mediating();
        var almaty = TimeZoneInfo.CreateCustomTimeZone("test-plus-six", TimeSpan.FromHours(6), "test", "test");
        var elsewhere = new SimulatedCase(ShippedWorkflows.V3, c.Facts with { TimeZone = almaty }, c.Now);

        var here = c.Fire("scheduleSession", Mediator, ("plannedAt", "2025-03-14T15:00"), ("kind", "joint"));
        var there = elsewhere.Workflow.Fire("inMediation", "scheduleSession", elsewhere.Facts, new HashSet<string> { Mediator },
            new Dictionary<string, string?> { ["plannedAt"] = "2025-03-14T15:00", ["kind"] = "joint" }, c.Now);

        Assert.True(here.Input.TryGet("plannedAt", out DateTimeOffset atFive));
        Assert.True(there.Input.TryGet("plannedAt", out DateTimeOffset atSix));
        Assert.Equal(TimeSpan.FromHours(5), atFive.Offset);
        Assert.Equal(TimeSpan.FromHours(6), atSix.Offset);
    }

    [Fact]
    public void A_list_of_parties_is_trimmed_and_each_party_kept_once()
    {
        var c = NewCase().Mediating();
        c.Do("scheduleSession", Mediator, ("plannedAt", "2025-03-03T09:00"), ("kind", "joint"));

        var result = c.Do("recordNoShow", Mediator, ("session", c.Facts.Sessions[0].Id), ("absent", $" {SimulatedCase.Respondent} ,{SimulatedCase.Respondent},"));

        Assert.True(result.Input.TryGet("absent", out IReadOnlyList<string>? absent));
        Assert.Equal([SimulatedCase.Respondent], absent);
    }

    [Theory]
    [InlineData("party-of-another-case", "unknownReference")]
    [InlineData(" , ,", "required")]
    public void A_list_with_an_unknown_or_no_party_is_refused(string absent, string code)
    {
        var c = NewCase().Mediating();
        c.Do("scheduleSession", Mediator, ("plannedAt", "2025-03-03T09:00"), ("kind", "joint"));

        AssertRefused(c, c.Fire("recordNoShow", Mediator, ("session", c.Facts.Sessions[0].Id), ("absent", absent)), ("absent", code));
    }

    [Theory]
    [InlineData("party:party-applicant,representative:representative-of-respondent,participant:participant-interpreter", true)]
    [InlineData("party:party-applicant,witness:someone", false)]
    [InlineData("participant:party-applicant", false)]
    [InlineData("party-applicant", false)]
    public void Attendees_are_parties_representatives_or_participants_of_the_case(string attended, bool accepted)
    {
        var c = NewCase().Mediating();
        c.Do("scheduleSession", Mediator, ("plannedAt", "2025-03-03T09:00"), ("kind", "joint"));

        var result = c.Fire("recordSession", Mediator, ("session", c.Facts.Sessions[0].Id), ("heldAt", "2025-03-03T10:00"), ("attended", attended));

        Assert.Equal(accepted, result.Accepted);
        if (!accepted)
        {
            AssertRefused(c, result, ("attended", "unknownReference"));
        }
    }

    [Fact]
    public void A_representative_acts_for_a_party_only_with_a_document_of_authority_and_only_for_that_party()
    {
        var c = NewCase().ReadyForConsent();

        var noDocument = c.Fire("recordConsent", Mediator, ("party", SimulatedCase.Applicant), ("consentedOn", c.TodayIso()), ("representative", SimulatedCase.ApplicantRepresentative));
        var otherParty = c.Fire("recordConsent", Mediator, ("party", SimulatedCase.Applicant), ("consentedOn", c.TodayIso()), ("representative", SimulatedCase.RespondentRepresentative));
        var unknown = c.Fire("recordConsent", Mediator, ("party", SimulatedCase.Applicant), ("consentedOn", c.TodayIso()), ("representative", "representative-99"));

        AssertRefused(c, noDocument, ("representative", "noAuthority"));
        AssertRefused(c, otherParty, ("representative", "notPartysRepresentative"));
        AssertRefused(c, unknown, ("representative", "unknownReference"));
        c.Do("recordConsent", Mediator, ("party", SimulatedCase.Respondent), ("consentedOn", c.TodayIso()), ("representative", SimulatedCase.RespondentRepresentative));
    }

    [Theory]
    [InlineData("12", true)]
    [InlineData("0", false)]
    [InlineData("-3", false)]
    [InlineData("Burabay", false)]
    public void A_council_is_given_by_its_number(string council, bool accepted)
    {
        var c = NewCase();
        c.Do("acceptForMediation", Chair);

        var result = c.Fire("requestTransfer", Chair, ("council", council), ("reason", "The parties live in the district town"));

        Assert.Equal(accepted, result.Accepted);
        Assert.Equal(accepted ? [] : ["notOption"], result.InputErrors.Select(e => e.Code));
        if (accepted)
        {
            Assert.True(result.Input.TryGet("council", out long number));
            Assert.Equal(12, number);
        }
    }

    [Fact]
    public void The_ground_of_not_mediable_is_one_of_the_screening_questions_named_as_its_closing_reason()
    {
        var options = ShippedWorkflows.V3.Definition.Transitions.First(t => t.Trigger == "closeNotMediable").Input.Single(f => f.Name == "ground").Options;

        Assert.Equal(["affectsThirdParties", "partyLacksCapacity", "corruptionOrPublicServiceOffence", "stateBodyIsParty"], options.Select(o => o.Value));
        Assert.Equal("A state body is a party", options[^1].Label.En);
    }

    private static void AssertRefused(SimulatedCase c, FireResult result, params (string Field, string Code)[] errors)
    {
        Assert.Equal(Refusal.InvalidInput, result.RefusedAs);
        Assert.Equal(errors, result.InputErrors.Select(e => (e.Field, e.Code)));
        Assert.Equal(result.FromState, c.State);
        Assert.Empty(result.Effects);
    }
}
