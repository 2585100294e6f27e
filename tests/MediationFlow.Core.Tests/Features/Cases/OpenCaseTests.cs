using MediationFlow.Core.Domain;
using MediationFlow.Core.Errors;
using MediationFlow.Core.Features.Cases;
using MediationFlow.Core.Tests.Infrastructure;
using MediationFlow.Workflows.Engine;
using Microsoft.EntityFrameworkCore;

namespace MediationFlow.Core.Tests.Features.Cases;

public sealed class OpenCaseTests
{
    [Fact]
    public async Task A_mediator_registers_a_case_that_starts_on_the_latest_definition_with_a_numbered_history()
    {
        await using var app = await TestApp.StartAsync();

        var driver = await CaseDriver.OpenAsync(app);
        var second = await CaseDriver.OpenAsync(app);

        var view = await driver.ViewAsync(app.Data.MediatorA);
        Assert.Equal("registered", view.State);
        Assert.Equal("AKM-01-2026-0001", view.Number);
        Assert.Equal(TestApp.Workflows.Latest("community-mediation").Definition.Version, view.DefinitionVersion);
        Assert.Equal("AKM-01-2026-0002", (await second.ViewAsync(app.Data.MediatorA)).Number);
        var events = await app.WithDbAsync(db => db.CaseEvents.Where(e => e.CaseId == driver.CaseId).ToListAsync());
        var opened = Assert.Single(events);
        Assert.Equal((null, "registered", 1), (opened.FromState, opened.ToState, opened.Sequence));
    }

    [Fact]
    public async Task A_member_of_another_council_cannot_register_a_case_there()
    {
        await using var app = await TestApp.StartAsync();

        await Assert.ThrowsAsync<ForbiddenException>(() => CaseDriver.OpenAsync(app, by: app.Data.MediatorB));

        Assert.Equal(0, await app.WithDbAsync(db => db.Cases.CountAsync()));
    }

    [Fact]
    public async Task An_invalid_IIN_is_refused_naming_the_field()
    {
        await using var app = await TestApp.StartAsync();

        var refused = await Assert.ThrowsAsync<ValidationFailedException>(() => app.SendAsync<OpenCase.Opened>(app.Data.MediatorA, new OpenCase.Command(
            app.Data.CouncilA, DisputeCategory.Labour, "Unpaid wages", false, false, false,
            [new PartyDetails(PartyRole.Applicant, "A", Iin: "123456789012"), new PartyDetails(PartyRole.Respondent, "B")]), culture: "ru"));

        var error = Assert.Single(refused.Errors);
        Assert.Equal("parties[0].iin", error.Field);
        Assert.Contains("ИИН", error.Message, StringComparison.Ordinal);
    }
}
