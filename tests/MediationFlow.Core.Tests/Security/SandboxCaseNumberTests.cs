using MediationFlow.Core.Features.Cases;
using MediationFlow.Core.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MediationFlow.Core.Tests.Security;

/// <summary>A council's case numbers count its real cases only: a workshop filed under the council takes none of them.</summary>
public sealed class SandboxCaseNumberTests
{
    [Fact]
    public async Task Sandbox_cases_do_not_consume_the_councils_case_numbers()
    {
        await using var app = await TestApp.StartAsync();
        var first = await CaseDriver.OpenAsync(app);
        Assert.Equal("AKM-01-2026-0001", (await app.CaseRowAsync(first.CaseId)).Number);

        // Three sandbox cases of council A: two at the start, one for a team added while it runs.
        var workshop = await WorkshopDriver.StartedWithTwoTeamsAsync(app);
        await workshop.AddTeamAsync("Team 3", "trainee.a");
        Assert.Equal(3, await app.WithDbAsync(db => db.Cases.CountAsync(c => c.WorkshopId == workshop.Id && c.CouncilId == app.Data.CouncilA)));

        var next = await app.SendAsync<OpenCase.Opened>(app.Data.MediatorA, new OpenCase.Command(
            app.Data.CouncilA, Domain.DisputeCategory.Consumer, "A refund refused", false, false, false,
            [new PartyDetails(Workflows.Engine.PartyRole.Applicant, "Aliya"), new PartyDetails(Workflows.Engine.PartyRole.Respondent, "Shop")]));

        Assert.Equal("AKM-01-2026-0002", next.Number);
        Assert.Equal(2, await app.WithDbAsync(db => db.CaseNumberCounters.Where(c => c.CouncilId == app.Data.CouncilA).Select(c => c.LastNumber).SingleAsync()));
    }
}
