using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace MediationFlow.Core.Persistence;

/// <summary>Lets <c>dotnet ef migrations add</c> build the model without starting the web host.</summary>
internal sealed class DesignTimeFactory : IDesignTimeDbContextFactory<MediationDbContext>
{
    public MediationDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<MediationDbContext>().UseSqlite("Data Source=design-time.db").Options);
}
