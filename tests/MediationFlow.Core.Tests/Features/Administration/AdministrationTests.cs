using MediationFlow.Core.Domain;
using MediationFlow.Core.Errors;
using MediationFlow.Core.Features.Administration;
using MediationFlow.Core.Features.Cases;
using MediationFlow.Core.Tests.BadInput;
using MediationFlow.Core.Tests.Infrastructure;
using MediationFlow.Workflows.Engine;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace MediationFlow.Core.Tests.Features.Administration;

/// <summary>The administrator's tool: councils into the tree, people with a first password, roles granted and taken away.</summary>
public sealed class AdministrationTests(SharedApp shared) : IClassFixture<SharedApp>
{
    private readonly TestApp _app = shared.App;

    [Fact]
    public async Task A_new_village_council_and_its_new_mediator_can_register_a_case_there()
    {
        var code = Code();
        var village = await _app.SendAsSystemAsync<AddCouncil.Added>(
            new AddCouncil.Command(code, CouncilLevel.Rural, "Жаңа ауыл", "Новое село", "New Village", ParentCode: "AKM-01"));
        var person = await _app.SendAsSystemAsync<AddUser.Added>(new AddUser.Command(UserName(), "Жанар Ахметова", "kk"));
        await _app.SendAsSystemAsync<GrantRole.Membership>(new GrantRole.Command(person.UserName, code, CouncilRole.Mediator));

        var opened = await _app.SendAsync<OpenCase.Opened>(person.UserId, NewCase(village.CouncilId));

        var councilA = await _app.WithDbAsync(db => db.Councils.Where(c => c.Code == "AKM-01").Select(c => c.Path).SingleAsync());
        Assert.Equal($"{councilA}{village.CouncilId}/", village.Path);
        Assert.StartsWith($"{code}-", opened.Number, StringComparison.Ordinal);
        Assert.Equal("Asia/Almaty", (await _app.SendAsync<CaseView>(person.UserId, new GetCase.Query(opened.CaseId))).CouncilTimeZone);
    }

    [Fact]
    public async Task A_council_keeps_the_time_zone_it_was_added_with()
    {
        var added = await _app.SendAsSystemAsync<AddCouncil.Added>(
            new AddCouncil.Command(Code(), CouncilLevel.Rural, "Батыс ауыл", "Западное село", "West Village", ParentCode: "AKM-01", TimeZone: "Asia/Aqtobe"));

        Assert.Equal("Asia/Aqtobe", await _app.WithDbAsync(db => db.Councils.Where(c => c.Id == added.CouncilId).Select(c => c.TimeZone).SingleAsync()));
    }

    [Fact]
    public async Task The_first_password_signs_the_person_in_and_is_stored_only_as_a_hash()
    {
        var added = await _app.SendAsSystemAsync<AddUser.Added>(new AddUser.Command(UserName(), "Password Check"));

        var user = await _app.WithDbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.Id == added.UserId));

        Assert.Equal(PasswordVerificationResult.Success, new PasswordHasher<User>().VerifyHashedPassword(user, user.PasswordHash!, added.Password));
        Assert.DoesNotContain(added.Password, user.PasswordHash, StringComparison.Ordinal);
        Assert.Equal(added.UserName.ToUpperInvariant(), user.NormalizedUserName);
    }

    [Fact]
    public async Task A_revoked_role_is_gone_on_the_next_request()
    {
        var person = await _app.SendAsSystemAsync<AddUser.Added>(new AddUser.Command(UserName(), "Short Stint"));
        await _app.SendAsSystemAsync<GrantRole.Membership>(new GrantRole.Command(person.UserName, "AKM-01", CouncilRole.Mediator));
        await _app.SendAsync<OpenCase.Opened>(person.UserId, NewCase(_app.Data.CouncilA));

        await _app.SendAsSystemAsync<GrantRole.Membership>(new RevokeRole.Command(person.UserName, "AKM-01", CouncilRole.Mediator));

        await Assert.ThrowsAsync<ForbiddenException>(() => _app.SendAsync<OpenCase.Opened>(person.UserId, NewCase(_app.Data.CouncilA)));
    }

    public static TheoryData<string, string, string> Refusals => new()
    {
        { "council code in lower case", "code", "invalidCode" },
        { "council code taken", "code", "taken" },
        { "unknown parent council", "parentCode", "unknownValue" },
        { "time zone that does not exist", "timeZone", "unknownValue" },
        { "user name with a space", "userName", "invalidUserName" },
        { "user name taken", "userName", "taken" },
        { "user language de", "preferredLanguage", "unknownValue" },
        { "grant to nobody in nowhere", "councilCode", "unknownValue" },
        { "grant twice", "role", "alreadyGranted" },
        { "revoke what was never granted", "role", "notGranted" },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task A_refused_change_names_the_field_and_writes_nothing(string problem, string field, string code)
    {
        await CaseDriver.OpenAsync(_app);

        var refused = await NothingChanged.RefusedAsync<ValidationFailedException>(_app, () => problem switch
        {
            "council code in lower case" => _app.SendAsSystemAsync<AddCouncil.Added>(new AddCouncil.Command("akm-x", CouncilLevel.Rural, "А", "А", "A")),
            "council code taken" => _app.SendAsSystemAsync<AddCouncil.Added>(new AddCouncil.Command("AKM-01", CouncilLevel.Rural, "А", "А", "A")),
            "unknown parent council" => _app.SendAsSystemAsync<AddCouncil.Added>(new AddCouncil.Command(Code(), CouncilLevel.Rural, "А", "А", "A", "NOPE")),
            "time zone that does not exist" => _app.SendAsSystemAsync<AddCouncil.Added>(new AddCouncil.Command(Code(), CouncilLevel.Rural, "А", "А", "A", TimeZone: "Asia/Nowhere")),
            "user name with a space" => _app.SendAsSystemAsync<AddUser.Added>(new AddUser.Command("two words", "Someone")),
            "user name taken" => _app.SendAsSystemAsync<AddUser.Added>(new AddUser.Command("Chair.A", "Someone")),
            "user language de" => _app.SendAsSystemAsync<AddUser.Added>(new AddUser.Command(UserName(), "Someone", "de")),
            "grant to nobody in nowhere" => _app.SendAsSystemAsync<GrantRole.Membership>(new GrantRole.Command("nobody.here", "NOPE", CouncilRole.Chair)),
            "grant twice" => _app.SendAsSystemAsync<GrantRole.Membership>(new GrantRole.Command("chair.a", "AKM-01", CouncilRole.Chair)),
            _ => _app.SendAsSystemAsync<GrantRole.Membership>(new RevokeRole.Command("mediator.b", "AKM-01", CouncilRole.Chair)),
        });

        Assert.Contains(refused.Errors, e => (e.Field, e.Code) == (field, code));
    }

    private static string Code() => "T-" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();

    private static string UserName() => "person." + Guid.NewGuid().ToString("N")[..10];

    private static OpenCase.Command NewCase(int councilId) => new(councilId, DisputeCategory.Consumer, "A kettle returned broken.", false, false, false,
        [new PartyDetails(PartyRole.Applicant, "Алия"), new PartyDetails(PartyRole.Respondent, "Дүкен")]);
}
