using System.Globalization;
using System.Net;
using System.Text.Json;
using MediationFlow.Web.Tests.Infrastructure;

namespace MediationFlow.Web.Tests.Api;

/// <summary>/api/v1/cases/{id}/representatives: someone who acts for a party, with the document of their authority.</summary>
public sealed class RepresentativesTests(MediationFlowFactory factory) : IClassFixture<MediationFlowFactory>
{
    private static object Representative(string name, string document = "Доверенность № 12, нотариус Оспанова") =>
        new { fullName = name, authorityKind = "powerOfAttorney", authorityDocument = document, authorityIssuedOn = "2026-01-15" };

    [Fact]
    public async Task A_representative_is_added_corrected_and_removed_while_the_case_is_open()
    {
        var walk = await (await CaseWalk.OpenAsync(factory)).ToInMediationAsync();
        using var mediator = await factory.ApiClientAsync(DemoUsers.Mediator);
        var view = await mediator.CaseAsync(walk.CaseId);
        var respondent = CaseApi.PartyIds(view).Last();

        using var added = await mediator.PostJsonAsync(Url(walk.CaseId), new { expectedVersion = Version(view), partyId = respondent, representative = Representative("Алия Бекова") });
        var id = (await added.JsonAsync(HttpStatusCode.Created)).GetProperty("representativeId").GetInt64();
        var shown = Single(await mediator.CaseAsync(walk.CaseId), id);
        Assert.Equal((respondent, "Алия Бекова", "powerOfAttorney", "Доверенность № 12, нотариус Оспанова", "2026-01-15", true),
            (shown.GetProperty("partyId").GetInt64(), shown.GetProperty("fullName").GetString(), shown.GetProperty("authorityKind").GetString(),
                shown.GetProperty("authorityDocument").GetString(), shown.GetProperty("authorityIssuedOn").GetString(), shown.GetProperty("hasAuthority").GetBoolean()));

        using var edited = await mediator.PutJsonAsync($"{Url(walk.CaseId)}/{Id(id)}",
            new { expectedVersion = Version(await mediator.CaseAsync(walk.CaseId)), representative = Representative("Алия Бекова", "Доверенность № 13") });
        await edited.JsonAsync(HttpStatusCode.OK);
        Assert.Equal("Доверенность № 13", Single(await mediator.CaseAsync(walk.CaseId), id).GetProperty("authorityDocument").GetString());

        var version = Version(await mediator.CaseAsync(walk.CaseId));
        using var removed = await mediator.DeleteAsync(new Uri($"{Url(walk.CaseId)}/{Id(id)}?expectedVersion={version}", UriKind.Relative), TestRequests.Ct);
        Assert.Equal(version + 1, (await removed.JsonAsync(HttpStatusCode.OK)).GetProperty("version").GetInt32());
        var after = await mediator.CaseAsync(walk.CaseId);
        Assert.NotEqual(JsonValueKind.Null, Single(after, id).GetProperty("removedAt").ValueKind);
        Assert.Equal(["addRepresentative", "editRepresentative", "removeRepresentative"],
            (await History(mediator, walk.CaseId)).TakeLast(3));
    }

    [Fact]
    public async Task A_representative_without_the_document_of_authority_is_400_naming_the_field()
    {
        var walk = await CaseWalk.OpenAsync(factory);
        using var mediator = await factory.ApiClientAsync(DemoUsers.Mediator);
        var applicant = CaseApi.PartyIds(await mediator.CaseAsync(walk.CaseId)).First();

        using var response = await mediator.PostJsonAsync(Url(walk.CaseId),
            new { expectedVersion = 1, partyId = applicant, representative = new { fullName = "Алия Бекова", authorityKind = "powerOfAttorney", authorityDocument = " " } }, "en");

        Assert.Equal(["Record the document of authority (its name and number)."],
            (await response.ProblemAsync(HttpStatusCode.BadRequest)).Errors("representative.authorityDocument"));
        Assert.Equal(1, Version(await mediator.CaseAsync(walk.CaseId)));
    }

    [Fact]
    public async Task A_removal_without_the_version_is_400_naming_expectedVersion()
    {
        var walk = await CaseWalk.OpenAsync(factory);
        using var mediator = await factory.ApiClientAsync(DemoUsers.Mediator);

        using var response = await mediator.DeleteAsync(new Uri($"{Url(walk.CaseId)}/1", UriKind.Relative), TestRequests.Ct);

        Assert.Equal(["expectedVersion"], (await response.ProblemAsync(HttpStatusCode.BadRequest)).Fields);
    }

    private static string Url(long caseId) => CaseApi.CaseUrl(caseId) + "/representatives";

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);

    private static int Version(JsonElement view) => view.GetProperty("version").GetInt32();

    private static JsonElement Single(JsonElement view, long id) =>
        view.GetProperty("representatives").EnumerateArray().Single(r => r.GetProperty("id").GetInt64() == id);

    private static async Task<IEnumerable<string?>> History(HttpClient client, long caseId)
    {
        using var response = await client.GetPathAsync(CaseApi.CaseUrl(caseId) + "/history");
        return (await response.JsonAsync(HttpStatusCode.OK)).EnumerateArray().Select(e => e.GetProperty("trigger").GetString()).ToList();
    }
}
