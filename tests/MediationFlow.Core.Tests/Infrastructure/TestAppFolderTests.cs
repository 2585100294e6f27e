using MediationFlow.Testing;

namespace MediationFlow.Core.Tests.Infrastructure;

/// <summary>A test run leaves no data folders behind, also when a test restarts the app on its folder.</summary>
[Trait(TestDatabases.Trait, TestDatabases.SqliteOnly)]
public sealed class TestAppFolderTests
{
    [Fact]
    public async Task Disposing_the_app_deletes_its_data_folder()
    {
        var app = await TestApp.StartAsync();
        Assert.True(File.Exists(app.DatabasePath));

        await app.DisposeAsync();

        Assert.False(Directory.Exists(app.Folder));
    }

    [Fact]
    public async Task A_restart_keeps_the_folder_and_the_restarted_app_deletes_it()
    {
        var app = await TestApp.StartAsync();
        await using var second = await app.OpenSecondInstanceAsync();

        var restarted = await app.RestartAsync();
        Assert.Equal(app.Folder, restarted.Folder);
        Assert.True(File.Exists(restarted.DatabasePath));
        await second.DisposeAsync();
        Assert.True(File.Exists(restarted.DatabasePath));

        await restarted.DisposeAsync();

        Assert.False(Directory.Exists(app.Folder));
    }
}
