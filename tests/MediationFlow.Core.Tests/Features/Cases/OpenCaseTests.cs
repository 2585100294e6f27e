using MediationFlow.Core.Domain;
using MediationFlow.Core.Errors;
using MediationFlow.Core.Features.Cases;
using MediationFlow.Core.Tests.Infrastructure;
using MediationFlow.Workflows.Engine;
using Microsoft.EntityFrameworkCore;

namespace MediationFlow.Core.Tests.Features.Cases;

/// <summary>Tests that count cases or read case numbers start their own database; the rest share one.</summary>
public sealed class OpenCaseTests(SharedApp shared) : IClassFixture<SharedApp>
{
    private readonly TestApp _app = shared.App;

    private static OpenCase.Command Command(int council, IReadOnlyList<PartyDetails> parties, DisputeCategory category = DisputeCategory.NeighboursAndHousing,
        bool affectsThirdParties = false, bool lacksCapacity = false, bool corruption = false, string description = "A fence moved onto the neighbour's plot.") =>
        new(council, category, description, affectsThirdParties, lacksCapacity, corruption, parties);

    private static PartyDetails[] TwoParties => [new(PartyRole.Applicant, "Aigerim Sadykova"), new(PartyRole.Respondent, "Nurlan Bekov")];

    [Fact]
    public async Task The_screening_answers_and_every_party_detail_are_kept_as_given()
    {
        var d = _app.Data;
        var opened = await _app.SendAsync<OpenCase.Opened>(d.MediatorA, Command(d.CouncilA,
            [
                new PartyDetails(PartyRole.Applicant, "Aigerim Sadykova", Iin: "900101300017", Phone: "+7 701 111 2233", Email: "aigerim@example.kz", Address: "Kosshy, 5", PreferredLanguage: "ru"),
                new PartyDetails(PartyRole.Respondent, "Kosshy Housing LLP", Kind: PartyKind.Organisation, Bin: "050140001238"),
            ],
            DisputeCategory.FamilyAndHousehold, lacksCapacity: true, corruption: true));

        var view = await _app.SendAsync<CaseView>(d.MediatorA, new GetCase.Query(opened.CaseId));
        Assert.Equal((DisputeCategory.FamilyAndHousehold, false, true, true), (view.Category, view.AffectsThirdParties, view.PartyLacksCapacity, view.CorruptionOrPublicServiceOffence));
        Assert.Equal(("registered", "intake", false, 1), (view.State, view.Stage, view.IsClosed, view.Version));
        var applicant = view.Parties.Single(p => p.Role == PartyRole.Applicant);
        Assert.Equal(("900101300017", "+7 701 111 2233", "aigerim@example.kz", "Kosshy, 5", "ru"), (applicant.Iin, applicant.Phone, applicant.Email, applicant.Address, applicant.PreferredLanguage));
        var respondent = view.Parties.Single(p => p.Role == PartyRole.Respondent);
        Assert.Equal(("kk", PartyKind.Organisation, "050140001238", (string?)null), (respondent.PreferredLanguage, respondent.Kind, respondent.Bin, respondent.Iin));
        var stored = await _app.WithDbAsync(db => db.Cases.AsNoTracking().SingleAsync(c => c.Id == opened.CaseId));
        Assert.Equal((d.MediatorA, TestApp.Start, (Guid?)null), (stored.RegisteredById, stored.RegisteredAt, stored.AssignedMediatorId));
    }

    [Theory]
    [InlineData(true, false, false)]
    [InlineData(false, true, false)]
    [InlineData(false, false, true)]
    public async Task Any_screening_answer_that_bars_mediation_blocks_acceptance(bool affectsThirdParties, bool lacksCapacity, bool corruption)
    {
        var d = _app.Data;
        var opened = await _app.SendAsync<OpenCase.Opened>(d.MediatorA, Command(d.CouncilA, TwoParties, affectsThirdParties: affectsThirdParties, lacksCapacity: lacksCapacity, corruption: corruption));

        var actions = (await _app.SendAsync<CaseView>(d.MediatorA, new GetCase.Query(opened.CaseId))).Actions.ToDictionary(a => a.Trigger);

        Assert.False(actions["acceptForMediation"].Permitted);
        Assert.Equal("mediable", actions["acceptForMediation"].BlockedBy.Single().Code);
        Assert.True(actions["closeNotMediable"].Permitted);
    }

    [Fact]
    public async Task The_chair_is_told_of_every_new_case_and_at_once_of_tension_between_communities()
    {
        var d = _app.Data;
        var ordinary = await _app.SendAsync<OpenCase.Opened>(d.MediatorA, Command(d.CouncilA, TwoParties));
        var sensitive = await _app.SendAsync<OpenCase.Opened>(d.MediatorA, Command(d.CouncilA, TwoParties, DisputeCategory.CommunityTension));

        var notifications = await _app.WithDbAsync(db => db.Notifications.AsNoTracking()
            .Where(n => n.CaseId == ordinary.CaseId || n.CaseId == sensitive.CaseId).ToListAsync());

        Assert.Equal(["caseRegistered"], notifications.Where(n => n.CaseId == ordinary.CaseId).Select(n => n.Template));
        Assert.Equal(["caseRegistered", "sensitiveCase"], notifications.Where(n => n.CaseId == sensitive.CaseId).Select(n => n.Template).Order());
        Assert.All(notifications, n => Assert.Equal(d.ChairA, n.UserId));
    }

    [Fact]
    public async Task A_chair_may_register_a_case_but_an_analyst_may_not()
    {
        var d = _app.Data;

        var opened = await _app.SendAsync<OpenCase.Opened>(d.ChairA, Command(d.CouncilA, TwoParties));
        await Assert.ThrowsAsync<ForbiddenException>(() => _app.SendAsync<OpenCase.Opened>(d.AnalystA, Command(d.CouncilA, TwoParties)));

        Assert.Equal("registered", (await _app.SendAsync<CaseView>(d.ChairA, new GetCase.Query(opened.CaseId))).State);
    }

    [Theory]
    [InlineData("no applicant", "parties", "needsApplicant")]
    [InlineData("no respondent", "parties", "needsRespondent")]
    [InlineData("nameless party", "parties[1].fullName", "required")]
    [InlineData("bad email", "parties[0].email", "invalidEmail")]
    [InlineData("english-speaking party", "parties[0].preferredLanguage", "unknownValue")]
    public async Task The_parties_must_make_a_case(string problem, string field, string code)
    {
        PartyDetails[] parties = problem switch
        {
            "no applicant" => [new(PartyRole.Respondent, "A"), new(PartyRole.Respondent, "B")],
            "no respondent" => [new(PartyRole.Applicant, "A"), new(PartyRole.Other, "B")],
            "nameless party" => [new(PartyRole.Applicant, "A"), new(PartyRole.Respondent, " ")],
            "bad email" => [new(PartyRole.Applicant, "A", Email: "not-an-address"), new(PartyRole.Respondent, "B")],
            _ => [new(PartyRole.Applicant, "A", PreferredLanguage: "en"), new(PartyRole.Respondent, "B")],
        };

        var refused = await Assert.ThrowsAsync<ValidationFailedException>(() => _app.SendAsync<OpenCase.Opened>(_app.Data.MediatorA, Command(_app.Data.CouncilA, parties)));

        var error = Assert.Single(refused.Errors);
        Assert.Equal((field, code), (error.Field, error.Code));
    }

    [Fact]
    public async Task A_case_needs_a_council_a_known_category_and_a_description()
    {
        var refused = await Assert.ThrowsAsync<ValidationFailedException>(() => _app.SendAsync<OpenCase.Opened>(_app.Data.MediatorA,
            Command(0, TwoParties, (DisputeCategory)99, description: "")));

        Assert.Equal(["category", "councilId", "description"], refused.Errors.Select(e => e.Field).Order());
    }

    [Fact]
    public async Task A_mediator_registers_a_case_that_starts_on_the_latest_definition_with_a_numbered_history()
    {
        await using var app = await TestApp.StartAsReleasedAsync();

        var driver = await CaseDriver.OpenAsync(app);
        var second = await CaseDriver.OpenAsync(app);

        var view = await driver.ViewAsync(app.Data.MediatorA);
        Assert.Equal("registered", view.State);
        Assert.Equal("AKM-01-2026-0001", view.Number);
        Assert.Equal(TestApp.Workflows.Latest("community-mediation").Definition.Version, view.DefinitionVersion);
        Assert.Equal("AKM-01-2026-0002", (await second.ViewAsync(app.Data.MediatorA)).Number);
        var events = await app.WithDbAsync(db => db.CaseEvents.Where(e => e.CaseId == driver.CaseId).ToListAsync());
        var opened = Assert.Single(events);
        Assert.Equal((null, "registered", 1), (opened.FromState, opened.ToState, opened.Sequence));
    }

    [Fact]
    public async Task A_member_of_another_council_cannot_register_a_case_there()
    {
        await using var app = await TestApp.StartAsync();

        await Assert.ThrowsAsync<ForbiddenException>(() => CaseDriver.OpenAsync(app, by: app.Data.MediatorB));

        Assert.Equal(0, await app.WithDbAsync(db => db.Cases.CountAsync()));
    }

    [Fact]
    public async Task An_invalid_IIN_is_refused_naming_the_field()
    {
        await using var app = await TestApp.StartAsync();

        var refused = await Assert.ThrowsAsync<ValidationFailedException>(() => app.SendAsync<OpenCase.Opened>(app.Data.MediatorA, new OpenCase.Command(
            app.Data.CouncilA, DisputeCategory.Labour, "Unpaid wages", false, false, false,
            [new PartyDetails(PartyRole.Applicant, "A", Iin: "123456789012"), new PartyDetails(PartyRole.Respondent, "B")]), culture: "ru"));

        var error = Assert.Single(refused.Errors);
        Assert.Equal("parties[0].iin", error.Field);
        Assert.Contains("ИИН", error.Message, StringComparison.Ordinal);
    }
}
