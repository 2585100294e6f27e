using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using MediationFlow.Web.Tests.Infrastructure;

namespace MediationFlow.Web.Tests.Pages;

/// <summary>
/// The intake form: a party may be a person or an organisation with its BIN, a further row may be a second applicant,
/// and where the case came from is recorded; a wrong BIN comes back beside its field.
/// </summary>
public sealed partial class NewCasePageTests(MediationFlowFactory factory) : IClassFixture<MediationFlowFactory>
{
    private async Task<Dictionary<string, string>> FormAsync()
    {
        var council = await factory.CouncilIdAsync(DemoUsers.BurabayCode);
        return new Dictionary<string, string>
        {
            ["councilId"] = council.ToString(CultureInfo.InvariantCulture),
            ["category"] = "Consumer",
            ["description"] = "Магазин не возвращает деньги за чайник.",
            ["parties[0].fullName"] = "Зарина Покупатель",
            ["parties[1].kind"] = "Organisation",
            ["parties[1].fullName"] = "ТОО «Чайник»",
            ["parties[1].bin"] = Bins.Valid,
            ["parties[2].role"] = "Applicant",
            ["parties[2].fullName"] = "Олжас Покупатель",
            ["referralSource"] = "Court",
            ["proceedingReference"] = "2-77/2026",
        };
    }

    [Fact]
    public async Task An_organisation_a_second_applicant_and_the_referral_are_registered()
    {
        using var browser = await factory.PageClientAsync(DemoUsers.Mediator);
        using var api = await factory.ApiClientAsync(DemoUsers.Mediator);

        using var response = await SubmitAsync(browser, await FormAsync());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var id = long.Parse(CaseId().Match(response.Headers.Location!.OriginalString).Groups["id"].Value, CultureInfo.InvariantCulture);
        var view = await api.CaseAsync(id);
        var parties = view.GetProperty("parties").EnumerateArray().Select(p => (p.GetProperty("role").GetString(), p.GetProperty("kind").GetString(), p.GetProperty("fullName").GetString())).ToList();
        Assert.Equal([("applicant", "person", "Зарина Покупатель"), ("respondent", "organisation", "ТОО «Чайник»"), ("applicant", "person", "Олжас Покупатель")], parties);
        Assert.Equal(Bins.Valid, view.GetProperty("parties")[1].GetProperty("bin").GetString());
        Assert.Equal(("court", "2-77/2026"), (view.GetProperty("referralSource").GetString(), view.GetProperty("proceedingReference").GetString()));
    }

    [Fact]
    public async Task A_wrong_BIN_comes_back_beside_its_field_with_what_was_typed()
    {
        using var browser = await factory.PageClientAsync(DemoUsers.Mediator);
        var form = await FormAsync();
        form["parties[1].bin"] = Bins.WrongCheckDigit;

        using var response = await SubmitAsync(browser, form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(TestRequests.Ct));
        var field = FieldOf().Matches(page).Single(m => m.Groups["name"].Value == "bin" && m.Value.Contains("party1-bin", StringComparison.Ordinal)).Value;
        Assert.Contains("invalid", field, StringComparison.Ordinal);
        Assert.Contains($"value=\"{Bins.WrongCheckDigit}\"", field, StringComparison.Ordinal);
        Assert.Matches("(BIN|БИН|БСН)", FieldError().Match(field).Value);
    }

    private static async Task<HttpResponseMessage> SubmitAsync(HttpClient browser, Dictionary<string, string> fields)
    {
        var page = await browser.GetStringAsync(new Uri("/Cases/New", UriKind.Relative), TestRequests.Ct);
        fields[LoginPage.TokenField] = LoginPage.AntiforgeryToken(page);
        using var content = new FormUrlEncodedContent(fields);
        return await browser.PostAsync(new Uri("/Cases/New", UriKind.Relative), content, TestRequests.Ct);
    }

    [GeneratedRegex(@"/Cases/(?<id>\d+)")]
    private static partial Regex CaseId();

    /// <summary>One field block of the party partial: its wrapper, label, input and error.</summary>
    [GeneratedRegex("""<div class="field[^"]*" data-field="(?<name>[a-zA-Z]+)">.*?</div>""", RegexOptions.Singleline)]
    private static partial Regex FieldOf();

    [GeneratedRegex("""<p class="field-error"[^>]*>[^<]*</p>""")]
    private static partial Regex FieldError();
}
