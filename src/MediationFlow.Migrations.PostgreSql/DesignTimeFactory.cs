using MediationFlow.Core.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace MediationFlow.Migrations.PostgreSql;

/// <summary>
/// Lets <c>dotnet ef migrations add &lt;Name&gt; --project src/MediationFlow.Migrations.PostgreSql --startup-project
/// src/MediationFlow.Migrations.PostgreSql</c> build the PostgreSQL model without a server or a host.
/// </summary>
internal sealed class DesignTimeFactory : IDesignTimeDbContextFactory<MediationDbContext>
{
    public MediationDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<MediationDbContext>()
            .UseNpgsql("Host=localhost;Database=mediationflow", npgsql => npgsql.MigrationsAssembly(DatabaseSettings.PostgreSqlMigrationsAssembly))
            .Options);
}
