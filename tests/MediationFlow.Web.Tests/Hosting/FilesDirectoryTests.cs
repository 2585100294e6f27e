using System.Net;
using MediationFlow.Core.Tests.Infrastructure;
using MediationFlow.Web.Tests.Infrastructure;

namespace MediationFlow.Web.Tests.Hosting;

/// <summary>MediationFlow:FilesDirectory: the case files go to the folder a deployment names, not beside the database.</summary>
public sealed class FilesDirectoryTests : IDisposable
{
    private readonly string _files = Directory.CreateTempSubdirectory("mediationflow-files-").FullName;

    [Fact]
    public async Task A_signed_scan_is_kept_in_the_configured_folder_and_downloaded_from_it()
    {
        await using var factory = new FilesFolderFactory(_files);
        var walk = await CaseWalk.OpenAsync(factory);
        using var mediator = await factory.ApiClientAsync(DemoUsers.Mediator);
        var scan = Scans.Png();

        using var uploaded = await mediator.UploadAsync(walk.CaseId, Uploads.Multipart("signedAgreementOnMediation", scan, "scan.png"));

        var attached = await uploaded.JsonAsync(HttpStatusCode.Created);
        var sha256 = attached.GetProperty("sha256").GetString()!;
        Assert.Equal(scan, await File.ReadAllBytesAsync(Path.Combine(_files, sha256), TestRequests.Ct));
        Assert.False(Directory.Exists(Path.Combine(factory.DataDirectory, "files")) && Directory.EnumerateFiles(Path.Combine(factory.DataDirectory, "files")).Any());
        using var download = await mediator.GetPathAsync($"{CaseApi.CaseUrl(walk.CaseId)}/file/{attached.GetProperty("entryId").GetInt64()}");
        Assert.Equal(scan, await download.Content.ReadAsByteArrayAsync(TestRequests.Ct));
    }

    public void Dispose() => Directory.Delete(_files, recursive: true);

    private sealed class FilesFolderFactory(string files) : MediationFlowFactory
    {
        protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string> { ["MediationFlow:FilesDirectory"] = files };
    }
}
