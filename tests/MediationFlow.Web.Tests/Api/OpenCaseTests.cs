using System.Net;
using System.Text.RegularExpressions;
using MediationFlow.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MediationFlow.Web.Tests.Api;

/// <summary>POST /api/v1/cases: intake by a council's mediator or chair; bad input names its field and writes nothing.</summary>
public sealed partial class OpenCaseTests(MediationFlowFactory factory) : IClassFixture<MediationFlowFactory>
{
    [Fact]
    public async Task Registers_the_case_with_201_and_its_Location()
    {
        using var mediator = await factory.ApiClientAsync(DemoUsers.Mediator);
        var iin = Iins.Valid(42);
        var body = CaseApi.NewCase(await BurabayAsync(), applicant: "Зарина Открытая", respondent: "Олжас Второй", description: "Шум от мастерской во дворе.", applicantIin: iin);

        using var response = await mediator.PostJsonAsync(CaseApi.Cases, body);

        var opened = await response.JsonAsync(HttpStatusCode.Created);
        var id = opened.GetProperty("caseId").GetInt64();
        Assert.Equal(CaseApi.CaseUrl(id), response.Headers.Location?.OriginalString);
        Assert.Matches(CaseNumber(), opened.GetProperty("number").GetString());
        Assert.Equal(1, opened.GetProperty("version").GetInt32());

        var view = await mediator.CaseAsync(id);
        Assert.Equal("registered", view.GetProperty("state").GetString());
        Assert.Equal("Шум от мастерской во дворе.", view.GetProperty("description").GetString());
        var parties = view.GetProperty("parties").EnumerateArray().ToList();
        Assert.Equal(["Зарина Открытая", "Олжас Второй"], parties.Select(p => p.GetProperty("fullName").GetString()));
        Assert.Equal(iin, parties[0].GetProperty("iin").GetString());
    }

    [Fact]
    public async Task Invalid_IIN_is_400_naming_the_party_field_and_writes_nothing()
    {
        var body = CaseApi.NewCase(await BurabayAsync(), applicantIin: Iins.WrongCheckDigit(7));

        var problem = await RefusedAsync(body, HttpStatusCode.BadRequest);

        Assert.Equal(["parties[0].iin"], problem.Fields);
        Assert.Equal(["An IIN has 12 digits and a valid check digit."], problem.Errors("parties[0].iin"));
    }

    [Fact]
    public async Task Two_applicants_and_two_respondents_make_a_case()
    {
        using var mediator = await factory.ApiClientAsync(DemoUsers.Mediator);
        var body = CaseApi.NewCase(await BurabayAsync(), applicant: "Зарина Первая", respondent: "Олжас Первый");
        body["parties"] = new object[]
        {
            CaseApi.Party("applicant", "Зарина Первая"), CaseApi.Party("applicant", "Зарина Вторая"),
            CaseApi.Party("respondent", "Олжас Первый"), CaseApi.Party("respondent", "Олжас Второй"),
        };

        using var response = await mediator.PostJsonAsync(CaseApi.Cases, body);

        var view = await mediator.CaseAsync((await response.JsonAsync(HttpStatusCode.Created)).GetProperty("caseId").GetInt64());
        Assert.Equal(["applicant", "applicant", "respondent", "respondent"], view.GetProperty("parties").EnumerateArray().Select(p => p.GetProperty("role").GetString()));
    }

    [Theory]
    [InlineData("en", "A BIN has 12 digits and a valid check digit.")]
    [InlineData("ru", "БИН состоит из 12 цифр с верной контрольной цифрой.")]
    [InlineData("kk", "БСН 12 цифрдан тұрады және бақылау цифры дұрыс болуы керек.")]
    public async Task An_organisation_with_an_invalid_BIN_is_400_naming_its_field_in_the_readers_language(string language, string message)
    {
        using var mediator = await factory.ApiClientAsync(DemoUsers.Mediator);
        var body = CaseApi.NewCase(await BurabayAsync());
        var organisation = CaseApi.Party("respondent", "ТОО «Ошибка»");
        organisation["kind"] = "organisation";
        organisation["bin"] = Bins.WrongCheckDigit;
        body["parties"] = new object[] { CaseApi.Party("applicant", "Зарина Первая"), organisation };
        var before = await factory.QueryAsync(db => db.Cases.CountAsync());

        using var response = await mediator.PostJsonAsync(CaseApi.Cases, body, language);

        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["parties[1].bin"], problem.Fields);
        Assert.Equal([message], problem.Errors("parties[1].bin"));
        Assert.Equal(before, await factory.QueryAsync(db => db.Cases.CountAsync()));
    }

    [Fact]
    public async Task Parties_without_an_applicant_are_400_naming_parties()
    {
        var body = CaseApi.NewCase(await BurabayAsync());
        body["parties"] = new[] { CaseApi.Party("respondent", "Болат Тестов") };

        var problem = await RefusedAsync(body, HttpStatusCode.BadRequest);

        Assert.Equal(["parties"], problem.Fields);
    }

    [Fact]
    public async Task Unknown_party_role_is_400_naming_its_path()
    {
        var body = CaseApi.NewCase(await BurabayAsync());
        body["parties"] = new[] { CaseApi.Party("judge", "Арман Тестов"), CaseApi.Party("respondent", "Болат Тестов") };

        var problem = await RefusedAsync(body, HttpStatusCode.BadRequest);

        Assert.Equal(["parties[0].role"], problem.Fields);
    }

    [Fact]
    public async Task Unknown_property_is_400_naming_it()
    {
        var body = CaseApi.NewCase(await BurabayAsync());
        body["urgency"] = "high";

        var problem = await RefusedAsync(body, HttpStatusCode.BadRequest);

        Assert.Equal(["urgency"], problem.Fields);
    }

    [Fact]
    public async Task Missing_description_is_400_naming_it()
    {
        var body = CaseApi.NewCase(await BurabayAsync());
        body.Remove("description");

        var problem = await RefusedAsync(body, HttpStatusCode.BadRequest);

        Assert.Equal(["description"], problem.Fields);
        Assert.Equal(["This field is required."], problem.Errors("description"));
    }

    [Fact]
    public async Task Party_without_a_name_is_400_naming_its_path()
    {
        var body = CaseApi.NewCase(await BurabayAsync());
        body["parties"] = new object[] { new { role = "applicant" }, CaseApi.Party("respondent", "Болат Тестов") };

        var problem = await RefusedAsync(body, HttpStatusCode.BadRequest);

        Assert.Equal(["parties[0].fullName"], problem.Fields);
    }

    [Fact]
    public async Task Body_that_is_not_JSON_is_400_for_the_body()
    {
        var before = await CaseCountAsync();
        using var mediator = await factory.ApiClientAsync(DemoUsers.Mediator);

        using var response = await mediator.PostRawAsync(CaseApi.Cases, "council=3&category=labour", "en");

        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["The request body is not valid JSON."], problem.Errors("body"));
        Assert.Equal(before, await CaseCountAsync());
    }

    [Fact]
    public async Task Empty_body_is_400_for_the_body()
    {
        using var mediator = await factory.ApiClientAsync(DemoUsers.Mediator);

        using var response = await mediator.PostRawAsync(CaseApi.Cases, "", "en");

        Assert.Equal(["A request body is required."], (await response.ProblemAsync(HttpStatusCode.BadRequest)).Errors("body"));
    }

    [Fact]
    public async Task Form_encoded_body_is_415_problem()
    {
        using var mediator = await factory.ApiClientAsync(DemoUsers.Mediator);
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["councilId"] = "3", ["category"] = "labour" });

        using var response = await mediator.PostAsync(new Uri(CaseApi.Cases, UriKind.Relative), form, TestRequests.Ct);

        await response.ProblemAsync(HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task Request_without_a_body_is_400_for_the_body()
    {
        using var mediator = await factory.ApiClientAsync(DemoUsers.Mediator);

        using var response = await mediator.SendAsync(TestRequests.Request(HttpMethod.Post, CaseApi.Cases, "en"), TestRequests.Ct);

        Assert.Equal(["A request body is required."], (await response.ProblemAsync(HttpStatusCode.BadRequest)).Errors("body"));
    }

    [Fact]
    public async Task Council_the_user_is_not_in_is_403_and_writes_nothing()
    {
        var body = CaseApi.NewCase(await factory.CouncilIdAsync(DemoUsers.ZerendiCode));

        await RefusedAsync(body, HttpStatusCode.Forbidden);
    }

    [Theory]
    [InlineData(DemoUsers.Analyst)]
    [InlineData(DemoUsers.Admin)]
    [InlineData(DemoUsers.Trainer)]
    public async Task Council_member_who_is_not_a_caseworker_is_403(string user)
    {
        var before = await CaseCountAsync();
        using var client = await factory.ApiClientAsync(user);

        using var response = await client.PostJsonAsync(CaseApi.Cases, CaseApi.NewCase(await BurabayAsync()));

        await response.ProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal(before, await CaseCountAsync());
    }

    /// <summary>Posts as the Burabay mediator, in English; asserts the status and that no case was added.</summary>
    private async Task<Problem> RefusedAsync(object body, HttpStatusCode status)
    {
        var before = await CaseCountAsync();
        using var mediator = await factory.ApiClientAsync(DemoUsers.Mediator);
        using var response = await mediator.PostJsonAsync(CaseApi.Cases, body, "en");
        var problem = await response.ProblemAsync(status);
        Assert.Equal(before, await CaseCountAsync());
        return problem;
    }

    private Task<int> BurabayAsync() => factory.CouncilIdAsync(DemoUsers.BurabayCode);

    private Task<int> CaseCountAsync() => factory.QueryAsync(db => db.Cases.CountAsync());

    [GeneratedRegex(@"^AKM-BUR-\d{4}-\d{4}$")]
    private static partial Regex CaseNumber();
}
