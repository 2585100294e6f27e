using System.Globalization;
using System.Net;
using MediationFlow.Web.Tests.Infrastructure;

namespace MediationFlow.Web.Tests.Pages;

/// <summary>
/// On a version 3 case the page shows, beside each reason an action is blocked, the legal basis the workflow names for
/// it and how far that basis was checked, in the reader's language.
/// </summary>
public sealed class BlockedReasonBasisTests(V3Factory factory) : IClassFixture<V3Factory>
{
    [Theory]
    [InlineData("kk", "«Медиация туралы» Заңның 1-бабының 2-тармағы — заң мәтінімен тексерілді")]
    [InlineData("ru", "п. 2 ст. 1 Закона «О медиации» — сверено с текстом закона")]
    [InlineData("en", "Law On Mediation, Art. 1(2) — checked against the law's text")]
    public async Task A_screening_ground_that_bars_mediation_is_shown_with_its_verified_article(string language, string basis)
    {
        var burabay = await factory.CouncilIdAsync(DemoUsers.BurabayCode);
        var walk = await CaseWalk.OpenAsync(factory, CaseApi.NewCase(burabay, affectsThirdParties: true));
        using var mediator = await factory.PageClientAsync(DemoUsers.Mediator);

        var blocked = BlockedItem(await PageAsync(mediator, walk.CaseId, language), "acceptForMediation");

        Assert.Contains("data-reason=\"mediable\"", blocked, StringComparison.Ordinal);
        Assert.Contains($"data-basis-status=\"verified\">({basis})", blocked, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("kk", "«Медиация туралы» Заңның 20-бабының 3-тармағы — түсіндірме бойынша", "кеңестер тәжірибесі")]
    [InlineData("ru", "п. 3 ст. 20 Закона «О медиации» — по комментарию", "практика советов")]
    [InlineData("en", "Law On Mediation, Art. 20(3) — from a commentary", "councils' practice")]
    public async Task A_basis_read_in_a_commentary_and_a_rule_of_practice_say_so(string language, string impasse, string practice)
    {
        var v3 = await V3Case.OpenAsync(factory);
        await v3.PutAsync("inMediation");
        using var mediator = await factory.PageClientAsync(DemoUsers.Mediator);

        var html = await PageAsync(mediator, v3.Id, language);

        Assert.Contains($"data-basis-status=\"secondary\">({impasse})", BlockedItem(html, "declareImpasse"), StringComparison.Ordinal);
        var settlement = BlockedItem(html, "reachSettlement");
        Assert.Contains("data-basis-status=\"practice\">", settlement, StringComparison.Ordinal);
        Assert.Contains($" — {practice})", settlement, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reason_without_a_basis_has_no_basis_line()
    {
        var v3 = await V3Case.OpenAsync(factory);
        await v3.PutAsync("inMediation");
        using var chair = await factory.PageClientAsync(DemoUsers.Chair);

        // The chair is refused the mediator's steps by role, which is no rule of law.
        var blocked = BlockedItem(await PageAsync(chair, v3.Id, "en"), "scheduleSession");

        Assert.Contains("data-reason=\"role\"", blocked, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"basis\"", blocked, StringComparison.Ordinal);
    }

    /// <summary>The case page after the reader chose <paramref name="language"/> in the switcher (the profile's language wins over the browser's).</summary>
    private static async Task<string> PageAsync(HttpClient client, long caseId, string language)
    {
        var url = $"/Cases/{caseId.ToString(CultureInfo.InvariantCulture)}";
        using (var before = await client.GetPathAsync(url))
        {
            var switcher = HtmlForm.Find(await before.Content.ReadAsStringAsync(TestRequests.Ct), "/Account/Language");
            using var switched = await switcher.SubmitAsync(client, new Dictionary<string, string> { ["language"] = language, ["returnUrl"] = url });
            Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
        }

        using var response = await client.GetPathAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(TestRequests.Ct));
    }

    /// <summary>The list item of a blocked action, from its opening tag to its end.</summary>
    private static string BlockedItem(string html, string trigger)
    {
        var start = html.IndexOf($"data-blocked-action=\"{trigger}\"", StringComparison.Ordinal);
        Assert.True(start > 0, $"{trigger} is not listed as blocked.");
        return html[start..html.IndexOf("</li>", start, StringComparison.Ordinal)];
    }
}
