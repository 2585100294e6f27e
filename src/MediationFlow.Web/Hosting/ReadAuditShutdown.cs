using MediationFlow.Core.Persistence;

namespace MediationFlow.Web.Hosting;

/// <summary>
/// On a clean shutdown, writes the reads still queued for the audit trail, once the server has finished its
/// last requests (every hosted service has stopped) and before the services are disposed.
/// </summary>
public sealed class ReadAuditShutdown(ReadAuditTrail trail) : IHostedLifecycleService
{
    public Task StoppedAsync(CancellationToken cancellationToken) => trail.CompleteAsync();

    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
