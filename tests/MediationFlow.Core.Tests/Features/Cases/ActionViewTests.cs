using MediationFlow.Core.Tests.Infrastructure;

namespace MediationFlow.Core.Tests.Features.Cases;

/// <summary>
/// The case view says of each action what its page needs to present it: whether it closes the case and
/// whether only the system takes it, as the engine matched the action, so no page looks it up again.
/// </summary>
public sealed class ActionViewTests(SharedApp shared) : IClassFixture<SharedApp>
{
    private readonly TestApp _app = shared.App;

    [Fact]
    public async Task An_action_into_a_terminal_state_closes_the_case_and_others_do_not()
    {
        var driver = await CaseDriver.OpenAsync(_app);

        var actions = (await driver.ViewAsync(_app.Data.MediatorA)).Actions.ToDictionary(a => a.Trigger);

        Assert.True(actions["closeNotMediable"].ClosesCase);
        Assert.False(actions["acceptForMediation"].ClosesCase);
    }

    [Fact]
    public async Task The_deadline_action_is_the_systems_only_and_a_mediators_action_is_not()
    {
        var driver = await CaseDriver.OpenAsync(_app);
        await driver.IntoMediationAsync();

        var actions = (await driver.ViewAsync(_app.Data.MediatorA)).Actions.ToDictionary(a => a.Trigger);

        Assert.Equal((true, false), (actions["deadlinePassed"].SystemOnly, actions["deadlinePassed"].ClosesCase));
        Assert.Equal((false, true), (actions["withdraw"].SystemOnly, actions["withdraw"].ClosesCase));
        Assert.False(actions["scheduleSession"].SystemOnly);
    }
}
