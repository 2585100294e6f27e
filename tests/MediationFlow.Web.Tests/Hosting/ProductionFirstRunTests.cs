using System.Net;
using MediationFlow.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MediationFlow.Web.Tests.Hosting;

/// <summary>The host in Production on an empty folder, without --demo.</summary>
public sealed class ProductionFactory : MediationFlowFactory
{
    protected override string EnvironmentName => "Production";
}

/// <summary>Outside Development, without --demo, a new database gets one administrator and nothing of the demo.</summary>
public sealed class ProductionFirstRunTests(ProductionFactory factory) : IClassFixture<ProductionFactory>
{
    [Fact]
    public async Task New_database_has_exactly_one_user_admin()
    {
        var users = await factory.QueryAsync(db => db.Users.Select(u => u.UserName).ToListAsync());

        Assert.Equal(["admin"], users);
    }

    [Fact]
    public async Task New_database_has_no_demo_councils_cases_or_memberships()
    {
        Assert.Equal(0, await factory.QueryAsync(db => db.Councils.CountAsync()));
        Assert.Equal(0, await factory.QueryAsync(db => db.Cases.CountAsync()));
        Assert.Equal(0, await factory.QueryAsync(db => db.Memberships.CountAsync()));
    }

    [Theory]
    [InlineData(DemoUsers.Admin)]
    [InlineData(DemoUsers.Chair)]
    [InlineData(DemoUsers.Mediator)]
    public async Task Demo_password_signs_nobody_in(string user)
    {
        using var anonymous = factory.Anonymous();

        using var response = await anonymous.PostJsonAsync("/api/v1/auth/login", new { userName = user, password = DemoUsers.Password });

        await response.ProblemAsync(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public void Database_lives_in_the_configured_data_folder()
    {
        Assert.True(File.Exists(Path.Combine(factory.DataDirectory, MediationFlow.Core.Persistence.Database.FileName)));
    }
}
