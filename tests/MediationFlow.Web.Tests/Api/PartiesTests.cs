using System.Globalization;
using System.Net;
using System.Text.Json;
using MediationFlow.Web.Tests.Infrastructure;

namespace MediationFlow.Web.Tests.Api;

/// <summary>POST and PUT /api/v1/cases/{id}/parties: parties are added and corrected during intake only.</summary>
public sealed class PartiesTests(MediationFlowFactory factory) : IClassFixture<MediationFlowFactory>
{
    [Fact]
    public async Task Adding_a_party_during_intake_is_201_and_the_party_is_on_the_case()
    {
        var walk = await CaseWalk.OpenAsync(factory);
        using var mediator = await factory.ApiClientAsync(DemoUsers.Mediator);
        var iin = Iins.Valid(311);

        using var response = await mediator.PostJsonAsync(PartiesUrl(walk.CaseId), new { expectedVersion = 1, party = CaseApi.Party("respondent", "Дәурен Үшінші", iin) });

        var added = await response.JsonAsync(HttpStatusCode.Created);
        Assert.Equal(CaseApi.CaseUrl(walk.CaseId), response.Headers.Location?.OriginalString);
        Assert.Equal(2, added.GetProperty("version").GetInt32());
        var party = Party(await mediator.CaseAsync(walk.CaseId), added.GetProperty("partyId").GetInt64());
        Assert.Equal("Дәурен Үшінші", party.GetProperty("fullName").GetString());
        Assert.Equal(iin, party.GetProperty("iin").GetString());
    }

    [Fact]
    public async Task Correcting_a_party_during_intake_is_200_and_changes_it()
    {
        var walk = await (await CaseWalk.OpenAsync(factory)).ToAwaitingConsentAsync();
        using var chair = await factory.ApiClientAsync(DemoUsers.Chair);
        var view = await chair.CaseAsync(walk.CaseId);
        var respondent = CaseApi.PartyIds(view).Last();

        using var response = await chair.PutJsonAsync(PartyUrl(walk.CaseId, respondent),
            new { expectedVersion = view.GetProperty("version").GetInt32(), party = CaseApi.Party("respondent", "Болат Исправленный") });

        var edited = await response.JsonAsync(HttpStatusCode.OK);
        Assert.Equal(respondent, edited.GetProperty("partyId").GetInt64());
        Assert.Equal("Болат Исправленный", Party(await chair.CaseAsync(walk.CaseId), respondent).GetProperty("fullName").GetString());
    }

    [Fact]
    public async Task Parties_are_locked_once_mediation_has_started()
    {
        var walk = await (await CaseWalk.OpenAsync(factory)).ToInMediationAsync();
        using var mediator = await factory.ApiClientAsync(DemoUsers.Mediator);
        var view = await mediator.CaseAsync(walk.CaseId);
        var version = view.GetProperty("version").GetInt32();

        using var add = await mediator.PostJsonAsync(PartiesUrl(walk.CaseId), new { expectedVersion = version, party = CaseApi.Party("respondent", "Поздний Участник") }, "en");
        using var edit = await mediator.PutJsonAsync(PartyUrl(walk.CaseId, CaseApi.PartyIds(view).First()), new { expectedVersion = version, party = CaseApi.Party("applicant", "Другое Имя") }, "en");

        Assert.Equal(["Parties can be changed only before mediation starts."], (await add.ProblemAsync(HttpStatusCode.BadRequest)).Errors("party"));
        Assert.Equal(["party"], (await edit.ProblemAsync(HttpStatusCode.BadRequest)).Fields);
        Assert.Equal(version, (await mediator.CaseAsync(walk.CaseId)).GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task Invalid_IIN_is_400_naming_the_party_field()
    {
        var walk = await CaseWalk.OpenAsync(factory);
        using var mediator = await factory.ApiClientAsync(DemoUsers.Mediator);

        using var response = await mediator.PostJsonAsync(PartiesUrl(walk.CaseId), new { expectedVersion = 1, party = CaseApi.Party("respondent", "Дәурен Үшінші", Iins.WrongCheckDigit(5)) });

        Assert.Equal(["party.iin"], (await response.ProblemAsync(HttpStatusCode.BadRequest)).Fields);
    }

    [Fact]
    public async Task Missing_party_is_400_naming_it()
    {
        var walk = await CaseWalk.OpenAsync(factory);
        using var mediator = await factory.ApiClientAsync(DemoUsers.Mediator);

        using var response = await mediator.PostRawAsync(PartiesUrl(walk.CaseId), """{"expectedVersion":1}""");

        Assert.Equal(["party"], (await response.ProblemAsync(HttpStatusCode.BadRequest)).Fields);
    }

    [Fact]
    public async Task A_second_applicant_may_be_an_organisation_with_its_BIN()
    {
        var walk = await CaseWalk.OpenAsync(factory);
        using var mediator = await factory.ApiClientAsync(DemoUsers.Mediator);
        var party = CaseApi.Party("applicant", "ТОО «Второй Заявитель»");
        party["kind"] = "organisation";
        party["bin"] = Bins.Valid;

        using var response = await mediator.PostJsonAsync(PartiesUrl(walk.CaseId), new { expectedVersion = 1, party });

        var added = Party(await mediator.CaseAsync(walk.CaseId), (await response.JsonAsync(HttpStatusCode.Created)).GetProperty("partyId").GetInt64());
        Assert.Equal(("applicant", "organisation", Bins.Valid), (added.GetProperty("role").GetString(), added.GetProperty("kind").GetString(), added.GetProperty("bin").GetString()));
    }

    [Fact]
    public async Task The_only_applicant_becoming_a_respondent_is_400_because_a_case_needs_one()
    {
        var walk = await CaseWalk.OpenAsync(factory);
        using var mediator = await factory.ApiClientAsync(DemoUsers.Mediator);
        var applicant = CaseApi.PartyIds(await mediator.CaseAsync(walk.CaseId)).First();

        using var response = await mediator.PutJsonAsync(PartyUrl(walk.CaseId, applicant), new { expectedVersion = 1, party = CaseApi.Party("respondent", "Арман Тестов") }, "en");

        Assert.Equal(["A case needs at least one applicant."], (await response.ProblemAsync(HttpStatusCode.BadRequest)).Errors("party.role"));
        Assert.Equal(1, (await mediator.CaseAsync(walk.CaseId)).GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task Turning_the_only_respondent_into_an_applicant_is_400()
    {
        var walk = await CaseWalk.OpenAsync(factory);
        using var mediator = await factory.ApiClientAsync(DemoUsers.Mediator);
        var respondent = CaseApi.PartyIds(await mediator.CaseAsync(walk.CaseId)).Last();

        using var response = await mediator.PutJsonAsync(PartyUrl(walk.CaseId, respondent), new { expectedVersion = 1, party = CaseApi.Party("applicant", "Болат Тестов") });

        Assert.Equal(["party.role"], (await response.ProblemAsync(HttpStatusCode.BadRequest)).Fields);
    }

    [Fact]
    public async Task Party_of_another_case_is_400_naming_the_party_id()
    {
        var walk = await CaseWalk.OpenAsync(factory);
        var other = await CaseWalk.OpenAsync(factory);
        using var mediator = await factory.ApiClientAsync(DemoUsers.Mediator);
        var foreignParty = CaseApi.PartyIds(await mediator.CaseAsync(other.CaseId)).First();

        using var response = await mediator.PutJsonAsync(PartyUrl(walk.CaseId, foreignParty), new { expectedVersion = 1, party = CaseApi.Party("applicant", "Арман Тестов") });

        Assert.Equal(["partyId"], (await response.ProblemAsync(HttpStatusCode.BadRequest)).Fields);
    }

    [Fact]
    public async Task Stale_expected_version_is_409_with_the_current_version()
    {
        var walk = await CaseWalk.OpenAsync(factory);
        using var mediator = await factory.ApiClientAsync(DemoUsers.Mediator);
        var current = await mediator.TakeAsync(walk.CaseId, "acceptForMediation");

        using var response = await mediator.PostJsonAsync(PartiesUrl(walk.CaseId), new { expectedVersion = 1, party = CaseApi.Party("respondent", "Дәурен Үшінші") });

        var problem = await response.ProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal(current, problem["currentVersion"].GetInt32());
        Assert.Equal("awaitingAssignment", problem["currentState"].GetString());
    }

    private static string PartiesUrl(long caseId) => $"{CaseApi.CaseUrl(caseId)}/parties";

    private static string PartyUrl(long caseId, long partyId) => $"{PartiesUrl(caseId)}/{partyId.ToString(CultureInfo.InvariantCulture)}";

    private static JsonElement Party(JsonElement view, long partyId) =>
        view.GetProperty("parties").EnumerateArray().Single(p => p.GetProperty("id").GetInt64() == partyId);
}
