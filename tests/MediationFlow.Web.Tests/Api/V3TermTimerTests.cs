using System.Net;
using MediationFlow.Core.Timers;
using MediationFlow.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace MediationFlow.Web.Tests.Api;

/// <summary>
/// Issue 11, point 2 through the API: a case neither settled nor extended is closed as expired by the system once the
/// term and its grace have passed, with the reason recorded, and a reader sees it so through the API.
/// </summary>
public sealed class V3TermTimerTests(V3TermTimerTests.ClockFactory factory) : IClassFixture<V3TermTimerTests.ClockFactory>
{
    [Fact]
    public async Task A_case_whose_term_passed_without_an_extension_is_closed_as_expired_by_the_system()
    {
        var walk = await (await V3Walk.OpenAsync(factory)).ToInMediationAsync();
        var pump = factory.Services.GetRequiredService<TimerPump>();

        // The term is 30 days from the agreement on mediation; the case ends five days after its last day.
        factory.Clock.Advance(TimeSpan.FromDays(30));
        factory.ForgetSignIns();
        await pump.RunOnceAsync(TestContext.Current.CancellationToken);
        Assert.Equal("inMediation", await StateAsync(walk.CaseId));

        factory.Clock.Advance(TimeSpan.FromDays(6));
        await pump.RunOnceAsync(TestContext.Current.CancellationToken);

        // Signed in again: a sign-in from 36 days ago has long expired.
        factory.ForgetSignIns();
        using var chair = await factory.ApiClientAsync(DemoUsers.Chair);
        var view = await chair.CaseAsync(walk.CaseId);
        Assert.Equal(("expired", "termExpired", true), (view.GetProperty("state").GetString(), view.GetProperty("outcomeReason").GetString(), view.GetProperty("isClosed").GetBoolean()));
        using var history = await chair.GetPathAsync($"{CaseApi.CaseUrl(walk.CaseId)}/history");
        var last = (await history.JsonAsync(HttpStatusCode.OK)).EnumerateArray().Last();
        Assert.Equal(("expire", "inMediation", "expired"), (last.GetProperty("trigger").GetString(), last.GetProperty("fromState").GetString(), last.GetProperty("toState").GetString()));

        async Task<string?> StateAsync(long caseId)
        {
            using var reader = await factory.ApiClientAsync(DemoUsers.Chair);
            return (await reader.CaseAsync(caseId)).GetProperty("state").GetString();
        }
    }

    /// <summary>The demo host on version 3 with a clock the test moves.</summary>
    public sealed class ClockFactory : MediationFlowFactory
    {
        public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

        protected override int CaseVersion => 3;

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
        }
    }
}
