using MediationFlow.Workflows.Engine;

namespace MediationFlow.Workflows.Tests.Engine;

/// <summary>
/// Registering a case tells the chair; a dispute between communities (a category listed in
/// settings.sensitiveCategories) must reach the chair at once as well.
/// </summary>
public sealed class RegistrationNotificationTests
{
    private static readonly DateTimeOffset Registered = new(2025, 3, 3, 10, 0, 0, TimeSpan.FromHours(5));

    [Fact]
    public void A_sensitive_category_adds_the_sensitive_case_notice_to_the_chair()
    {
        var c = SimulatedCase.Register(ShippedWorkflows.V1, Registered, category: "communityTension");

        Assert.Equal([("chair", "caseRegistered"), ("chair", "sensitiveCase")], Notices(c));
        Assert.Equal(
            "Attention: a case about tension between communities",
            c.StartEffects.OfType<Notify>().Single(n => n.Template == "sensitiveCase").Message.En);
    }

    [Theory]
    [InlineData("family")]
    [InlineData("neighbours")]
    [InlineData("CommunityTension")]
    [InlineData(null)]
    public void Other_categories_notify_only_that_a_case_was_registered(string? category)
    {
        var c = SimulatedCase.Register(ShippedWorkflows.V1, Registered, category: category);

        Assert.Equal([("chair", "caseRegistered")], Notices(c));
    }

    [Fact]
    public void Registration_starts_no_timer()
    {
        var c = SimulatedCase.Register(ShippedWorkflows.V1, Registered, category: "communityTension");

        Assert.All(c.StartEffects, e => Assert.IsType<Notify>(e));
    }

    private static (string Role, string Template)[] Notices(SimulatedCase c) =>
        [.. c.StartEffects.OfType<Notify>().Select(n => (n.Role, n.Template))];
}
