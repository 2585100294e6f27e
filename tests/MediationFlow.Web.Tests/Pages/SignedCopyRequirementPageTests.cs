using System.Net;
using MediationFlow.Core.Tests.Infrastructure;
using MediationFlow.Web.Tests.Api;
using MediationFlow.Web.Tests.Infrastructure;

namespace MediationFlow.Web.Tests.Pages;

/// <summary>
/// The signed copy version 3 requires before the agreement on mediation: named as a blocked reason in the action's form
/// and in the API's action listing until the scan is in the case file, and asked for again on the reason field.
/// </summary>
public sealed class SignedCopyRequirementPageTests(V3Factory factory) : IClassFixture<V3Factory>
{
    [Fact]
    public async Task The_missing_signed_copy_is_a_reason_beside_the_form_and_in_the_action_listing_until_it_is_attached()
    {
        var walk = await (await V3Walk.OpenAsync(factory)).ToAwaitingConsentAsync();
        await walk.Mediator.TakeAsync(walk.CaseId, "sendProposal", new { proposedOn = V3Walk.Day() });
        foreach (var party in await walk.PartiesAsync())
        {
            await walk.Mediator.TakeAsync(walk.CaseId, "recordConsent", new { party = V3Walk.Id(party), consentedOn = V3Walk.Day() });
        }

        using var page = await factory.PageClientAsync(DemoUsers.Mediator);

        var html = PageText.Readable(await ReadAsync(page, $"/Cases/{walk.CaseId}"));
        var listed = await ListedAsync(walk);

        Assert.Contains("data-reason=\"attachment:signedAgreementOnMediation\"", html, StringComparison.Ordinal);
        Assert.Contains("Подписанного договора о медиации нет в материалах дела: прикрепите его скан или укажите, почему его нет", html, StringComparison.Ordinal);
        Assert.Contains("name=\"input.withoutCopyReason\"", html, StringComparison.Ordinal);
        Assert.Equal(("attachment:signedAgreementOnMediation", "withoutCopyReason"),
            (listed.GetProperty("code").GetString(), listed.GetProperty("reasonField").GetString()));

        using var uploaded = await walk.Mediator.UploadAsync(walk.CaseId, Uploads.Multipart("signedAgreementOnMediation", Scans.Pdf(), "agreement.pdf"));
        Assert.Equal(HttpStatusCode.Created, uploaded.StatusCode);

        Assert.DoesNotContain("data-reason=\"attachment:signedAgreementOnMediation\"", await ReadAsync(page, $"/Cases/{walk.CaseId}"), StringComparison.Ordinal);
        Assert.Null(await ListedOrNullAsync(walk));
    }

    private static async Task<System.Text.Json.JsonElement> ListedAsync(V3Walk walk) =>
        await ListedOrNullAsync(walk) ?? throw new InvalidOperationException("signAgreementOnMediation lists nothing missing.");

    private static async Task<System.Text.Json.JsonElement?> ListedOrNullAsync(V3Walk walk)
    {
        using var response = await walk.Mediator.GetPathAsync(CaseApi.CaseUrl(walk.CaseId) + "/actions", "ru");
        var sign = (await response.JsonAsync(HttpStatusCode.OK)).EnumerateArray().Single(a => a.GetProperty("trigger").GetString() == "signAgreementOnMediation");
        Assert.True(sign.GetProperty("permitted").GetBoolean());
        return sign.GetProperty("missing").EnumerateArray().Select(m => (System.Text.Json.JsonElement?)m).SingleOrDefault();
    }

    private static async Task<string> ReadAsync(HttpClient client, string url)
    {
        using var response = await client.GetPathAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync(TestRequests.Ct);
    }
}
