using System.Net;
using MediationFlow.Web.Hosting;
using MediationFlow.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MediationFlow.Web.Tests.Observability;

/// <summary>
/// Liveness (/healthz: the process answers) and readiness (/healthz/ready: it can also query its database), open to a
/// load balancer without signing in.
/// </summary>
public sealed class HealthCheckTests
{
    [Fact]
    public async Task A_host_with_its_database_is_live_and_ready()
    {
        await using var factory = new MediationFlowFactory();
        using var balancer = factory.Anonymous();

        using var live = await balancer.GetPathAsync(Telemetry.LivePath);
        using var ready = await balancer.GetPathAsync(Telemetry.ReadyPath);

        Assert.Equal((HttpStatusCode.OK, "Healthy"), (live.StatusCode, await live.Content.ReadAsStringAsync(TestRequests.Ct)));
        Assert.Equal((HttpStatusCode.OK, "Healthy"), (ready.StatusCode, await ready.Content.ReadAsStringAsync(TestRequests.Ct)));
    }

    [Fact]
    public async Task A_host_whose_database_cannot_answer_is_not_ready_but_still_live()
    {
        await using var factory = new MediationFlowFactory();
        using var balancer = factory.Anonymous();
        await factory.QueryAsync(db => db.Database.ExecuteSqlRawAsync("ALTER TABLE \"Councils\" RENAME TO \"CouncilsGone\"", TestRequests.Ct));

        using var ready = await balancer.GetPathAsync(Telemetry.ReadyPath);
        using var live = await balancer.GetPathAsync(Telemetry.LivePath);

        Assert.Equal((HttpStatusCode.ServiceUnavailable, "Unhealthy"), (ready.StatusCode, await ready.Content.ReadAsStringAsync(TestRequests.Ct)));
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
    }
}
