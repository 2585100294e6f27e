using System.Globalization;
using System.Net;
using System.Text.Json;
using MediationFlow.Web.Tests.Infrastructure;

namespace MediationFlow.Web.Tests.Api;

/// <summary>/api/v1/cases/{id}/participants: support persons, interpreters and experts, who attend but are no party.</summary>
public sealed class ParticipantsTests(MediationFlowFactory factory) : IClassFixture<MediationFlowFactory>
{
    [Fact]
    public async Task A_participant_is_added_and_removed_and_is_never_a_party()
    {
        var walk = await (await CaseWalk.OpenAsync(factory)).ToAwaitingConsentAsync();
        using var mediator = await factory.ApiClientAsync(DemoUsers.Mediator);
        var view = await mediator.CaseAsync(walk.CaseId);
        var applicant = CaseApi.PartyIds(view).First();

        using var added = await mediator.PostJsonAsync(Url(walk.CaseId), new
        {
            expectedVersion = view.GetProperty("version").GetInt32(),
            participant = new { kind = "supportPerson", fullName = "Гүлнар Сүйемелдеуші", preferredLanguage = "kk", accompaniesPartyId = applicant },
        });
        var id = (await added.JsonAsync(HttpStatusCode.Created)).GetProperty("participantId").GetInt64();
        view = await mediator.CaseAsync(walk.CaseId);
        var participant = view.GetProperty("participants").EnumerateArray().Single();
        Assert.Equal((id, "supportPerson", applicant), (participant.GetProperty("id").GetInt64(), participant.GetProperty("kind").GetString(), participant.GetProperty("accompaniesPartyId").GetInt64()));
        Assert.DoesNotContain(id, CaseApi.PartyIds(view));

        // Consent is a party's: the workflow does not know a participant as one.
        using var consent = await mediator.ActAsync(walk.CaseId, "recordConsent", view.GetProperty("version").GetInt32(), new { party = Id(id) });
        Assert.Equal(["input.party"], (await consent.ProblemAsync(HttpStatusCode.BadRequest)).Fields);

        var version = (await mediator.CaseAsync(walk.CaseId)).GetProperty("version").GetInt32();
        using var removed = await mediator.DeleteAsync(new Uri($"{Url(walk.CaseId)}/{Id(id)}?expectedVersion={version}", UriKind.Relative), TestRequests.Ct);
        await removed.JsonAsync(HttpStatusCode.OK);
        Assert.NotEqual(JsonValueKind.Null, (await mediator.CaseAsync(walk.CaseId)).GetProperty("participants")[0].GetProperty("removedAt").ValueKind);
    }

    [Theory]
    [InlineData("en", "This value is not valid here.")]
    [InlineData("ru", "Недопустимое значение.")]
    [InlineData("kk", "Бұл мән жарамсыз.")]
    public async Task A_participant_of_an_unknown_kind_is_400_naming_the_field_in_the_readers_language(string language, string message)
    {
        var walk = await CaseWalk.OpenAsync(factory);
        using var mediator = await factory.ApiClientAsync(DemoUsers.Mediator);

        using var response = await mediator.PostRawAsync(Url(walk.CaseId),
            """{"expectedVersion":1,"participant":{"kind":"witness","fullName":"Кто-то"}}""", language);

        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["participant.kind"], problem.Fields);
        Assert.Equal([message], problem.Errors("participant.kind"));
        Assert.Equal(1, (await mediator.CaseAsync(walk.CaseId)).GetProperty("version").GetInt32());
    }

    private static string Url(long caseId) => CaseApi.CaseUrl(caseId) + "/participants";

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);
}
