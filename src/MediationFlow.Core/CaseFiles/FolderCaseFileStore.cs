namespace MediationFlow.Core.CaseFiles;

/// <summary>
/// Case files as files named by their hash in one folder. Each is written to a temporary file beside it and then moved
/// into place, so a reader never sees half a file and a crash leaves at most a temporary file, never a wrong one.
/// </summary>
public sealed class FolderCaseFileStore(string folder) : ICaseFileStore
{
    /// <summary>The folder under the data folder that holds the files.</summary>
    public const string FolderName = "files";

    public string Folder { get; } = folder;

    public async Task SaveAsync(string sha256, ReadOnlyMemory<byte> content, CancellationToken cancellationToken)
    {
        var target = PathOf(sha256);
        if (File.Exists(target))
        {
            return;
        }

        Directory.CreateDirectory(Folder);
        var temporary = Path.Combine(Folder, $".{sha256}.{Guid.NewGuid():N}.tmp");
        try
        {
            await using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, FileOptions.Asynchronous))
            {
                await file.WriteAsync(content, cancellationToken);
                await file.FlushAsync(cancellationToken);
                file.Flush(flushToDisk: true);
            }

            File.Move(temporary, target, overwrite: false);
        }
        catch (IOException) when (File.Exists(target))
        {
            // Another request stored the same bytes first: the content is the same, so theirs will do.
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    public async Task<byte[]?> ReadAsync(string sha256, CancellationToken cancellationToken)
    {
        var path = PathOf(sha256);
        return File.Exists(path) ? await File.ReadAllBytesAsync(path, cancellationToken) : null;
    }

    /// <summary>Only a hash names a file, so no name can reach outside the folder.</summary>
    private string PathOf(string sha256) =>
        sha256.Length == 64 && sha256.All(char.IsAsciiHexDigitLower)
            ? Path.Combine(Folder, sha256)
            : throw new ArgumentException("Not a lower-case SHA-256.", nameof(sha256));
}
