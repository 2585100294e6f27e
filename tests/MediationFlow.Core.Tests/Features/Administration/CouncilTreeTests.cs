using MediationFlow.Core.Domain;
using MediationFlow.Core.Errors;
using MediationFlow.Core.Features.Administration;
using MediationFlow.Core.Features.Cases;
using MediationFlow.Core.Tests.BadInput;
using MediationFlow.Core.Tests.Infrastructure;
using MediationFlow.Workflows.Engine;
using Microsoft.EntityFrameworkCore;

namespace MediationFlow.Core.Tests.Features.Administration;

/// <summary>An administrator keeping the council tree: renaming, moving a branch, closing a council that no longer exists.</summary>
public sealed class CouncilTreeTests(SharedApp shared) : IClassFixture<SharedApp>
{
    private readonly TestApp _app = shared.App;

    private Guid Admin => _app.Data.AdminA;

    [Fact]
    public async Task Moving_a_council_rewrites_the_path_of_every_council_under_it()
    {
        var district = await AddAsync(CouncilLevel.District, "AKM-01");
        var village = await AddAsync(CouncilLevel.Rural, district.Code);
        var farm = await AddAsync(CouncilLevel.Enterprise, village.Code);

        var moved = await _app.SendAsync<MoveCouncil.Moved>(Admin, new MoveCouncil.Command(district.CouncilId, "AKM-02"));

        var paths = await _app.WithDbAsync(db => db.Councils.ToDictionaryAsync(c => c.Id, c => (c.Path, c.ParentId)));
        var b = paths[_app.Data.CouncilB].Path;
        Assert.Equal(3, moved.CouncilsMoved);
        Assert.Equal(($"{b}{district.CouncilId}/", (int?)_app.Data.CouncilB), paths[district.CouncilId]);
        Assert.Equal($"{b}{district.CouncilId}/{village.CouncilId}/", paths[village.CouncilId].Path);
        Assert.Equal($"{b}{district.CouncilId}/{village.CouncilId}/{farm.CouncilId}/", paths[farm.CouncilId].Path);
        Assert.Equal((int?)district.CouncilId, paths[village.CouncilId].ParentId);
    }

    [Fact]
    public async Task Moving_a_council_to_the_top_makes_it_a_root()
    {
        var district = await AddAsync(CouncilLevel.District, "AKM-01");

        await _app.SendAsync<MoveCouncil.Moved>(Admin, new MoveCouncil.Command(district.CouncilId, null));

        var moved = await _app.WithDbAsync(db => db.Councils.Where(c => c.Id == district.CouncilId).Select(c => new { c.Path, c.ParentId }).SingleAsync());
        Assert.Equal(($"/{district.CouncilId}/", (int?)null), (moved.Path, moved.ParentId));
    }

    [Theory]
    [InlineData("itself")]
    [InlineData("its grandchild")]
    public async Task A_move_that_makes_a_council_its_own_ancestor_is_refused_and_changes_nothing(string under)
    {
        await CaseDriver.OpenAsync(_app);
        var district = await AddAsync(CouncilLevel.District, "AKM-01");
        var village = await AddAsync(CouncilLevel.Rural, district.Code);
        var farm = await AddAsync(CouncilLevel.Enterprise, village.Code);

        var refused = await NothingChanged.RefusedAsync<ValidationFailedException>(_app,
            () => _app.SendAsync<MoveCouncil.Moved>(Admin, new MoveCouncil.Command(district.CouncilId, under == "itself" ? district.Code : farm.Code), "ru"));

        var error = Assert.Single(refused.Errors);
        Assert.Equal(("parentCode", "cycle"), (error.Field, error.Code));
        Assert.Equal("Совет нельзя перенести под самого себя или под совет, который находится под ним.", error.Message);
    }

    [Fact]
    public async Task Renaming_gives_the_council_its_three_names_and_keeps_its_code()
    {
        var village = await AddAsync(CouncilLevel.Rural, "AKM-01");

        await _app.SendAsync<RenameCouncil.Renamed>(Admin, new RenameCouncil.Command(village.CouncilId, " Жаңа атау ", "Новое имя", "New Name"));

        var record = await _app.SendAsync<GetCouncilRecord.CouncilRecord>(Admin, new GetCouncilRecord.Query(village.CouncilId));
        Assert.Equal(("Жаңа атау", "Новое имя", "New Name", village.Code), (record.NameKk, record.NameRu, record.NameEn, record.Code));
    }

    [Fact]
    public async Task A_rename_without_a_name_is_refused_on_each_empty_field_in_the_readers_language()
    {
        await CaseDriver.OpenAsync(_app);
        var village = await AddAsync(CouncilLevel.Rural, "AKM-01");

        var refused = await NothingChanged.RefusedAsync<ValidationFailedException>(_app,
            () => _app.SendAsync<RenameCouncil.Renamed>(Admin, new RenameCouncil.Command(village.CouncilId, "", "  ", "Name"), "kk"));

        Assert.Equal(["nameKk", "nameRu"], refused.Errors.Select(e => e.Field).Order());
        Assert.All(refused.Errors, e => Assert.Equal(Resources.Messages.ResourceManager.GetString("Required", System.Globalization.CultureInfo.GetCultureInfo("kk")), e.Message));
    }

    [Fact]
    public async Task A_council_with_an_open_case_is_not_closed_and_the_refusal_names_how_many()
    {
        var village = await AddAsync(CouncilLevel.Rural, "AKM-01");
        var person = await _app.SendAsSystemAsync<AddUser.Added>(new AddUser.Command(UserName(), "Village Mediator"));
        await _app.SendAsSystemAsync<GrantRole.Membership>(new GrantRole.Command(person.UserName, village.Code, CouncilRole.Mediator));
        await _app.SendAsync<OpenCase.Opened>(person.UserId, NewCase(village.CouncilId));
        await _app.SendAsync<OpenCase.Opened>(person.UserId, NewCase(village.CouncilId));

        var refused = await NothingChanged.RefusedAsync<ValidationFailedException>(_app,
            () => _app.SendAsync<CloseCouncil.Closed>(Admin, new CloseCouncil.Command(village.CouncilId)));

        var error = Assert.Single(refused.Errors);
        Assert.Equal("openCases", error.Code);
        Assert.Contains("2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_council_with_a_working_council_under_it_is_not_closed()
    {
        var district = await AddAsync(CouncilLevel.District, "AKM-01");
        await AddAsync(CouncilLevel.Rural, district.Code);

        var refused = await Assert.ThrowsAsync<ValidationFailedException>(() => _app.SendAsync<CloseCouncil.Closed>(Admin, new CloseCouncil.Command(district.CouncilId)));

        Assert.Equal("workingCouncils", Assert.Single(refused.Errors).Code);
    }

    [Fact]
    public async Task A_closed_council_keeps_its_members_and_takes_no_new_case_member_or_council()
    {
        var village = await AddAsync(CouncilLevel.Rural, "AKM-01");
        var person = await _app.SendAsSystemAsync<AddUser.Added>(new AddUser.Command(UserName(), "Last Mediator"));
        await _app.SendAsSystemAsync<GrantRole.Membership>(new GrantRole.Command(person.UserName, village.Code, CouncilRole.Mediator));

        var closed = await _app.SendAsync<CloseCouncil.Closed>(Admin, new CloseCouncil.Command(village.CouncilId));

        Assert.Equal(_app.Time.GetUtcNow(), closed.ClosedAt);
        var record = await _app.SendAsync<GetCouncilRecord.CouncilRecord>(Admin, new GetCouncilRecord.Query(village.CouncilId));
        Assert.Equal(closed.ClosedAt, record.ClosedAt);
        Assert.Equal(person.UserId, Assert.Single(record.Members).UserId);
        var noCase = await Assert.ThrowsAsync<ValidationFailedException>(() => _app.SendAsync<OpenCase.Opened>(person.UserId, NewCase(village.CouncilId)));
        Assert.Equal(("councilId", "councilClosed"), (noCase.Errors[0].Field, noCase.Errors[0].Code));
        var noMember = await Assert.ThrowsAsync<ValidationFailedException>(
            () => _app.SendAsync<GrantRole.Membership>(Admin, new GrantRole.Command(person.UserName, village.Code, CouncilRole.Chair)));
        Assert.Equal(("councilCode", "councilClosed"), (noMember.Errors[0].Field, noMember.Errors[0].Code));
        var noChild = await Assert.ThrowsAsync<ValidationFailedException>(
            () => _app.SendAsync<AddCouncil.Added>(Admin, new AddCouncil.Command(Code(), CouncilLevel.Enterprise, "К", "П", "E", village.Code)));
        Assert.Equal(("parentCode", "councilClosed"), (noChild.Errors[0].Field, noChild.Errors[0].Code));
        var again = await Assert.ThrowsAsync<ValidationFailedException>(() => _app.SendAsync<CloseCouncil.Closed>(Admin, new CloseCouncil.Command(village.CouncilId)));
        Assert.Equal("alreadyClosed", again.Errors[0].Code);
    }

    [Fact]
    public async Task Each_change_is_audited_with_the_administrator_and_the_time()
    {
        var village = await AddAsync(CouncilLevel.Rural, "AKM-01");

        await _app.SendAsync<RenameCouncil.Renamed>(Admin, new RenameCouncil.Command(village.CouncilId, "А", "Б", "C"));
        await _app.SendAsync<MoveCouncil.Moved>(Admin, new MoveCouncil.Command(village.CouncilId, "AKM-02"));
        await _app.SendAsync<CloseCouncil.Closed>(Admin, new CloseCouncil.Command(village.CouncilId));

        var audited = await _app.WithDbAsync(db => db.AuditEntries.Where(a => a.UserId == Admin && a.Changed).OrderByDescending(a => a.Id).Take(3).ToListAsync());
        Assert.Equal(["CloseCouncil", "MoveCouncil", "RenameCouncil"], audited.Select(a => a.Action));
        Assert.All(audited, a => Assert.Equal(_app.Time.GetUtcNow(), a.At));
    }

    [Theory]
    [InlineData("chair")]
    [InlineData("mediator")]
    [InlineData("analyst")]
    [InlineData("trainer")]
    public async Task Only_an_administrator_keeps_the_tree(string role)
    {
        var village = await AddAsync(CouncilLevel.Rural, "AKM-01");
        var who = role switch { "chair" => _app.Data.ChairA, "mediator" => _app.Data.MediatorA, "analyst" => _app.Data.AnalystA, _ => _app.Data.TrainerA };

        await Assert.ThrowsAsync<ForbiddenException>(() => _app.SendAsync<RenameCouncil.Renamed>(who, new RenameCouncil.Command(village.CouncilId, "А", "Б", "C")));
        await Assert.ThrowsAsync<ForbiddenException>(() => _app.SendAsync<SearchCouncils.Found>(who, new SearchCouncils.Query()));
        await Assert.ThrowsAsync<UnauthenticatedException>(() => _app.SendAsync<SearchCouncils.Found>(null, new SearchCouncils.Query()));
    }

    [Fact]
    public async Task Browsing_opens_one_level_at_a_time_and_search_finds_a_council_anywhere()
    {
        var district = await AddAsync(CouncilLevel.District, "AKM-01");
        var village = await AddAsync(CouncilLevel.Rural, district.Code);

        var top = await _app.SendAsync<SearchCouncils.Found>(Admin, new SearchCouncils.Query());
        var under = await _app.SendAsync<SearchCouncils.Found>(Admin, new SearchCouncils.Query(ParentId: district.CouncilId));
        var found = await _app.SendAsync<SearchCouncils.Found>(Admin, new SearchCouncils.Query(Text: village.Code.ToLowerInvariant()));

        Assert.Contains(top.Councils, c => c.Id == _app.Data.Region);
        Assert.DoesNotContain(top.Councils, c => c.Id == district.CouncilId);
        Assert.Equal(village.CouncilId, Assert.Single(under.Councils).Id);
        Assert.Equal([_app.Data.Region, _app.Data.CouncilA, district.CouncilId], under.Ancestors.Select(a => a.Id));
        Assert.Equal(village.CouncilId, Assert.Single(found.Councils).Id);
    }

    private Task<AddCouncil.Added> AddAsync(CouncilLevel level, string parentCode) =>
        _app.SendAsync<AddCouncil.Added>(Admin, new AddCouncil.Command(Code(), level, "Кеңес", "Совет", "Council", parentCode));

    private static string Code() => "T-" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();

    private static string UserName() => "person." + Guid.NewGuid().ToString("N")[..10];

    private static OpenCase.Command NewCase(int councilId) => new(councilId, DisputeCategory.Consumer, "A kettle returned broken.", false, false, false,
        [new PartyDetails(PartyRole.Applicant, "Алия"), new PartyDetails(PartyRole.Respondent, "Дүкен")]);
}
