using MediationFlow.Core.Errors;
using MediationFlow.Core.Tests.Infrastructure;

namespace MediationFlow.Core.Tests.Features.Intake;

public sealed class DeclareNoConflictTests(SharedApp shared) : IClassFixture<SharedApp>
{
    private readonly TestApp _app = shared.App;

    [Fact]
    public async Task The_assigned_mediator_declares_no_conflict_and_the_declaration_is_kept_on_record()
    {
        var d = _app.Data;
        var driver = await CaseDriver.OpenAsync(_app);
        await driver.ToAwaitingDeclarationAsync();

        var taken = await driver.TakeAsync(d.MediatorA, "declareNoConflict", ("declaration", "true"));

        Assert.Equal(("awaitingDeclaration", "awaitingConsent"), (taken.FromState, taken.State));
        var declaration = Assert.Single((await driver.StoredAsync()).Declarations);
        Assert.Equal((d.MediatorA, false, _app.Time.GetUtcNow()), (declaration.MediatorId, declaration.Recused, declaration.DeclaredAt));
    }

    [Theory]
    [InlineData("false")]
    [InlineData("")]
    [InlineData(null)]
    public async Task The_declaration_must_be_ticked(string? ticked)
    {
        var d = _app.Data;
        var driver = await CaseDriver.OpenAsync(_app);
        await driver.ToAwaitingDeclarationAsync();

        var refused = await driver.RefusedAsync<ValidationFailedException>(d.MediatorA, "declareNoConflict", ("declaration", ticked));

        var error = Assert.Single(refused.Errors);
        Assert.Equal(("input.declaration", "mustConfirm"), (error.Field, error.Code));
        Assert.Empty((await driver.StoredAsync()).Declarations);
    }

    [Fact]
    public async Task The_chair_cannot_declare_for_the_mediator()
    {
        var driver = await CaseDriver.OpenAsync(_app);
        await driver.ToAwaitingDeclarationAsync();

        var refused = await driver.RefusedAsync<ActionRefusedException>(_app.Data.ChairA, "declareNoConflict", ("declaration", "true"));

        Assert.True(refused.OnlyRoleBlocks);
    }

    [Fact]
    public async Task Another_mediator_of_the_council_does_not_even_see_the_case()
    {
        var driver = await CaseDriver.OpenAsync(_app);
        await driver.ToAwaitingDeclarationAsync();

        await driver.RefusedAsync<NotFoundException>(_app.Data.MediatorA2, "declareNoConflict", ("declaration", "true"));
    }
}
