using System.Text.Json;
using MediationFlow.Core.Domain;
using MediationFlow.Core.Errors;
using MediationFlow.Core.Features.Cases;
using MediationFlow.Core.Features.Councils;
using MediationFlow.Core.Tests.Infrastructure;
using MediationFlow.Workflows.Engine;

namespace MediationFlow.Core.Tests.Features.Councils;

/// <summary>
/// Three real cases in district A (one overdue in mediation, one just registered, one closed as not mediable),
/// one in district B, two sandbox cases of a workshop in A, and one case of the next year; analyst A also
/// works for the region above both districts.
/// </summary>
public sealed class GetCouncilFiguresTests(GetCouncilFiguresTests.Scenario s) : IClassFixture<GetCouncilFiguresTests.Scenario>
{
    [Fact]
    public async Task The_region_rolls_up_both_districts_counting_real_cases_of_the_year_only()
    {
        var d = s.App.Data;

        var figures = await s.App.SendAsync<GetCouncilFigures.Figures>(d.AnalystA, new GetCouncilFigures.Query(d.Region, 2026));

        Assert.Equal(new GetCouncilFigures.Tally(Registered: 4, Open: 3, Overdue: 1, Closed: 1), figures.Total);
        Assert.Equal(
            [(d.CouncilA, new GetCouncilFigures.Tally(3, 2, 1, 1)), (d.CouncilB, new GetCouncilFigures.Tally(1, 1, 0, 0))],
            figures.Councils.Select(c => (c.CouncilId, c.Tally)));
        Assert.Equal([new GetCouncilFigures.CategoryCount(DisputeCategory.NeighboursAndHousing, 3), new GetCouncilFigures.CategoryCount(DisputeCategory.Labour, 1)],
            figures.Categories);
    }

    [Fact]
    public async Task Outcomes_are_named_in_the_readers_language()
    {
        var d = s.App.Data;

        var figures = await s.App.SendAsync<GetCouncilFigures.Figures>(d.AnalystA, new GetCouncilFigures.Query(d.Region, 2026), culture: "ru");

        var name = TestApp.Workflows.Latest("community-mediation").State("notMediable").Name.Ru;
        Assert.Equal([new GetCouncilFigures.Outcome("notMediable", name!, 1)], figures.Outcomes);
        Assert.Equal("Акмолинская область", figures.CouncilName);
    }

    [Fact]
    public async Task Without_a_year_the_figures_are_of_the_current_one()
    {
        var figures = await s.App.SendAsync<GetCouncilFigures.Figures>(s.App.Data.AnalystA, new GetCouncilFigures.Query(s.App.Data.CouncilA));

        Assert.Equal((2027, 1), (figures.Year, figures.Total.Registered));
    }

    [Fact]
    public async Task This_year_is_the_councils_year_not_UTCs_on_New_Years_Eve()
    {
        await using var app = await TestApp.StartAsync();
        app.Time.SetUtcNow(new DateTimeOffset(2026, 12, 31, 20, 0, 0, TimeSpan.Zero));
        await CaseDriver.OpenAsync(app);

        var figures = await app.SendAsync<GetCouncilFigures.Figures>(app.Data.ChairA, new GetCouncilFigures.Query(app.Data.CouncilA));

        // 01:00 on 1 January in Kazakhstan: the case is numbered in 2027 and counted there.
        Assert.Equal((2027, 1), (figures.Year, figures.Total.Registered));
    }

    [Fact]
    public async Task A_district_chair_sees_their_district_but_neither_the_region_nor_the_neighbour()
    {
        var d = s.App.Data;

        var own = await s.App.SendAsync<GetCouncilFigures.Figures>(d.ChairB, new GetCouncilFigures.Query(d.CouncilB, 2026));

        Assert.Equal(1, own.Total.Registered);
        Assert.Empty(own.Councils);
        await Assert.ThrowsAsync<NotFoundException>(() => s.App.SendAsync<GetCouncilFigures.Figures>(d.ChairB, new GetCouncilFigures.Query(d.Region, 2026)));
        await Assert.ThrowsAsync<NotFoundException>(() => s.App.SendAsync<GetCouncilFigures.Figures>(d.ChairB, new GetCouncilFigures.Query(d.CouncilA, 2026)));
    }

    [Fact]
    public async Task The_figures_carry_no_case_number_party_or_description()
    {
        var d = s.App.Data;

        var json = JsonSerializer.Serialize(await s.App.SendAsync<GetCouncilFigures.Figures>(d.AnalystA, new GetCouncilFigures.Query(d.Region, 2026)));

        var view = await s.App.SendAsync<CaseView>(d.MediatorA, new GetCase.Query(s.Registered));
        Assert.DoesNotContain(view.Number, json, StringComparison.Ordinal);
        Assert.DoesNotContain("Aigerim", json, StringComparison.Ordinal);
        Assert.DoesNotContain("fence", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_year_out_of_range_is_refused_naming_the_field_in_the_readers_language()
    {
        var refused = await Assert.ThrowsAsync<ValidationFailedException>(() =>
            s.App.SendAsync<GetCouncilFigures.Figures>(s.App.Data.AnalystA, new GetCouncilFigures.Query(s.App.Data.CouncilA, 226), culture: "ru"));

        var error = Assert.Single(refused.Errors);
        Assert.Equal(("year", "outOfRange", "Год — от 2000 до 2100."), (error.Field, error.Code, error.Message));
    }

    public sealed class Scenario : IAsyncLifetime
    {
        public TestApp App { get; private set; } = null!;

        public long Registered { get; private set; }

        public async ValueTask InitializeAsync()
        {
            App = await TestApp.StartAsync();
            var d = App.Data;
            var overdue = await CaseDriver.OpenAsync(App);
            await overdue.IntoMediationAsync();
            Registered = (await CaseDriver.OpenAsync(App)).CaseId;
            var closed = await CaseDriver.OpenAsync(App, affectsThirdParties: true);
            await closed.TakeAsync(d.MediatorA, "closeNotMediable", ("note", "A third party's land is affected."));
            await App.SendAsync<OpenCase.Opened>(d.MediatorB, new OpenCase.Command(
                d.CouncilB, DisputeCategory.Labour, "Unpaid overtime at the grain elevator.", false, false, false,
                [new PartyDetails(PartyRole.Applicant, "Dana"), new PartyDetails(PartyRole.Respondent, "Elevator LLP")]));
            await WorkshopDriver.StartedWithTwoTeamsAsync(App);

            // The next January: past the first case's 30-day deadline, and a case of the new year.
            App.Time.SetUtcNow(new DateTimeOffset(2027, 1, 10, 5, 0, 0, TimeSpan.Zero));
            await CaseDriver.OpenAsync(App);
            await App.WithDbAsync(db =>
            {
                db.Memberships.Add(new Membership { UserId = d.AnalystA, CouncilId = d.Region, Role = CouncilRole.Analyst });
                return db.SaveChangesAsync();
            });
        }

        public async ValueTask DisposeAsync() => await App.DisposeAsync();
    }
}
