using MediationFlow.Core.Domain;
using MediationFlow.Core.Errors;
using MediationFlow.Core.Features.Cases;
using MediationFlow.Core.Tests.Infrastructure;
using MediationFlow.Workflows.Engine;

namespace MediationFlow.Core.Tests.Features.Cases;

/// <summary>Search over 45 cases of council A (names in Kazakh, Russian and Latin script) and 3 of council B.</summary>
public sealed class SearchCasesTests(SearchCasesTests.Cases s) : IClassFixture<SearchCasesTests.Cases>
{
    private TestApp App => s.App;

    [Fact]
    public async Task Keyset_pages_of_20_return_every_case_once_newest_first()
    {
        var seen = new List<long>();
        var sizes = new List<int>();
        long? after = null;
        do
        {
            var page = await App.SendAsync<SearchCases.Page>(App.Data.ChairA, new SearchCases.Query(After: after, PageSize: 20));
            sizes.Add(page.Items.Count);
            seen.AddRange(page.Items.Select(i => i.CaseId));
            after = page.Next;
        }
        while (after is not null);

        Assert.Equal([20, 20, 5], sizes);
        Assert.Equal(s.OfA.OrderDescending(), seen);
    }

    [Theory]
    [InlineData("AKM-01-2026-001")]
    [InlineData("akm-01-2026-001")]
    public async Task By_number_prefix(string prefix)
    {
        var page = await Search(new SearchCases.Query(Number: prefix));

        Assert.Equal(Enumerable.Range(10, 10).Select(n => $"AKM-01-2026-00{n}").Reverse(), page.Items.Select(i => i.Number));
    }

    [Theory]
    [InlineData("айг")]
    [InlineData("АЙГЕРИМ")]
    [InlineData("Айгерим Сәр")]
    public async Task By_a_Cyrillic_party_name_prefix_in_any_case(string name)
    {
        var page = await Search(new SearchCases.Query(PartyName: name, PageSize: 100));

        Assert.Equal(s.Aigerim.OrderDescending(), page.Items.Select(i => i.CaseId));
        Assert.All(page.Items, i => Assert.Equal("Айгерим Сәрсенова", i.Applicant));
    }

    [Fact]
    public async Task By_a_name_starting_with_a_Kazakh_letter_and_by_a_respondents_name()
    {
        var asset = await Search(new SearchCases.Query(PartyName: "әсет", PageSize: 100));
        var respondent = await Search(new SearchCases.Query(PartyName: "nurlan", PageSize: 100));
        var middle = await Search(new SearchCases.Query(PartyName: "сәрсенова", PageSize: 100));

        Assert.Equal(s.Asset.OrderDescending(), asset.Items.Select(i => i.CaseId));
        Assert.Equal(45, respondent.Items.Count);

        // A prefix of the full name, not a word inside it.
        Assert.Empty(middle.Items);
    }

    [Fact]
    public async Task By_category_state_and_council_combined()
    {
        var labour = await Search(new SearchCases.Query(Category: DisputeCategory.Labour, PageSize: 100));
        var accepted = await Search(new SearchCases.Query(State: "awaitingAssignment", PageSize: 100));
        var both = await Search(new SearchCases.Query(Category: DisputeCategory.Labour, State: "awaitingAssignment", CouncilId: App.Data.CouncilA, PageSize: 100));

        Assert.Equal(s.Labour.OrderDescending(), labour.Items.Select(i => i.CaseId));
        Assert.Equal(s.Accepted.OrderDescending(), accepted.Items.Select(i => i.CaseId));
        Assert.All(accepted.Items, i => Assert.Equal("Awaiting mediator assignment", i.StateName));
        Assert.Equal(s.Labour.Intersect(s.Accepted).OrderDescending(), both.Items.Select(i => i.CaseId));
        Assert.NotEmpty(both.Items);
    }

    [Fact]
    public async Task A_council_filter_never_widens_what_the_reader_may_see()
    {
        var foreign = await Search(new SearchCases.Query(CouncilId: App.Data.CouncilB, PageSize: 100));
        var ownB = await App.SendAsync<SearchCases.Page>(App.Data.ChairB, new SearchCases.Query(CouncilId: App.Data.CouncilB, PageSize: 100));

        Assert.Empty(foreign.Items);
        Assert.Equal(s.OfB.OrderDescending(), ownB.Items.Select(i => i.CaseId));
    }

    [Theory]
    [InlineData(0, null, "pageSize")]
    [InlineData(101, null, "pageSize")]
    [InlineData(20, 0L, "after")]
    public async Task An_invalid_page_or_cursor_is_a_field_error(int pageSize, long? after, string field)
    {
        var refused = await Assert.ThrowsAsync<ValidationFailedException>(() => Search(new SearchCases.Query(After: after, PageSize: pageSize)));

        Assert.Equal(field, Assert.Single(refused.Errors).Field);
    }

    private Task<SearchCases.Page> Search(SearchCases.Query query) => App.SendAsync<SearchCases.Page>(App.Data.ChairA, query);

    public sealed class Cases : IAsyncLifetime
    {
        public TestApp App { get; private set; } = null!;

        public List<long> OfA { get; } = [];

        public List<long> OfB { get; } = [];

        public List<long> Aigerim { get; } = [];

        public List<long> Asset { get; } = [];

        public List<long> Labour { get; } = [];

        public List<long> Accepted { get; } = [];

        public async ValueTask InitializeAsync()
        {
            App = await TestApp.StartAsync();
            var d = App.Data;
            for (var i = 1; i <= 45; i++)
            {
                var applicant = i % 5 == 0 ? "Айгерим Сәрсенова" : i % 7 == 0 ? "Әсет Нұрланов" : $"Bolat Seitkali {i}";
                var category = i % 3 == 0 ? DisputeCategory.Labour : DisputeCategory.NeighboursAndHousing;
                var opened = await App.SendAsync<OpenCase.Opened>(d.MediatorA, new OpenCase.Command(
                    d.CouncilA, category, "A dispute", false, false, false,
                    [new PartyDetails(PartyRole.Applicant, applicant), new PartyDetails(PartyRole.Respondent, "Nurlan Bekov")]));
                OfA.Add(opened.CaseId);
                if (i % 5 == 0)
                {
                    Aigerim.Add(opened.CaseId);
                }
                else if (i % 7 == 0)
                {
                    Asset.Add(opened.CaseId);
                }

                if (category == DisputeCategory.Labour)
                {
                    Labour.Add(opened.CaseId);
                }

                if (i % 4 == 0)
                {
                    await App.SendAsync<TakeAction.Taken>(d.MediatorA, new TakeAction.Command(opened.CaseId, "acceptForMediation", opened.Version, new Dictionary<string, string?>()));
                    Accepted.Add(opened.CaseId);
                }
            }

            for (var i = 0; i < 3; i++)
            {
                var opened = await App.SendAsync<OpenCase.Opened>(d.MediatorB, new OpenCase.Command(
                    d.CouncilB, DisputeCategory.Labour, "A dispute in B", false, false, false,
                    [new PartyDetails(PartyRole.Applicant, "Айгерим Сәрсенова"), new PartyDetails(PartyRole.Respondent, "Nurlan Bekov")]));
                OfB.Add(opened.CaseId);
            }
        }

        public async ValueTask DisposeAsync() => await App.DisposeAsync();
    }
}
