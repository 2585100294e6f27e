using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using MediationFlow.Core.Domain;
using MediationFlow.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MediationFlow.Web.Tests.Pages;

/// <summary>
/// Version 3's new input fields on the case page: attendees and parties as a box for each person, a representative
/// with a recorded authority and a council as selects; what the reader ticked or chose is posted as the engine reads
/// it and comes back ticked or chosen when the action is refused.
/// </summary>
public sealed partial class V3ActionFieldsTests(V3Factory factory) : IClassFixture<V3Factory>
{
    [Fact]
    public async Task Attendees_are_a_box_for_each_party_representative_and_participant_and_absent_parties_one_for_each_party()
    {
        var v3 = await V3Case.OpenAsync(factory);
        await v3.PutAsync("inMediation");
        await v3.PlanSessionAsync();
        using var mediator = await factory.PageClientAsync(DemoUsers.Mediator);

        var html = await PageAsync(mediator, v3.Id);

        Assert.Equal(
            [$"party:{V3Case.Key(v3.ApplicantId)}", $"party:{V3Case.Key(v3.RespondentId)}", $"representative:{V3Case.Key(v3.RepresentativeId)}", $"participant:{V3Case.Key(v3.InterpreterId)}"],
            Boxes(html, "recordSession", "attended").Select(b => b.Value));
        Assert.Contains(Boxes(html, "recordSession", "attended"), b => b.Label.Contains(V3Case.Representative, StringComparison.Ordinal));
        Assert.Contains(Boxes(html, "recordSession", "attended"), b => b.Label.Contains(V3Case.Interpreter, StringComparison.Ordinal));

        // A representative or an interpreter is never a party: they cannot be absent as one.
        Assert.Equal([V3Case.Key(v3.ApplicantId), V3Case.Key(v3.RespondentId)], Boxes(html, "recordNoShow", "absent").Select(b => b.Value));
        Assert.Contains("<legend>", Form(html, "recordNoShow"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_ticked_parties_are_posted_as_the_list_the_action_records()
    {
        var v3 = await V3Case.OpenAsync(factory);
        await v3.PutAsync("inMediation");
        var session = await v3.PlanSessionAsync();
        using var mediator = await factory.PageClientAsync(DemoUsers.Mediator);

        using var response = await SubmitAsync(mediator, await PageAsync(mediator, v3.Id), "recordNoShow",
            ("input.session", V3Case.Key(session)), ("input.absent", V3Case.Key(v3.ApplicantId)), ("input.absent", V3Case.Key(v3.RespondentId)));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var recorded = await LastInputAsync(v3.Id, "recordNoShow");
        Assert.Equal([V3Case.Key(v3.ApplicantId), V3Case.Key(v3.RespondentId)], recorded.GetProperty("absent").EnumerateArray().Select(a => a.GetString()));
    }

    [Fact]
    public async Task A_refused_session_record_comes_back_with_the_same_attendees_ticked()
    {
        var v3 = await V3Case.OpenAsync(factory);
        await v3.PutAsync("inMediation");
        var session = await v3.PlanSessionAsync();
        using var mediator = await factory.PageClientAsync(DemoUsers.Mediator);
        var attended = new[] { $"party:{V3Case.Key(v3.ApplicantId)}", $"participant:{V3Case.Key(v3.InterpreterId)}" };
        var tomorrow = DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(5)).AddDays(1).ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture);

        using var response = await SubmitAsync(mediator, await PageAsync(mediator, v3.Id), "recordSession",
            ("input.session", V3Case.Key(session)), ("input.heldAt", tomorrow), ("input.attended", attended[0]), ("input.attended", attended[1]));

        // Held tomorrow is refused; the reader's ticks and date are kept.
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(TestRequests.Ct));
        Assert.Equal(attended, Boxes(html, "recordSession", "attended").Where(b => b.Checked).Select(b => b.Value));
        Assert.Contains($"value=\"{tomorrow}\"", Form(html, "recordSession"), StringComparison.Ordinal);
        Assert.Contains("data-testid=\"field-error\"", Form(html, "recordSession"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_representative_select_offers_only_representatives_whose_authority_is_recorded_and_keeps_the_choice()
    {
        var v3 = await V3Case.OpenAsync(factory);
        var withoutAuthority = await v3.AddRepresentativeWithoutAuthorityAsync(v3.RespondentId, "Ерлан Жоқов");
        await v3.PutAsync("awaitingConsent");
        using var mediator = await factory.PageClientAsync(DemoUsers.Mediator);

        var html = await PageAsync(mediator, v3.Id);
        Assert.Equal([V3Case.Key(v3.RepresentativeId)], Options(Form(html, "recordConsent"), "representative").Select(o => o.Value));
        Assert.DoesNotContain(V3Case.Key(withoutAuthority), Options(Form(html, "recordConsent"), "representative").Select(o => o.Value));

        var nextWeek = DateTime.UtcNow.AddDays(7).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        using var response = await SubmitAsync(mediator, html, "recordConsent",
            ("input.party", V3Case.Key(v3.ApplicantId)), ("input.consentedOn", nextWeek), ("input.representative", V3Case.Key(v3.RepresentativeId)));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var again = Form(WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(TestRequests.Ct)), "recordConsent");
        Assert.Equal([V3Case.Key(v3.RepresentativeId)], Options(again, "representative").Where(o => o.Selected).Select(o => o.Value));
        Assert.Equal([V3Case.Key(v3.ApplicantId)], Options(again, "party").Where(o => o.Selected).Select(o => o.Value));
    }

    [Fact]
    public async Task The_council_select_lists_the_councils_the_API_offers_and_keeps_the_choice_when_the_reason_is_missing()
    {
        var v3 = await V3Case.OpenAsync(factory);
        await v3.PutAsync("awaitingAssignment");
        await ZerendiHasAChairAsync();
        using var chair = await factory.PageClientAsync(DemoUsers.Chair);
        using var api = await factory.ApiClientAsync(DemoUsers.Chair);
        using var listed = await api.GetPathAsync($"{CaseApi.CaseUrl(v3.Id)}/councils");
        var councils = (await listed.JsonAsync(HttpStatusCode.OK)).EnumerateArray()
            .Select(c => c.GetProperty("councilId").GetInt32().ToString(CultureInfo.InvariantCulture)).ToList();
        Assert.NotEmpty(councils);

        var html = await PageAsync(chair, v3.Id);
        Assert.Equal(councils, Options(Form(html, "requestTransfer"), "council").Select(o => o.Value));

        using var response = await SubmitAsync(chair, html, "requestTransfer", ("input.council", councils[^1]), ("input.reason", ""));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var again = Form(WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(TestRequests.Ct)), "requestTransfer");
        Assert.Equal([councils[^1]], Options(again, "council").Where(o => o.Selected).Select(o => o.Value));
    }

    /// <summary>The demo's second council gets a chair, so that a transfer has somewhere to go.</summary>
    private async Task ZerendiHasAChairAsync()
    {
        var zerendi = await factory.CouncilIdAsync(DemoUsers.ZerendiCode);
        var chair = await factory.UserIdAsync("mediator.other");
        await factory.QueryAsync(async db =>
        {
            if (!await db.Memberships.AnyAsync(m => m.CouncilId == zerendi && m.Role == CouncilRole.Chair))
            {
                db.Memberships.Add(new Membership { UserId = chair, CouncilId = zerendi, Role = CouncilRole.Chair });
            }

            return await db.SaveChangesAsync();
        });
    }

    private static async Task<string> PageAsync(HttpClient client, long caseId)
    {
        using var response = await client.GetPathAsync($"/Cases/{caseId.ToString(CultureInfo.InvariantCulture)}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(TestRequests.Ct));
    }

    /// <summary>Posts an action's form as a browser does: its hidden fields, and each ticked box as a value of its own.</summary>
    private static async Task<HttpResponseMessage> SubmitAsync(HttpClient client, string html, string trigger, params (string Name, string Value)[] values)
    {
        var form = HtmlForm.FindBy(html, "data-action", trigger);
        var fields = form.Fields.Where(f => !f.Key.StartsWith("input.", StringComparison.Ordinal))
            .Select(f => KeyValuePair.Create(f.Key, f.Value))
            .Concat(values.Select(v => KeyValuePair.Create(v.Name, v.Value)));
        using var content = new FormUrlEncodedContent(fields);
        return await client.PostAsync(new Uri(form.Action, UriKind.Relative), content, TestRequests.Ct);
    }

    private async Task<JsonElement> LastInputAsync(long caseId, string trigger)
    {
        using var mediator = await factory.ApiClientAsync(DemoUsers.Mediator);
        using var response = await mediator.GetPathAsync($"{CaseApi.CaseUrl(caseId)}/history");
        var history = await response.JsonAsync(HttpStatusCode.OK);
        return history.EnumerateArray().Last(e => e.GetProperty("trigger").GetString() == trigger).GetProperty("input");
    }

    private static string Form(string html, string trigger)
    {
        var start = html.IndexOf($"data-action=\"{trigger}\"", StringComparison.Ordinal);
        Assert.True(start > 0, $"No form for {trigger}.");
        return html[start..html.IndexOf("</form>", start, StringComparison.Ordinal)];
    }

    private sealed record Box(string Value, string Label, bool Checked);

    private static List<Box> Boxes(string html, string trigger, string field) =>
        [.. BoxPattern().Matches(Form(html, trigger)).Where(m => m.Groups["name"].Value == "input." + field)
            .Select(m => new Box(m.Groups["value"].Value, m.Groups["label"].Value, m.Groups["checked"].Success))];

    private sealed record Option(string Value, bool Selected);

    private static List<Option> Options(string form, string field)
    {
        var start = form.IndexOf($"name=\"input.{field}\"", StringComparison.Ordinal);
        Assert.True(start > 0, $"No select for {field}.");
        var select = form[start..form.IndexOf("</select>", start, StringComparison.Ordinal)];
        return [.. OptionPattern().Matches(select).Where(m => m.Groups["value"].Value.Length > 0)
            .Select(m => new Option(m.Groups["value"].Value, m.Groups["selected"].Success))];
    }

    [GeneratedRegex("""<input type="checkbox" id="[^"]*" name="(?<name>[^"]*)" value="(?<value>[^"]*)"(?<checked> checked="checked")? />\s*<span>(?<label>[^<]*)</span>""")]
    private static partial Regex BoxPattern();

    [GeneratedRegex("""<option value="(?<value>[^"]*)"(?<selected> selected="selected")?>""")]
    private static partial Regex OptionPattern();
}
