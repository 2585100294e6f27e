using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using MediationFlow.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MediationFlow.Web.Tests.Pages;

/// <summary>
/// The timeline of a version 3 case: lists entered with an action read as the people they name, a session's
/// confidential note is text for the case's mediator and only "recorded" for the chair (in the sessions and the
/// timeline), and a case mediated again shows where each round begins.
/// </summary>
public sealed class V3TimelineTests(V3Factory factory) : IClassFixture<V3Factory>
{
    private const string Note = "Ответчик готов перенести забор, если истец оплатит половину.";

    [Fact]
    public async Task Absent_parties_and_attendees_read_as_their_names()
    {
        var v3 = await V3Case.OpenAsync(factory);
        await v3.PutAsync("inMediation");
        var missed = await v3.PlanSessionAsync();
        var held = await v3.PlanSessionAsync();
        await v3.TakeAsync("recordNoShow", new { session = V3Case.Key(missed), absent = new[] { V3Case.Key(v3.RespondentId) } });
        await v3.TakeAsync("recordSession", new { session = V3Case.Key(held), heldAt = HeldAt(), attended = new[] { $"party:{V3Case.Key(v3.ApplicantId)}", $"party:{V3Case.Key(v3.RespondentId)}" } });
        using var mediator = await factory.PageClientAsync(DemoUsers.Mediator);
        var (applicant, respondent) = (await PartyNameAsync(v3.ApplicantId), await PartyNameAsync(v3.RespondentId));

        var html = await PageAsync(mediator, v3.Id);

        Assert.Contains($"<dt>Не явившиеся стороны</dt> <dd class=\"prose\">{respondent}</dd>", Entry(html, "recordNoShow"), StringComparison.Ordinal);
        Assert.Contains($"<dd class=\"prose\">{applicant}, {respondent}</dd>", Entry(html, "recordSession"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_mediator_reads_a_sessions_note_and_the_chair_only_that_one_was_recorded()
    {
        var v3 = await V3Case.OpenAsync(factory);
        await v3.PutAsync("inMediation");
        var session = await v3.PlanSessionAsync();
        await v3.TakeAsync("recordSession", new { session = V3Case.Key(session), heldAt = HeldAt(), attended = new[] { $"party:{V3Case.Key(v3.ApplicantId)}" }, outcomeNote = Note });
        using var mediator = await factory.PageClientAsync(DemoUsers.Mediator);
        using var chair = await factory.PageClientAsync(DemoUsers.Chair);

        var forMediator = await PageAsync(mediator, v3.Id);
        var forChair = await PageAsync(chair, v3.Id);

        Assert.Contains(Note, Entry(forMediator, "recordSession"), StringComparison.Ordinal);
        Assert.DoesNotContain(Note, forChair, StringComparison.Ordinal);
        // The chair reads Kazakh: "a confidential note was recorded".
        Assert.Contains("Құпия түсініктеме тіркелді", Entry(forChair, "recordSession"), StringComparison.Ordinal);
        var sessionForChair = forChair[forChair.IndexOf($"data-session-id=\"{V3Case.Key(session)}\"", StringComparison.Ordinal)..];
        Assert.Contains("Құпия түсініктеме тіркелді", sessionForChair[..sessionForChair.IndexOf("</li>", StringComparison.Ordinal)], StringComparison.Ordinal);
        var sessionForMediator = forMediator[forMediator.IndexOf($"data-session-id=\"{V3Case.Key(session)}\"", StringComparison.Ordinal)..];
        Assert.Contains(Note, sessionForMediator[..sessionForMediator.IndexOf("</li>", StringComparison.Ordinal)], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_second_round_is_headed_above_its_entries_and_the_first_below_them()
    {
        var v3 = await V3Case.OpenAsync(factory);
        await v3.PutAsync("inMediation");
        var session = await v3.PlanSessionAsync();
        await v3.TakeAsync("cancelSession", new { session = V3Case.Key(session), reason = "Заявитель заболел." });
        await factory.QueryAsync(async db =>
        {
            var last = await db.CaseEvents.Where(e => e.CaseId == v3.Id).OrderBy(e => e.Sequence).LastAsync();
            last.Round = 2;
            return await db.SaveChangesAsync();
        });
        using var mediator = await factory.PageClientAsync(DemoUsers.Mediator);

        var html = await PageAsync(mediator, v3.Id);

        var second = html.IndexOf("data-round=\"2\"><h3>Раунд 2</h3>", StringComparison.Ordinal);
        var first = html.IndexOf("data-round=\"1\"><h3>Раунд 1</h3>", StringComparison.Ordinal);
        var cancelled = html.IndexOf("data-trigger=\"cancelSession\"", StringComparison.Ordinal);
        Assert.True(second > 0 && first > 0, "A round heading is missing.");
        Assert.True(second < cancelled && cancelled < first, "The round's entry is not under its heading.");
    }

    /// <summary>A moment an hour ago where the council is, as a form sends it.</summary>
    private static string HeldAt() =>
        DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(5)).AddHours(-1).ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture);

    private Task<string> PartyNameAsync(long partyId) =>
        factory.QueryAsync(db => db.Parties.Where(p => p.Id == partyId).Select(p => p.FullName).SingleAsync());

    private static async Task<string> PageAsync(HttpClient client, long caseId)
    {
        using var response = await client.GetPathAsync($"/Cases/{caseId.ToString(CultureInfo.InvariantCulture)}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(TestRequests.Ct));
    }

    /// <summary>The timeline entry of the last <paramref name="trigger"/>, its white space collapsed.</summary>
    private static string Entry(string html, string trigger)
    {
        var start = html.IndexOf($"data-trigger=\"{trigger}\"", StringComparison.Ordinal);
        Assert.True(start > 0, $"No {trigger} in the timeline.");
        return Regex.Replace(html[start..html.IndexOf("</li>", start, StringComparison.Ordinal)], @"\s+", " ");
    }
}
