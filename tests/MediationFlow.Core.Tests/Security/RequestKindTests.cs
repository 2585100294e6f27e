using MediationFlow.Core.Security;
using Mediator;

namespace MediationFlow.Core.Tests.Security;

public sealed class RequestKindTests
{
    private static readonly Type[] Kinds = [typeof(ICaseRequest), typeof(ICouncilCaseworkRequest), typeof(ISignedInRequest), typeof(ISystemRequest)];

    [Fact]
    public void Every_request_in_the_core_assembly_declares_exactly_one_kind_of_sender()
    {
        var requests = typeof(DependencyInjection).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IMessage).IsAssignableFrom(t))
            .ToList();

        // The authorization behaviour throws for a request without a kind; this catches it before a user does.
        Assert.NotEmpty(requests);
        Assert.All(requests, t => Assert.True(
            Kinds.Count(k => k.IsAssignableFrom(t)) == 1,
            $"{t.FullName} implements {Kinds.Count(k => k.IsAssignableFrom(t))} of the request-kind interfaces in Security/RequestKinds.cs"));
    }
}
