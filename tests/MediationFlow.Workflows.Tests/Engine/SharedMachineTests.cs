using static MediationFlow.Workflows.Tests.Engine.Actors;

namespace MediationFlow.Workflows.Tests.Engine;

/// <summary>
/// A definition's Stateless machines are configured once and lent to one call at a time; calls on many cases at once,
/// from many threads, must each see only their own case, exactly as calls one after another do.
/// </summary>
public sealed class SharedMachineTests
{
    private static readonly DateTimeOffset Registered = new(2025, 3, 3, 10, 0, 0, TimeSpan.FromHours(5));

    [Fact]
    public async Task Cases_walked_at_once_on_one_definition_end_as_the_same_walks_taken_one_by_one()
    {
        static string Walk(int i)
        {
            var c = SimulatedCase.Register(ShippedWorkflows.V2, Registered.AddMinutes(i));
            var steps = new List<string> { c.State };

            // Listing the actions borrows a machine too, and gives it back with the case where it was.
            steps.Add(string.Join(',', c.Actions(Mediator).Select(a => $"{a.Transition.Trigger}={a.IsPermitted}")));
            var ended = i % 2 == 0 ? c.ToDrafting() : c.ToInMediation();
            steps.Add($"{ended.State}:{ended.Facts.Dates.Count}");
            return string.Join('|', steps);
        }

        var alone = Enumerable.Range(0, 64).Select(Walk).ToArray();

        var together = await Task.WhenAll(Enumerable.Range(0, 64).Select(i => Task.Run(() => Walk(i))));

        Assert.Equal(alone, together);
        Assert.Contains(alone, w => w.Contains("|draftingAgreement:", StringComparison.Ordinal));
        Assert.Contains(alone, w => w.Contains("|inMediation:", StringComparison.Ordinal));
    }
}
