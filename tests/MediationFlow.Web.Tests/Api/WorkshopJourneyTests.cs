using System.Globalization;
using System.Net;
using System.Text.Json;
using MediationFlow.Web.Tests.Infrastructure;

namespace MediationFlow.Web.Tests.Api;

/// <summary>
/// A whole workshop through /api/v1/workshops, as a trainer and two trainees run it: set-up, casework on the
/// sandbox cases, the clock, a scripted event, the debrief, the end and the deletion.
/// </summary>
public sealed class WorkshopJourneyTests(MediationFlowFactory factory) : IClassFixture<MediationFlowFactory>
{
    [Fact]
    public async Task Two_team_workshop_runs_from_creation_to_deletion()
    {
        using var trainer = await factory.ApiClientAsync(DemoUsers.Trainer);
        using var one = await factory.ApiClientAsync(DemoUsers.TraineeOne);
        using var two = await factory.ApiClientAsync(DemoUsers.TraineeTwo);

        // Set-up: the workshop is created, teams are added, nothing runs yet.
        long id;
        using (var created = await trainer.PostJsonAsync(WorkshopApi.Workshops,
            new { councilId = await factory.CouncilIdAsync(DemoUsers.BurabayCode), scenarioId = WorkshopApi.Scenario, title = "Тренинг в Щучинске" }))
        {
            id = (await created.JsonAsync(HttpStatusCode.Created)).GetProperty("workshopId").GetInt64();
            Assert.Equal(WorkshopApi.Url(id), created.Headers.Location?.OriginalString);
        }

        await trainer.AddTeamAsync(id, "Team 1", DemoUsers.TraineeOne);
        await trainer.AddTeamAsync(id, "Team 2", DemoUsers.TraineeTwo);
        var preparing = await trainer.StatusAsync(id);
        Assert.Equal("preparing", preparing.GetProperty("status").GetString());
        Assert.All(preparing.GetProperty("teams").EnumerateArray(), t => Assert.Equal(JsonValueKind.Null, t.GetProperty("caseId").ValueKind));

        // Start: the clock runs and each team has its own sandbox case, numbered apart from real ones.
        Assert.Equal("running", (await trainer.PostOkAsync(WorkshopApi.Url(id, "start"))).GetString());
        var started = await trainer.StatusAsync(id);
        var (case1, case2) = (WorkshopApi.CaseId(WorkshopApi.Team(started, "Team 1")), WorkshopApi.CaseId(WorkshopApi.Team(started, "Team 2")));
        Assert.Equal([$"WS{id}-1", $"WS{id}-2"], started.GetProperty("teams").EnumerateArray().Select(t => t.GetProperty("caseNumber").GetString()));

        // Each trainee sees the brief and their own team only.
        var seenByOne = await one.StatusAsync(id);
        Assert.False(seenByOne.GetProperty("isTrainer").GetBoolean());
        Assert.NotEmpty(seenByOne.GetProperty("brief").GetString()!);
        Assert.Equal(["Team 1"], seenByOne.GetProperty("teams").EnumerateArray().Select(t => t.GetProperty("name").GetString()));

        // A scripted event fired before its day is recorded as the trainer's; it cannot happen twice.
        var fire = WorkshopApi.Url(id, "events/" + WorkshopApi.FirstEvent);
        await trainer.PostOkAsync(fire);
        using (var again = await trainer.PostJsonAsync(fire, new { }))
        {
            Assert.Equal(["eventId"], (await again.ProblemAsync(HttpStatusCode.BadRequest)).Fields);
        }

        Assert.Equal(JsonValueKind.String, Event(await trainer.StatusAsync(id), WorkshopApi.FirstEvent).GetProperty("firedAt").ValueKind);
        Assert.Equal(JsonValueKind.Null, Event(await trainer.StatusAsync(id), WorkshopApi.LaterEvent).GetProperty("firedAt").ValueKind);

        // Team 1 takes its case into mediation: the trainee works as the mediator, the trainer as the chair.
        await one.TakeAsync(case1, "acceptForMediation");
        await trainer.TakeAsync(case1, "assignMediator", new { mediator = (await factory.UserIdAsync(DemoUsers.TraineeOne)).ToString() });
        await one.TakeAsync(case1, "declareNoConflict", new { declaration = true });
        var sandbox = await one.CaseAsync(case1);
        var today = WorkshopApi.WorkshopDay(sandbox);
        foreach (var party in CaseApi.PartyIds(sandbox))
        {
            await one.TakeAsync(case1, "recordConsent", new { party = party.ToString(CultureInfo.InvariantCulture), consentedOn = today });
        }

        await one.TakeAsync(case1, "signAgreementOnMediation", new { signedOn = today, signedByAll = true, withoutCopyReason = "Kept in the council's paper file" });
        Assert.Equal("inMediation", (await one.CaseAsync(case1)).GetProperty("state").GetString());

        // Team 2 only accepts its case: no mediation, so no deadline runs. Neither team reaches the other's case.
        await two.TakeAsync(case2, "acceptForMediation");
        foreach (var (client, otherTeamsCase) in new[] { (one, case2), (two, case1) })
        {
            using var response = await client.GetPathAsync(CaseApi.CaseUrl(otherTeamsCase));
            await response.ProblemAsync(HttpStatusCode.NotFound);
        }

        // 31 days on the workshop clock: team 1's 30-day mediation deadline passes at once (team 2 has none
        // running), and the scripted events of those days happen by themselves. The scenario runs on version 3,
        // where a passed deadline leaves the case in its state.
        var clock = await trainer.ClockAsync(id, new { step = new { days = 31 } });
        Assert.Equal(31, clock.GetProperty("day").GetInt32());
        var advanced = await trainer.StatusAsync(id);
        var (team1, team2) = (WorkshopApi.Team(advanced, "Team 1"), WorkshopApi.Team(advanced, "Team 2"));
        Assert.Equal(("inMediation", true), (team1.GetProperty("state").GetString(), team1.GetProperty("overdue").GetBoolean()));
        Assert.Equal(("awaitingAssignment", false), (team2.GetProperty("state").GetString(), team2.GetProperty("overdue").GetBoolean()));
        Assert.Contains("deadlinePassed", await HistoryTriggersAsync(one, case1));
        Assert.Equal("awaitingAssignment", (await two.CaseAsync(case2)).GetProperty("state").GetString());

        // Pause and resume.
        Assert.Equal("paused", (await trainer.ClockAsync(id, new { pause = true })).GetProperty("status").GetString());
        Assert.Equal("paused", (await trainer.StatusAsync(id)).GetProperty("status").GetString());
        Assert.Equal("running", (await trainer.ClockAsync(id, new { resume = true })).GetProperty("status").GetString());

        var status = await trainer.StatusAsync(id);
        Assert.Equal(("running", 31), (status.GetProperty("status").GetString(), status.GetProperty("day").GetInt32()));
        Assert.True(Event(status, WorkshopApi.FirstEvent).GetProperty("firedByTrainer").GetBoolean());
        Assert.False(Event(status, WorkshopApi.LaterEvent).GetProperty("firedByTrainer").GetBoolean());
        Assert.Equal(JsonValueKind.String, Event(status, WorkshopApi.LaterEvent).GetProperty("firedAt").ValueKind);

        // The debrief: per team, its case, checkpoints met or missed, the missed deadline.
        using (var response = await trainer.GetPathAsync(WorkshopApi.Url(id, "debrief"), "en"))
        {
            var debrief = await response.JsonAsync(HttpStatusCode.OK);
            var teams = debrief.GetProperty("teams").EnumerateArray().ToList();
            Assert.Equal(["Team 1", "Team 2"], teams.Select(t => t.GetProperty("team").GetString()));
            Assert.Equal([1, 0], teams.Select(t => t.GetProperty("deadlinesMissed").GetArrayLength()));
            Assert.True(Checkpoint(teams[0], "noConflictDeclared").GetProperty("met").GetBoolean());
            Assert.False(Checkpoint(teams[1], "noConflictDeclared").GetProperty("met").GetBoolean());
            Assert.False(Checkpoint(teams[0], "deadlineNeverPassed").GetProperty("met").GetBoolean());
        }

        using (var response = await trainer.GetPathAsync(WorkshopApi.Url(id, "debrief.csv"), "en"))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
            var rows = ReadCsv(await response.Content.ReadAsStringAsync(TestRequests.Ct));
            Assert.Equal(["team", "case", "final_state", "checkpoint", "met", "met_after_hours", "deadlines_missed", "stage_hours"], rows[0]);
            var checkpoints = DebriefCheckpoints;
            Assert.Equal(2 * checkpoints, rows.Count - 1);
            Assert.Equal(checkpoints, rows.Count(r => r[0] == "Team 1" && r[1] == $"WS{id}-1" && r[6] == "1"));
            Assert.Equal(checkpoints, rows.Count(r => r[0] == "Team 2" && r[1] == $"WS{id}-2" && r[6] == "0"));
            Assert.Contains(rows, r => r[0] == "Team 1" && r[3] == "No conflict of interest declared" && r[4] == "yes");
            Assert.Contains(rows, r => r[0] == "Team 2" && r[3] == "No conflict of interest declared" && r[4] == "no");
        }

        // End: the clock stops; the cases stay for the debrief.
        Assert.Equal("ended", (await trainer.PostOkAsync(WorkshopApi.Url(id, "end"))).GetString());
        Assert.Equal("ended", (await trainer.StatusAsync(id)).GetProperty("status").GetString());
        Assert.Equal("inMediation", (await one.CaseAsync(case1)).GetProperty("state").GetString());

        // Delete: the workshop and its sandbox cases are gone for everyone who could see them.
        using (var deleted = await trainer.SendAsync(TestRequests.Request(HttpMethod.Delete, WorkshopApi.Url(id)), TestRequests.Ct))
        {
            Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        }

        using (var gone = await trainer.GetPathAsync(WorkshopApi.Url(id)))
        {
            await gone.ProblemAsync(HttpStatusCode.NotFound);
        }

        foreach (var (client, caseId) in new[] { (trainer, case1), (trainer, case2), (one, case1), (two, case2) })
        {
            using var response = await client.GetPathAsync(CaseApi.CaseUrl(caseId));
            await response.ProblemAsync(HttpStatusCode.NotFound);
        }

        Assert.Equal(0, await factory.QueryAsync(db => Task.FromResult(db.Cases.Count(c => c.Id == case1 || c.Id == case2))));
    }

    /// <summary>The scenario's checkpoints (village-boundary has five).</summary>
    private const int DebriefCheckpoints = 5;

    private static async Task<List<string?>> HistoryTriggersAsync(HttpClient client, long caseId)
    {
        using var response = await client.GetPathAsync($"{CaseApi.CaseUrl(caseId)}/history");
        return [.. (await response.JsonAsync(HttpStatusCode.OK)).EnumerateArray().Select(e => e.GetProperty("trigger").GetString())];
    }

    private static JsonElement Event(JsonElement status, string id) =>
        status.GetProperty("events").EnumerateArray().Single(e => e.GetProperty("id").GetString() == id);

    private static JsonElement Checkpoint(JsonElement team, string id) =>
        team.GetProperty("checkpoints").EnumerateArray().Single(c => c.GetProperty("id").GetString() == id);

    /// <summary>RFC 4180 read by hand, so the test does not share the writer's library: quotes, doubled quotes, line breaks in fields.</summary>
    private static List<string[]> ReadCsv(string text)
    {
        var rows = new List<string[]>();
        var row = new List<string>();
        var field = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                row.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\n')
            {
                row.Add(field.ToString().TrimEnd('\r'));
                field.Clear();
                rows.Add([.. row]);
                row.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        if (field.Length > 0 || row.Count > 0)
        {
            row.Add(field.ToString());
            rows.Add([.. row]);
        }

        return rows;
    }
}
