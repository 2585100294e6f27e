using System.Net;
using MediationFlow.Core.Domain;
using MediationFlow.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using MediationFlow.Testing;

namespace MediationFlow.Web.Tests.Hosting;

/// <summary>The host in Production on an empty folder, without --demo.</summary>
public sealed class ProductionFactory : MediationFlowFactory
{
    protected override string EnvironmentName => "Production";
}

/// <summary>Outside Development, without --demo, a new database gets the top of the council tree, one administrator and nothing of the demo.</summary>
public sealed class ProductionFirstRunTests(ProductionFactory factory) : IClassFixture<ProductionFactory>
{
    [Fact]
    public async Task New_database_has_exactly_one_user_admin()
    {
        var users = await factory.QueryAsync(db => db.Users.Select(u => u.UserName).ToListAsync());

        Assert.Equal(["admin"], users);
    }

    [Fact]
    public async Task New_database_starts_from_the_regions_and_the_cities_of_republican_significance()
    {
        var councils = await factory.QueryAsync(db => db.Councils.OrderBy(c => c.Id).ToListAsync());

        Assert.Equal(
            ["ABA", "AKM", "AKT", "ALM", "ATY", "VOS", "ZHA", "ZHT", "ZAP", "KAR", "KUS", "KZY", "MAN", "PAV", "SEV", "YUZ", "ULY", "AST", "ALA", "SHY"],
            councils.Select(c => c.Code));
        Assert.Equal(17, councils.Count(c => c.Level == CouncilLevel.Region));
        Assert.Equal(["AST", "ALA", "SHY"], councils.Where(c => c.Level == CouncilLevel.RepublicanCity).Select(c => c.Code));
        Assert.All(councils, c => Assert.Equal((null, $"/{c.Id}/"), (c.ParentId, c.Path)));
        Assert.Equal(("Ақмола облысы", "Акмолинская область", "Akmola Region"), councils.Where(c => c.Code == "AKM").Select(c => (c.NameKk, c.NameRu, c.NameEn)).Single());
        Assert.Equal(["ImportCouncils"], await factory.QueryAsync(db => db.AuditEntries.Where(e => e.Changed).Select(e => e.Action).ToListAsync()));
    }

    [Fact]
    public async Task New_database_has_no_demo_cases_or_memberships()
    {
        Assert.Equal(0, await factory.QueryAsync(db => db.Cases.CountAsync()));
        Assert.Empty(await factory.QueryAsync(db => db.Memberships.Where(m => m.User!.UserName != "admin").ToListAsync()));
    }

    [Fact]
    public async Task The_first_administrator_administers_from_the_top_of_the_tree_and_must_replace_the_first_password()
    {
        var top = await factory.QueryAsync(db => db.Councils.Where(c => c.ParentId == null).Select(c => c.Id).OrderBy(id => id).ToListAsync());
        var admin = await factory.QueryAsync(db => db.Users.Include(u => u.Memberships).SingleAsync(u => u.UserName == "admin"));

        Assert.Equal(top, admin.Memberships.Select(m => m.CouncilId).Order());
        Assert.All(admin.Memberships, m => Assert.Equal(CouncilRole.Administrator, m.Role));
        Assert.True(admin.PasswordChangeRequired);
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

    [Trait(TestDatabases.Trait, TestDatabases.SqliteOnly)]
    [Fact]
    public void Database_lives_in_the_configured_data_folder()
    {
        Assert.True(File.Exists(Path.Combine(factory.DataDirectory, MediationFlow.Core.Persistence.Database.FileName)));
    }
}
