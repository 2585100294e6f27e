using System.Globalization;
using System.Net;
using MediationFlow.Web.Tests.Infrastructure;

namespace MediationFlow.Web.Tests.Pages;

/// <summary>
/// The case page shows a session's confidential note, in the session list and the timeline, to the case's mediator;
/// the chair sees in both places only that a note was recorded.
/// </summary>
public sealed class ConfidentialNotePageTests(MediationFlowFactory factory) : IClassFixture<MediationFlowFactory>
{
    private const string Note = "Стороны изложили позиции.";

    /// <summary>"Confidential note recorded" in the page's language.</summary>
    private static readonly Dictionary<string, string> Recorded = new(StringComparer.Ordinal)
    {
        ["kk"] = "Құпия түсініктеме тіркелді",
        ["ru"] = "Записана конфиденциальная заметка",
        ["en"] = "Confidential note recorded",
    };

    [Fact]
    public async Task The_mediator_reads_the_note_in_the_sessions_and_the_timeline()
    {
        var walk = await (await CaseWalk.OpenAsync(factory)).ToInMediationAsync();
        await walk.HoldSessionAsync();
        using var mediator = await factory.PageClientAsync(DemoUsers.Mediator);

        var html = await PageAsync(mediator, walk.CaseId);

        Assert.Equal(2, Occurrences(html, Note));
        Assert.DoesNotContain(Recorded[Language(html)], html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_chair_sees_that_a_note_was_recorded_in_both_places_but_never_its_text()
    {
        var walk = await (await CaseWalk.OpenAsync(factory)).ToInMediationAsync();
        await walk.HoldSessionAsync();
        using var chair = await factory.PageClientAsync(DemoUsers.Chair);

        var html = await PageAsync(chair, walk.CaseId);

        Assert.DoesNotContain(Note, html, StringComparison.Ordinal);
        Assert.Equal(2, Occurrences(html, Recorded[Language(html)]));
        Assert.Contains("data-testid=\"session-note\"", html, StringComparison.Ordinal);
    }

    private static async Task<string> PageAsync(HttpClient client, long caseId)
    {
        using var response = await client.GetPathAsync($"/Cases/{caseId.ToString(CultureInfo.InvariantCulture)}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(TestRequests.Ct));
    }

    private static string Language(string html)
    {
        var start = html.IndexOf("<html lang=\"", StringComparison.Ordinal) + "<html lang=\"".Length;
        return html[start..html.IndexOf('"', start)];
    }

    private static int Occurrences(string html, string text)
    {
        var count = 0;
        for (var at = html.IndexOf(text, StringComparison.Ordinal); at >= 0; at = html.IndexOf(text, at + text.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
