using System.Globalization;
using System.Net;
using MediationFlow.Core.Domain;
using MediationFlow.Web.Tests.Infrastructure;

namespace MediationFlow.Web.Tests.Pages;

/// <summary>
/// The chair's approvals: a version 3 draft is shown as a draft to approve for signature (and asked as such), a version
/// 2 agreement as one the parties signed.
/// </summary>
public sealed class V3ApprovalsTests(V3Factory factory) : IClassFixture<V3Factory>
{
    [Fact]
    public async Task A_draft_is_approved_for_signature_and_a_version_2_agreement_as_signed()
    {
        var v3 = await V3Case.OpenAsync(factory);
        await v3.PutAsync("awaitingReview", (db, c) => db.SettlementAgreements.Add(new SettlementAgreement
        {
            CaseId = c.Id,
            Terms = "Стороны договорились о порядке пользования двором.",
            SubmittedAt = DateTimeOffset.UtcNow,
        }));
        var signed = await factory.BurabayAsync("awaitingApproval");
        using var chair = await factory.PageClientAsync(DemoUsers.Chair);

        var html = await PageAsync(chair);

        // The chair reads Kazakh.
        var draft = Card(html, v3.Id);
        Assert.Contains("data-review=\"draft\"", draft, StringComparison.Ordinal);
        Assert.Contains("Жоба: тараптар қол қоймас бұрын мақұлдаңыз", draft, StringComparison.Ordinal);
        Assert.Contains(">Қол қоюға мақұлдау</button>", draft, StringComparison.Ordinal);
        var agreement = Card(html, signed);
        Assert.Contains("data-review=\"signed\"", agreement, StringComparison.Ordinal);
        Assert.Contains("Тараптар қол қойған", agreement, StringComparison.Ordinal);

        using var asked = await HtmlForm.FindBy(html, "id", $"approve-{v3.Id.ToString(CultureInfo.InvariantCulture)}").SubmitAsync(chair);
        var confirm = Card(WebUtility.HtmlDecode(await asked.Content.ReadAsStringAsync(TestRequests.Ct)), v3.Id);
        Assert.Contains("data-testid=\"confirm\"", confirm, StringComparison.Ordinal);
        Assert.Contains("жобасын қол қоюға мақұлдайсыз ба?", confirm, StringComparison.Ordinal);
    }

    private static async Task<string> PageAsync(HttpClient client)
    {
        using var response = await client.GetPathAsync("/Approvals");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(TestRequests.Ct));
    }

    private static string Card(string html, long caseId)
    {
        var start = html.IndexOf($"data-case-id=\"{caseId.ToString(CultureInfo.InvariantCulture)}\"", StringComparison.Ordinal);
        Assert.True(start > 0, $"Case {caseId} is not in the queue.");
        return html[start..html.IndexOf("</article>", start, StringComparison.Ordinal)];
    }
}
