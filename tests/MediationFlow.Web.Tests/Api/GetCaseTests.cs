using System.Net;
using MediationFlow.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MediationFlow.Web.Tests.Api;

/// <summary>GET /api/v1/cases/{id}: the whole case for those who may read it; 404 for another council's case or none.</summary>
public sealed class GetCaseTests(MediationFlowFactory factory) : IClassFixture<MediationFlowFactory>
{
    [Fact]
    public async Task Assigned_mediator_reads_the_case_with_parties_sessions_and_actions()
    {
        var expected = await factory.InMediationWithHeldSessionAsync();
        using var mediator = await factory.ApiClientAsync(DemoUsers.Mediator);

        var view = await mediator.CaseAsync(expected.Id);

        Assert.Equal(expected.Number, view.GetProperty("number").GetString());
        Assert.Equal(expected.Version, view.GetProperty("version").GetInt32());
        Assert.Equal("inMediation", view.GetProperty("state").GetString());
        Assert.Equal(expected.Parties.Select(p => p.FullName).Order(), view.GetProperty("parties").EnumerateArray().Select(p => p.GetProperty("fullName").GetString()).Order());
        var held = expected.Sessions.First(s => s.Recorded && !s.NoShow).Id;
        var note = await factory.QueryAsync(db => db.ConfidentialNotes.Where(n => n.SessionId == held).Select(n => n.Text).SingleAsync());
        Assert.Contains(view.GetProperty("sessions").EnumerateArray(), s => s.GetProperty("id").GetInt64() == held && s.GetProperty("note").GetProperty("text").GetString() == note);
        Assert.Contains(view.GetProperty("actions").EnumerateArray(), a => a.GetProperty("trigger").GetString() == "reachSettlement" && a.GetProperty("permitted").GetBoolean());
    }

    [Fact]
    public async Task Chair_learns_that_a_session_note_exists_but_not_what_it_says()
    {
        var expected = await factory.InMediationWithHeldSessionAsync();
        var held = expected.Sessions.First(s => s.Recorded && !s.NoShow).Id;
        var note = await factory.QueryAsync(db => db.ConfidentialNotes.Where(n => n.SessionId == held).Select(n => n.Text).SingleAsync());
        using var chair = await factory.ApiClientAsync(DemoUsers.Chair);

        using var response = await chair.GetPathAsync(CaseApi.CaseUrl(expected.Id));

        var body = await response.Content.ReadAsStringAsync(TestRequests.Ct);
        var session = (await response.JsonAsync(HttpStatusCode.OK)).GetProperty("sessions").EnumerateArray().Single(s => s.GetProperty("id").GetInt64() == held);
        Assert.True(session.GetProperty("note").GetProperty("exists").GetBoolean());
        Assert.False(session.GetProperty("note").TryGetProperty("text", out _));
        Assert.DoesNotContain(note, body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Chair_reads_a_case_of_the_council()
    {
        var id = await factory.BurabayAsync("awaitingApproval");
        using var chair = await factory.ApiClientAsync(DemoUsers.Chair);

        var view = await chair.CaseAsync(id);

        Assert.Equal(id, view.GetProperty("id").GetInt64());
        Assert.Contains(view.GetProperty("actions").EnumerateArray(), a => a.GetProperty("trigger").GetString() == "approve" && a.GetProperty("permitted").GetBoolean());
    }

    [Fact]
    public async Task Case_of_another_council_is_404_without_its_content()
    {
        var id = await factory.ZerendiAsync();
        var number = await factory.QueryAsync(db => db.Cases.Where(c => c.Id == id).Select(c => c.Number).SingleAsync());
        using var chair = await factory.ApiClientAsync(DemoUsers.Chair);

        using var response = await chair.GetPathAsync(CaseApi.CaseUrl(id), "en");

        var problem = await response.ProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal($"Case {id} was not found.", problem.Detail);
        Assert.DoesNotContain(number, problem.Body.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Missing_case_is_the_same_404()
    {
        using var chair = await factory.ApiClientAsync(DemoUsers.Chair);

        using var response = await chair.GetPathAsync(CaseApi.CaseUrl(555_555), "en");

        Assert.Equal("Case 555555 was not found.", (await response.ProblemAsync(HttpStatusCode.NotFound)).Detail);
    }

    [Fact]
    public async Task Id_that_is_not_a_number_is_404_problem()
    {
        using var chair = await factory.ApiClientAsync(DemoUsers.Chair);

        using var response = await chair.GetPathAsync($"{CaseApi.Cases}/AKM-BUR-2026-0001");

        await response.ProblemAsync(HttpStatusCode.NotFound);
    }
}
