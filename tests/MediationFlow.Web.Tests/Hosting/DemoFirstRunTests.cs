using MediationFlow.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MediationFlow.Web.Tests.Hosting;

/// <summary>A demo start keeps the demo dataset as it is: the production start's regions are not added to it.</summary>
public sealed class DemoFirstRunTests(MediationFlowFactory factory) : IClassFixture<MediationFlowFactory>
{
    [Fact]
    public async Task A_demo_database_has_its_people_and_cases_and_not_the_production_regions()
    {
        Assert.NotEqual(0, await factory.QueryAsync(db => db.Cases.CountAsync()));
        Assert.NotEqual(0, await factory.QueryAsync(db => db.Memberships.CountAsync(m => m.User!.UserName == DemoUsers.Chair)));
        Assert.False(await factory.QueryAsync(db => db.Councils.AnyAsync(c => c.Code == "SHY" || c.Code == "ULY")));
        Assert.False(await factory.QueryAsync(db => db.AuditEntries.AnyAsync(e => e.Action == "ImportCouncils")));
    }
}
