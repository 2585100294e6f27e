using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using MediationFlow.Web.Tests.Infrastructure;

namespace MediationFlow.Web.Tests.Pages;

/// <summary>
/// The case page's action form refuses what a browser would never send but a script might, the page again with
/// the error beside the field (in the reader's language) and nothing changed: each of these was a 500 or was
/// stored as garbage.
/// </summary>
public sealed partial class CaseFormBadInputTests(MediationFlowFactory factory) : IClassFixture<MediationFlowFactory>
{
    [Fact]
    public async Task A_date_and_time_in_the_year_one_is_shown_as_an_error_on_its_field()
    {
        var (browser, caseId, version) = await InMediationAsync();

        using var response = await PostAsync(browser, caseId, version, "input.plannedAt=0001-01-01T00%3A00&input.place=Akimat");

        var page = await response.Content.ReadAsStringAsync(TestRequests.Ct);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Поле «Дата и время»: год должен быть от 1900 до 2999", FieldError(page, "scheduleSession", "plannedAt"));
        await AssertUnchangedAsync(caseId, version);
    }

    /// <summary>
    /// Raw bytes reach the form's decoder in a multipart body (in a URL-encoded one, "%FF" that is not UTF-8 stays
    /// the three characters it was written as, which is readable text).
    /// </summary>
    [Fact]
    public async Task Bytes_that_are_not_utf8_are_shown_as_an_error_on_their_field()
    {
        var (browser, caseId, version) = await InMediationAsync();
        var url = "/Cases/" + caseId.ToString(CultureInfo.InvariantCulture);
        var token = LoginPage.AntiforgeryToken(await browser.GetStringAsync(new Uri(url, UriKind.Relative), TestRequests.Ct));
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), LoginPage.TokenField },
            { new StringContent("scheduleSession"), "trigger" },
            { new StringContent(version.ToString(CultureInfo.InvariantCulture)), "expectedVersion" },
            { new StringContent("2030-01-15T10:00"), "input.plannedAt" },
            { new ByteArrayContent([0xED, 0xA0, 0x80, 0xFF]), "input.place" },
        };

        using var response = await browser.PostAsync(new Uri(url + "?handler=Action", UriKind.Relative), form, TestRequests.Ct);

        var page = await response.Content.ReadAsStringAsync(TestRequests.Ct);
        Assert.Equal("Поле «Место проведения» содержит нечитаемые символы", FieldError(page, "scheduleSession", "place"));
        await AssertUnchangedAsync(caseId, version);
    }

    private async Task<(HttpClient Browser, long CaseId, int Version)> InMediationAsync()
    {
        var walk = await (await CaseWalk.OpenAsync(factory)).ToInMediationAsync();
        var version = await factory.QueryAsync(db => Task.FromResult(db.Cases.Single(c => c.Id == walk.CaseId).Version));
        return (await factory.PageClientAsync(DemoUsers.Mediator), walk.CaseId, version);
    }

    /// <summary>The scheduling form as a script would post it: the form's own fields plus the given ones, encoded by hand.</summary>
    private static async Task<HttpResponseMessage> PostAsync(HttpClient browser, long caseId, int version, string fields)
    {
        var url = "/Cases/" + caseId.ToString(CultureInfo.InvariantCulture);
        var token = LoginPage.AntiforgeryToken(await browser.GetStringAsync(new Uri(url, UriKind.Relative), TestRequests.Ct));
        var body = $"{LoginPage.TokenField}={Uri.EscapeDataString(token)}&trigger=scheduleSession&expectedVersion={version}&{fields}";
        using var content = new StringContent(body, Encoding.ASCII, "application/x-www-form-urlencoded");
        return await browser.PostAsync(new Uri(url + "?handler=Action", UriKind.Relative), content, TestRequests.Ct);
    }

    private static string? FieldError(string page, string trigger, string field)
    {
        var match = Regex.Match(page, $"""id="{trigger}-{field}-error"[^>]*>(?<message>[^<]*)<""");
        return match.Success ? WebUtility.HtmlDecode(match.Groups["message"].Value) : null;
    }

    private async Task AssertUnchangedAsync(long caseId, int version)
    {
        var (now, sessions) = await factory.QueryAsync(db => Task.FromResult((db.Cases.Single(c => c.Id == caseId).Version, db.Sessions.Count(s => s.CaseId == caseId))));
        Assert.Equal(version, now);
        Assert.Equal(0, sessions);
    }
}
