using System.Globalization;
using System.Net;
using MediationFlow.Web.Tests.Infrastructure;

namespace MediationFlow.Web.Tests.Pages;

/// <summary>
/// The case page records representatives with their document of authority and participants who are not parties,
/// while the case is open; a refused form comes back with the error beside its field and the typed values.
/// </summary>
public sealed class PeopleFormsTests(MediationFlowFactory factory) : IClassFixture<MediationFlowFactory>
{
    [Fact]
    public async Task A_representative_is_added_corrected_and_removed_on_the_case_page()
    {
        var walk = await (await CaseWalk.OpenAsync(factory)).ToInMediationAsync();
        using var browser = await factory.PageClientAsync(DemoUsers.Mediator);
        using var api = await factory.ApiClientAsync(DemoUsers.Mediator);
        var respondent = CaseApi.PartyIds(await api.CaseAsync(walk.CaseId)).Last();

        var add = HtmlForm.FindBy(await PageAsync(browser, walk.CaseId), "data-party-id", Id(respondent));
        using (var added = await add.SubmitAsync(browser, new Dictionary<string, string>
        {
            ["representative.authorityKind"] = "LegalRepresentative",
            ["representative.fullName"] = "Алия Бекова",
            ["representative.authorityDocument"] = "Свидетельство о рождении № 7",
            ["representative.authorityIssuedOn"] = "2026-01-15",
        }))
        {
            Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        }

        var representative = (await api.CaseAsync(walk.CaseId)).GetProperty("representatives")[0];
        var id = representative.GetProperty("id").GetInt64();
        Assert.Equal((respondent, "legalRepresentative", "2026-01-15"),
            (representative.GetProperty("partyId").GetInt64(), representative.GetProperty("authorityKind").GetString(), representative.GetProperty("authorityIssuedOn").GetString()));

        var correct = HtmlForm.FindBy(await PageAsync(browser, walk.CaseId), "data-representative-id", Id(id));
        Assert.Equal("Свидетельство о рождении № 7", correct.Fields["representative.authorityDocument"]);
        // A select's chosen option is sent as a browser would: the form test reads inputs only.
        using (var corrected = await correct.SubmitAsync(browser, new Dictionary<string, string>
        {
            ["representative.authorityKind"] = "LegalRepresentative",
            ["representative.authorityDocument"] = "Свидетельство о рождении № 8",
        }))
        {
            Assert.Equal(HttpStatusCode.Redirect, corrected.StatusCode);
        }

        var page = await PageAsync(browser, walk.CaseId);
        Assert.Contains("Свидетельство о рождении № 8", page, StringComparison.Ordinal);
        using (var removed = await RemovalForm(page, "representative-remove", "data-representative-id", Id(id)).SubmitAsync(browser))
        {
            Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        }

        Assert.NotEqual(System.Text.Json.JsonValueKind.Null, (await api.CaseAsync(walk.CaseId)).GetProperty("representatives")[0].GetProperty("removedAt").ValueKind);
    }

    [Fact]
    public async Task A_representative_without_a_document_comes_back_with_the_error_and_the_typed_name()
    {
        var walk = await CaseWalk.OpenAsync(factory);
        using var browser = await factory.PageClientAsync(DemoUsers.Mediator);
        using var api = await factory.ApiClientAsync(DemoUsers.Mediator);
        var applicant = CaseApi.PartyIds(await api.CaseAsync(walk.CaseId)).First();

        var add = HtmlForm.FindBy(await PageAsync(browser, walk.CaseId), "data-party-id", Id(applicant));
        using var refused = await add.SubmitAsync(browser, new Dictionary<string, string>
        {
            ["representative.authorityKind"] = "PowerOfAttorney",
            ["representative.fullName"] = "Данияр Юрист",
            ["representative.authorityDocument"] = "",
        });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var page = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync(TestRequests.Ct));
        var form = HtmlForm.FindBy(page, "data-party-id", Id(applicant));
        Assert.Equal("Данияр Юрист", form.Fields["representative.fullName"]);
        Assert.Contains("aria-invalid=\"true\"", page[page.IndexOf($"representative-new-{Id(applicant)}-authorityDocument", StringComparison.Ordinal)..], StringComparison.Ordinal);
        Assert.Equal(1, (await api.CaseAsync(walk.CaseId)).GetProperty("version").GetInt32());
    }

    [Theory]
    [InlineData("NotRecorded")]
    [InlineData("0")]
    [InlineData("Notary")]
    public async Task An_authority_the_form_does_not_offer_is_refused_beside_its_field(string kind)
    {
        var walk = await CaseWalk.OpenAsync(factory);
        using var browser = await factory.PageClientAsync(DemoUsers.Mediator);
        using var api = await factory.ApiClientAsync(DemoUsers.Mediator);
        var applicant = CaseApi.PartyIds(await api.CaseAsync(walk.CaseId)).First();

        var add = HtmlForm.FindBy(await PageAsync(browser, walk.CaseId), "data-party-id", Id(applicant));
        using var refused = await add.SubmitAsync(browser, new Dictionary<string, string>
        {
            ["representative.authorityKind"] = kind,
            ["representative.fullName"] = "Данияр Юрист",
            ["representative.authorityDocument"] = "Доверенность № 3",
        });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var page = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync(TestRequests.Ct));
        Assert.Contains("<div class=\"field invalid\" data-field=\"authorityKind\">", page, StringComparison.Ordinal);
        Assert.Equal(1, (await api.CaseAsync(walk.CaseId)).GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task A_participant_is_added_and_removed_on_the_case_page_and_is_no_party()
    {
        var walk = await CaseWalk.OpenAsync(factory);
        using var browser = await factory.PageClientAsync(DemoUsers.Chair);
        using var api = await factory.ApiClientAsync(DemoUsers.Chair);

        var add = HtmlForm.FindBy(await PageAsync(browser, walk.CaseId), "data-testid", "participant-form");
        using (var added = await add.SubmitAsync(browser, new Dictionary<string, string> { ["participant.kind"] = "Interpreter", ["participant.fullName"] = "Ерлан Аудармашы" }))
        {
            Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        }

        var view = await api.CaseAsync(walk.CaseId);
        var participant = view.GetProperty("participants")[0];
        Assert.Equal(("interpreter", "Ерлан Аудармашы"), (participant.GetProperty("kind").GetString(), participant.GetProperty("fullName").GetString()));
        Assert.Equal(2, view.GetProperty("parties").GetArrayLength());

        var page = await PageAsync(browser, walk.CaseId);
        using (var removed = await RemovalForm(page, "participant-remove", "data-participant-id", Id(participant.GetProperty("id").GetInt64())).SubmitAsync(browser))
        {
            Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        }

        Assert.DoesNotContain("data-participant-id", await PageAsync(browser, walk.CaseId), StringComparison.Ordinal);
    }

    private static HtmlForm RemovalForm(string page, string testId, string attribute, string id) =>
        HtmlForm.FindBy(page.Replace($"data-testid=\"{testId}\" {attribute}=\"{id}\"", $"data-testid=\"{testId}-{id}\"", StringComparison.Ordinal),
            "data-testid", $"{testId}-{id}");

    private static async Task<string> PageAsync(HttpClient browser, long caseId)
    {
        using var response = await browser.GetPathAsync($"/Cases/{Id(caseId)}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync(TestRequests.Ct);
    }

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);
}
