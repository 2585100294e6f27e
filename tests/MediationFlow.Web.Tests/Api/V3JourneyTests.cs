using System.Net;
using MediationFlow.Web.Tests.Infrastructure;
using static MediationFlow.Web.Tests.Api.V3Walk;

namespace MediationFlow.Web.Tests.Api;

/// <summary>Issue 11 through the API: a journey to each end state a person closes, dated acts refused with the field named, a new round.</summary>
public sealed class V3JourneyTests(V3Factory factory) : IClassFixture<V3Factory>
{
    [Fact]
    public async Task A_settlement_signed_by_each_party_is_followed_up_and_closed_as_fulfilled()
    {
        var walk = await (await OpenAsync(factory)).ToMonitoringAsync();
        var view = await walk.ViewAsync();
        Assert.Equal(2, view.GetProperty("settlement").GetProperty("signatures").GetArrayLength());
        var obligation = view.GetProperty("obligations")[0].GetProperty("id").GetInt64();

        await walk.Mediator.TakeAsync(walk.CaseId, "recordObligationStatus", new { obligation = Id(obligation), status = "fulfilled", on = Day() });
        await walk.Mediator.TakeAsync(walk.CaseId, "closeFulfilled");

        await walk.AssertEndedAsync("fulfilled", "settlementFulfilled");
    }

    [Fact]
    public async Task A_breached_settlement_closes_as_breached_and_a_partys_request_opens_a_second_round()
    {
        var walk = await (await OpenAsync(factory)).ToMonitoringAsync();
        var obligation = (await walk.ViewAsync()).GetProperty("obligations")[0].GetProperty("id").GetInt64();
        await walk.Mediator.TakeAsync(walk.CaseId, "recordObligationStatus", new { obligation = Id(obligation), status = "breached", on = Day() });
        await walk.Mediator.TakeAsync(walk.CaseId, "closeBreached");
        await walk.AssertEndedAsync("breached", "settlementBreached");

        var parties = await walk.PartiesAsync();
        await walk.Chair.TakeAsync(walk.CaseId, "requestNewRound", new { party = Id(parties[0]), requestedOn = Day() });

        var view = await walk.ViewAsync();
        Assert.Equal("awaitingAssignment", view.GetProperty("state").GetString());
        Assert.Equal(2, view.GetProperty("round").GetInt32());
        Assert.Equal(2, view.GetProperty("rounds").GetArrayLength());
    }

    [Fact]
    public async Task A_party_that_declines_closes_the_case_as_declined()
    {
        var walk = await (await OpenAsync(factory)).ToAwaitingConsentAsync();
        var parties = await walk.PartiesAsync();

        await walk.Mediator.TakeAsync(walk.CaseId, "recordDecline", new { party = Id(parties[1]), declinedOn = Day() });

        await walk.AssertEndedAsync("declined", "partyDeclined");
    }

    [Fact]
    public async Task A_party_that_withdraws_closes_the_case_as_withdrawn()
    {
        var walk = await (await OpenAsync(factory)).ToInMediationAsync();
        var parties = await walk.PartiesAsync();

        await walk.Mediator.TakeAsync(walk.CaseId, "withdraw", new { party = Id(parties[0]), withdrawnOn = Day() });

        await walk.AssertEndedAsync("withdrawn", "partyWithdrew");
    }

    [Fact]
    public async Task An_impasse_closes_the_case_as_no_agreement()
    {
        var walk = await (await OpenAsync(factory)).ToInMediationAsync();
        await walk.HoldJointSessionAsync();

        await walk.Mediator.TakeAsync(walk.CaseId, "declareImpasse", new { reason = "couldNotAgree" });

        await walk.AssertEndedAsync("noAgreement", "couldNotAgree");
    }

    [Fact]
    public async Task A_ground_found_in_mediation_closes_the_case_as_not_mediable()
    {
        var walk = await (await OpenAsync(factory)).ToInMediationAsync();

        await walk.Chair.TakeAsync(walk.CaseId, "closeNotMediable", new { ground = "affectsThirdParties" });

        await walk.AssertEndedAsync("notMediable", "affectsThirdParties");
        Assert.True((await walk.ViewAsync()).GetProperty("affectsThirdParties").GetBoolean());
    }

    [Fact]
    public async Task When_the_councils_only_mediator_recuses_the_chair_closes_the_case_as_no_mediator_available()
    {
        var walk = await (await OpenAsync(factory)).ToAwaitingConsentAsync();
        await walk.Mediator.TakeAsync(walk.CaseId, "recuse", new { reason = "Я знаю ответчика." });

        await walk.Chair.TakeAsync(walk.CaseId, "closeNoMediator");

        await walk.AssertEndedAsync("noMediatorAvailable", "noEligibleMediator");
    }

    [Theory]
    [InlineData("kk")]
    [InlineData("ru")]
    [InlineData("en")]
    public async Task A_consent_dated_in_the_future_is_400_naming_the_field_in_the_readers_language_and_changes_nothing(string language)
    {
        var walk = await (await OpenAsync(factory)).ToAwaitingConsentAsync();
        var before = (await walk.ViewAsync()).GetProperty("version").GetInt32();
        var party = (await walk.PartiesAsync())[0];

        using var response = await walk.ActAsync(walk.Mediator, "recordConsent", new { party = Id(party), consentedOn = Day(1) }, language);

        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["input.consentedOn"], problem.Fields);
        var message = Assert.Single(problem.Errors("input.consentedOn"));
        Assert.Contains(language switch { "kk" => "келісім", "ru" => "согласия", _ => "consent" }, message, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(before, (await walk.ViewAsync()).GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task A_session_recorded_as_held_before_its_planned_start_is_400_naming_heldAt()
    {
        var walk = await (await OpenAsync(factory)).ToInMediationAsync();
        await walk.Mediator.TakeAsync(walk.CaseId, "scheduleSession", new { plannedAt = Now(), kind = "joint" });
        var session = (await walk.ViewAsync()).GetProperty("sessions")[0].GetProperty("id").GetInt64();
        var party = (await walk.PartiesAsync())[0];

        using var response = await walk.ActAsync(walk.Mediator, "recordSession",
            new { session = Id(session), heldAt = Day(-1) + "T10:00", attended = "party:" + Id(party) });

        Assert.Equal(["input.heldAt"], (await response.ProblemAsync(HttpStatusCode.BadRequest)).Fields);
    }

    [Fact]
    public async Task A_transfer_to_a_council_without_a_chair_is_400_naming_the_council()
    {
        var walk = await OpenAsync(factory);
        await walk.Mediator.TakeAsync(walk.CaseId, "acceptForMediation");
        var zerendi = await factory.CouncilIdAsync(DemoUsers.ZerendiCode);

        using var response = await walk.ActAsync(walk.Chair, "requestTransfer", new { council = Id(zerendi), reason = "Все медиаторы знают стороны." });

        Assert.Equal(["input.council"], (await response.ProblemAsync(HttpStatusCode.BadRequest)).Fields);
    }
}
