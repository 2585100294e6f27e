using System.Globalization;
using System.Net;
using MediationFlow.Web.Tests.Infrastructure;

namespace MediationFlow.Web.Tests.Pages;

/// <summary>
/// The timeline names the changes made outside workflow actions as a reader would: a representative by name, the
/// referral by the intake form's labels and the source in the reader's language.
/// </summary>
public sealed class CaseDataTimelineTests(MediationFlowFactory factory) : IClassFixture<MediationFlowFactory>
{
    /// <summary>The referral's label and "A court" in each language.</summary>
    private static readonly Dictionary<string, (string Label, string Court)> Referral = new(StringComparer.Ordinal)
    {
        ["kk"] = ("Кім жүгінді немесе медиацияны ұсынды", "Сот"),
        ["ru"] = ("Кто обратился или предложил медиацию", "Суд"),
        ["en"] = ("Brought or proposed by", "A court"),
    };

    [Fact]
    public async Task The_referral_and_a_new_representative_read_as_words_on_the_timeline()
    {
        var walk = await CaseWalk.OpenAsync(factory);
        using var api = await factory.ApiClientAsync(DemoUsers.Mediator);
        var applicant = CaseApi.PartyIds(await api.CaseAsync(walk.CaseId)).First();
        using (var referral = await api.PutJsonAsync(CaseApi.CaseUrl(walk.CaseId) + "/referral", new { expectedVersion = 1, referralSource = "court" }))
        {
            await referral.JsonAsync(HttpStatusCode.OK);
        }

        using (var representative = await api.PostJsonAsync(CaseApi.CaseUrl(walk.CaseId) + "/representatives", new
        {
            expectedVersion = 2,
            partyId = applicant,
            representative = new { fullName = "Алия Представитель", authorityKind = "legalRepresentative", authorityDocument = "Свидетельство о рождении № 5" },
        }))
        {
            await representative.JsonAsync(HttpStatusCode.Created);
        }

        using var browser = await factory.PageClientAsync(DemoUsers.Mediator);

        using var response = await browser.GetPathAsync($"/Cases/{walk.CaseId.ToString(CultureInfo.InvariantCulture)}");

        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(TestRequests.Ct));
        var timeline = html[html.IndexOf("id=\"history\"", StringComparison.Ordinal)..];
        var (label, court) = Referral[Language(html)];
        Assert.Contains($"<dt>{label}</dt>", timeline, StringComparison.Ordinal);
        Assert.Contains($"<dd class=\"prose\">{court}</dd>", timeline, StringComparison.Ordinal);
        Assert.Contains("<dd class=\"prose\">Алия Представитель</dd>", timeline, StringComparison.Ordinal);
        Assert.DoesNotContain("referralSource", timeline, StringComparison.Ordinal);
    }

    private static string Language(string html)
    {
        var start = html.IndexOf("<html lang=\"", StringComparison.Ordinal) + "<html lang=\"".Length;
        return html[start..html.IndexOf('"', start)];
    }
}
