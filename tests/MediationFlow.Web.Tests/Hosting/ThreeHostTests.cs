using System.Globalization;
using System.Net;
using MediationFlow.Core.Domain;
using MediationFlow.Core.Timers;
using MediationFlow.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MediationFlow.Web.Tests.Hosting;

/// <summary>
/// Issue 13: three instances of the web host on one PostgreSQL database, as behind a load balancer. Each has its own
/// container, timer pump, data protection and data folder; they share the database, the key certificate and the clock.
/// </summary>
public sealed class ThreeHostTests(ThreeHosts hosts) : IClassFixture<ThreeHosts>
{
    private const int CasesPerHost = 8;

    [Fact]
    public async Task Three_pumps_running_at_once_fire_every_due_timer_exactly_once()
    {
        var all = await hosts.StartAsync();
        var cases = (await Task.WhenAll(all.Select(async host =>
        {
            var opened = new List<long>();
            for (var i = 0; i < CasesPerHost; i++)
            {
                opened.Add((await (await CaseWalk.OpenAsync(host)).ToInMediationAsync()).CaseId);
            }

            return opened;
        }))).SelectMany(c => c).ToList();
        var firedBefore = await FiredTimersAsync();
        var systemEventsBefore = await SystemEventsAsync();

        // The mediation's 30-day deadline passes for every new case (and whatever else of the demo data falls due).
        hosts.Clock.Advance(TimeSpan.FromDays(31));
        var reported = 0;
        int[] round;
        do
        {
            // Task.Run: each pump on its own thread, as in three processes; a round ends when none found anything left.
            round = await Task.WhenAll(all.Select(host => Task.Run(() => host.Services.GetRequiredService<TimerPump>().RunOnceAsync(TestRequests.Ct))));
            reported += round.Sum();
        }
        while (round.Sum() > 0);

        var now = hosts.Clock.GetUtcNow();
        Assert.Equal(0, await all[0].QueryAsync(db => db.DueTimers.CountAsync(t => t.Status == TimerStatus.Pending && t.WorkshopId == null && t.DueAt <= now)));
        var firedNow = (await FiredTimersAsync()).ExceptBy(firedBefore.Select(t => t.Id), t => t.Id).ToList();
        Assert.Equal(firedNow.Count, reported);
        Assert.Superset(cases.ToHashSet(), firedNow.Where(t => t.Trigger == "deadlinePassed").Select(t => t.CaseId).ToHashSet());

        // Each timer fired wrote one step of its case's history, never two.
        var systemEventsNow = await SystemEventsAsync();
        foreach (var fired in firedNow.GroupBy(t => (t.CaseId, t.Trigger)))
        {
            Assert.Equal(fired.Count(), systemEventsNow.GetValueOrDefault(fired.Key) - systemEventsBefore.GetValueOrDefault(fired.Key));
        }

        Assert.All(cases, id => Assert.Equal(1, systemEventsNow.GetValueOrDefault((id, "deadlinePassed"))));

        // Sign-ins from before the month passed have expired.
        all.ForEach(host => host.ForgetSignIns());

        Task<List<DueTimer>> FiredTimersAsync() =>
            all[1].QueryAsync(db => db.DueTimers.AsNoTracking().Where(t => t.Status == TimerStatus.Fired && t.WorkshopId == null).ToListAsync());

        Task<Dictionary<(long CaseId, string Trigger), int>> SystemEventsAsync() =>
            all[2].QueryAsync(async db => (await db.CaseEvents.AsNoTracking().Where(e => e.ActorId == null)
                .GroupBy(e => new { e.CaseId, e.Trigger }).Select(g => new { g.Key.CaseId, g.Key.Trigger, Count = g.Count() }).ToListAsync())
                .ToDictionary(g => (g.CaseId, g.Trigger), g => g.Count));
    }

    [Fact]
    public async Task A_cookie_and_a_token_issued_by_one_host_are_accepted_by_the_other_two()
    {
        var all = await hosts.StartAsync();
        var cookie = await SignIns.SessionCookieAsync(all[0], DemoUsers.Chair);
        using var api = await all[0].ApiClientAsync(DemoUsers.Mediator);
        var token = api.DefaultRequestHeaders.Authorization!.Parameter!;

        foreach (var host in all)
        {
            Assert.Equal(HttpStatusCode.OK, await SignIns.InboxPageWithCookieAsync(host, cookie));
            Assert.Equal(HttpStatusCode.OK, await SignIns.InboxApiWithTokenAsync(host, token));
        }

        // One key ring for all three, kept encrypted with the certificate they share.
        var keys = await all[1].QueryAsync(db => db.DataProtectionKeys.AsNoTracking().Select(k => k.Xml!).ToListAsync());
        Assert.NotEmpty(keys);
        Assert.All(keys, key => Assert.Contains("EncryptedData", key, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_deactivation_on_one_host_ends_the_sign_in_on_every_host()
    {
        var all = await hosts.StartAsync();
        var cookie = await SignIns.SessionCookieAsync(all[0], DemoUsers.OtherMediator);
        using var api = await all[0].ApiClientAsync(DemoUsers.OtherMediator);
        var token = api.DefaultRequestHeaders.Authorization!.Parameter!;
        Assert.Equal(HttpStatusCode.OK, await SignIns.InboxApiWithTokenAsync(all[1], token));

        using var admin = await all[2].ApiClientAsync(DemoUsers.Admin);
        using var deactivated = await admin.PostJsonAsync($"/api/v1/admin/people/{await all[2].UserIdAsync(DemoUsers.OtherMediator)}/deactivate", new { });
        await deactivated.JsonAsync(HttpStatusCode.OK);

        foreach (var host in all)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, await SignIns.InboxApiWithTokenAsync(host, token));
            Assert.Equal(HttpStatusCode.Redirect, await SignIns.InboxPageWithCookieAsync(host, cookie));
        }
    }

    [Fact]
    public async Task Two_hosts_acting_on_one_case_at_the_same_version_one_wins_and_the_other_gets_a_conflict()
    {
        var all = await hosts.StartAsync();
        var walk = await (await CaseWalk.OpenAsync(all[0])).ToAwaitingConsentAsync();
        using var first = await all[0].ApiClientAsync(DemoUsers.Mediator);
        using var second = await all[1].ApiClientAsync(DemoUsers.Mediator);
        var view = await first.CaseAsync(walk.CaseId);
        var version = view.GetProperty("version").GetInt32();
        var parties = CaseApi.PartyIds(view).ToList();

        var answers = await Task.WhenAll(
            Task.Run(() => first.ActAsync(walk.CaseId, "recordConsent", version, new { party = parties[0].ToString(CultureInfo.InvariantCulture) })),
            Task.Run(() => second.ActAsync(walk.CaseId, "recordConsent", version, new { party = parties[1].ToString(CultureInfo.InvariantCulture) })));

        Assert.Single(answers, a => a.StatusCode == HttpStatusCode.OK);
        var loser = Assert.Single(answers, a => a.StatusCode == HttpStatusCode.Conflict);
        var problem = await loser.ProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal(version + 1, problem["currentVersion"].GetInt32());
        var winner = parties[Array.FindIndex(answers, a => a.StatusCode == HttpStatusCode.OK)];
        var consents = await all[2].QueryAsync(db => db.Consents.AsNoTracking().Where(c => c.CaseId == walk.CaseId).Select(c => c.PartyId).ToListAsync());
        Assert.Equal([winner], consents);
        var history = await all[2].QueryAsync(db => db.CaseEvents.AsNoTracking().Where(e => e.CaseId == walk.CaseId).OrderBy(e => e.Sequence).Select(e => e.Trigger).ToListAsync());
        Assert.Equal(version + 1, history.Count);
        Assert.Equal("recordConsent", history[^1]);
        foreach (var answer in answers)
        {
            answer.Dispose();
        }
    }
}
