using MediationFlow.Core.Seeding;
using MediationFlow.Core.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace MediationFlow.Core.Tests.Seeding;

/// <summary>The production start seeds the regions only into a database without councils (an empty one: see the web host's first-run tests).</summary>
public sealed class ProductionStartTests
{
    [Fact]
    public async Task A_tree_already_in_the_database_is_left_as_it_is()
    {
        await using var app = await TestApp.StartAsync();
        var before = await DatabaseDump.RowsAsync(app);

        await using (var scope = app.Services.CreateAsyncScope())
        {
            await ProductionStart.SeedAsync(scope.ServiceProvider, CancellationToken.None);
        }

        Assert.Equal(before, await DatabaseDump.RowsAsync(app));
    }
}
