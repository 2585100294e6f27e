using MediationFlow.Core.Security;
using Mediator;

namespace MediationFlow.Core.Tests.Security;

public sealed class RequestKindTests
{
    /// <summary>
    /// The kinds of sender the authorization behaviour knows: every I*Request interface of the security
    /// namespace, found rather than listed, so a new kind is covered the day it is added.
    /// </summary>
    private static readonly Type[] Kinds = [.. typeof(ICaseRequest).Assembly.GetTypes()
        .Where(t => t is { IsInterface: true, Namespace: "MediationFlow.Core.Security" }
            && t.Name.StartsWith('I') && t.Name.EndsWith("Request", StringComparison.Ordinal))];

    [Fact]
    public void The_kinds_are_found_in_the_security_namespace()
    {
        // Guards the discovery above: if it found nothing (a rename, a moved namespace), the test below would
        // fail for every request, but for the wrong reason; this names the reason.
        Assert.Contains(typeof(ICaseRequest), Kinds);
        Assert.Contains(typeof(IWorkshopParticipantRequest), Kinds);
        Assert.Contains(typeof(ICouncilMemberRequest), Kinds);
        Assert.Contains(typeof(ISystemRequest), Kinds);
    }

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
