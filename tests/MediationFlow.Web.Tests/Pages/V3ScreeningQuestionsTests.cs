using System.Net;
using MediationFlow.Web.Tests.Infrastructure;

namespace MediationFlow.Web.Tests.Pages;

/// <summary>
/// Once version 3 is what new cases start on, the intake form asks its screening questions in the law's wording, each
/// with the article it comes from and how far that was checked, in the reader's language.
/// </summary>
public sealed class V3ScreeningQuestionsTests(V3Factory factory) : IClassFixture<V3Factory>
{
    [Theory]
    [InlineData("kk", "медиацияға қатыспайтын тұлғалардың құқықтары мен заңды мүдделерін", "«Медиация туралы» Заңның 1-бабының 3-тармағы — қазіргі редакциясы тексерілмеген")]
    [InlineData("ru", "права и законные интересы лиц, не участвующих в медиации", "п. 3 ст. 1 Закона «О медиации» — действующая редакция не сверена")]
    [InlineData("en", "the rights or legitimate interests of persons who take no part in the mediation", "Law On Mediation, Art. 1(3) — current wording not checked")]
    public async Task The_questions_are_the_definitions_with_their_bases(string language, string thirdParties, string stateBodyBasis)
    {
        using var browser = factory.Browser();
        using var signIn = await LoginPage.SubmitAsync(browser, DemoUsers.Mediator, DemoUsers.Password);
        var page = await NewCasePageAsync(browser, language);

        Assert.Contains(thirdParties, Question(page, "affectsThirdParties"), StringComparison.Ordinal);
        Assert.Contains("data-basis-status=\"verified\"", Question(page, "affectsThirdParties"), StringComparison.Ordinal);
        Assert.Contains("data-basis-status=\"verified\"", Question(page, "corruptionOrPublicServiceOffence"), StringComparison.Ordinal);
        Assert.Contains(stateBodyBasis, Question(page, "stateBodyIsParty"), StringComparison.Ordinal);
        Assert.Contains("name=\"stateBodyIsParty\" value=\"true\"", Question(page, "stateBodyIsParty"), StringComparison.Ordinal);
    }

    /// <summary>The intake page after the reader chose <paramref name="language"/> in the switcher.</summary>
    private static async Task<string> NewCasePageAsync(HttpClient client, string language)
    {
        using (var before = await client.GetPathAsync("/Cases/New"))
        {
            var switcher = HtmlForm.Find(await before.Content.ReadAsStringAsync(TestRequests.Ct), "/Account/Language");
            using var switched = await switcher.SubmitAsync(client, new Dictionary<string, string> { ["language"] = language, ["returnUrl"] = "/Cases/New" });
        }

        using var response = await client.GetPathAsync("/Cases/New");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(TestRequests.Ct));
    }

    private static string Question(string html, string id)
    {
        var start = html.IndexOf($"data-screening=\"{id}\"", StringComparison.Ordinal);
        Assert.True(start > 0, $"The form does not ask {id}.");
        return html[start..html.IndexOf("</label>", start, StringComparison.Ordinal)];
    }
}
