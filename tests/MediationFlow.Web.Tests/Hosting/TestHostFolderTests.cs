using MediationFlow.Web.Tests.Infrastructure;
using MediationFlow.Testing;

namespace MediationFlow.Web.Tests.Hosting;

/// <summary>A test run leaves no data folders behind: each test host deletes its own when disposed.</summary>
[Trait(TestDatabases.Trait, TestDatabases.SqliteOnly)]
public sealed class TestHostFolderTests
{
    [Fact]
    public async Task Disposing_a_test_host_deletes_its_data_folder()
    {
        var factory = new MediationFlowFactory();
        await factory.InitializeAsync();
        Assert.True(File.Exists(Path.Combine(factory.DataDirectory, MediationFlow.Core.Persistence.Database.FileName)));

        await factory.DisposeAsync();

        Assert.False(Directory.Exists(factory.DataDirectory));
    }
}
