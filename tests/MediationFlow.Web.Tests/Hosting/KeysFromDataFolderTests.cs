using System.Net;
using MediationFlow.Testing;
using MediationFlow.Web.Hosting;
using MediationFlow.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MediationFlow.Web.Tests.Hosting;

/// <summary>An installation upgraded from the version that kept its sign-in keys in the data folder: nobody is signed out.</summary>
[Trait(TestDatabases.Trait, TestDatabases.SqliteOnly)]
public sealed class KeysFromDataFolderTests : IDisposable
{
    private readonly string _data = Directory.CreateTempSubdirectory("mediationflow-upgrade-").FullName;

    [Fact]
    public async Task Keys_in_the_data_folder_are_carried_into_the_database_once_and_earlier_sign_ins_still_stand()
    {
        DemoDatabase.CopyTo(await DemoDatabase.FolderAsync(), _data);
        string token;
        string cookie;
        await using (var before = new DataFolderHost(_data, keysInFolder: true))
        {
            await before.InitializeAsync();
            using var client = await before.ApiClientAsync(DemoUsers.Mediator);
            token = client.DefaultRequestHeaders.Authorization!.Parameter!;
            cookie = await SignIns.SessionCookieAsync(before, DemoUsers.Chair);
            Assert.Empty(await before.QueryAsync(db => db.DataProtectionKeys.ToListAsync()));
        }

        var folderKeys = Directory.GetFiles(Path.Combine(_data, KeysFromDataFolder.FolderName), "*.xml").Select(f => Path.GetFileNameWithoutExtension(f)).Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(folderKeys);

        await using (var upgraded = new DataFolderHost(_data, keysInFolder: false))
        {
            await upgraded.InitializeAsync();
            Assert.Equal(folderKeys, await upgraded.QueryAsync(db => db.DataProtectionKeys.Select(k => k.FriendlyName!).OrderBy(n => n).ToListAsync()));
            Assert.Equal(HttpStatusCode.OK, await SignIns.InboxApiWithTokenAsync(upgraded, token));
            Assert.Equal(HttpStatusCode.OK, await SignIns.InboxPageWithCookieAsync(upgraded, cookie));
        }

        await using (var restarted = new DataFolderHost(_data, keysInFolder: false))
        {
            await restarted.InitializeAsync();
            Assert.Equal(folderKeys.Count, await restarted.QueryAsync(db => db.DataProtectionKeys.CountAsync()));
            Assert.Equal(HttpStatusCode.OK, await SignIns.InboxApiWithTokenAsync(restarted, token));
        }
    }

    public void Dispose() => MediationFlowFactory.DeleteQuietly(_data);

    /// <summary>A host on a data folder that outlives it; with <c>keysInFolder</c> it keeps its keys as the previous version did.</summary>
    private sealed class DataFolderHost(string data, bool keysInFolder) : MediationFlowFactory
    {
        protected override bool StartFromDemoDatabase => false;

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("MediationFlow:DataDirectory", data);
            if (keysInFolder)
            {
                builder.ConfigureTestServices(services => services.AddDataProtection().PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(data, KeysFromDataFolder.FolderName))));
            }
        }
    }
}
