using MediationFlow.Core.Security;
using Mediator;

namespace MediationFlow.Core.Features.Administration;

/// <summary>
/// The door to administration for what reads a file before it has a request to send (an upload, a template): an
/// administrator passes, anyone else is refused as every administration request refuses them, before their file is read.
/// </summary>
public static class EnterAdministration
{
    public sealed record Query : IQuery<bool>, IAdministrationRequest;

    public sealed class Handler : IQueryHandler<Query, bool>
    {
        public ValueTask<bool> Handle(Query query, CancellationToken cancellationToken) => ValueTask.FromResult(true);
    }
}
