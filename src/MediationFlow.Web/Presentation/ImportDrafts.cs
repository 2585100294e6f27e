using System.Security.Cryptography;
using System.Text.RegularExpressions;
using MediationFlow.Web.Hosting;

namespace MediationFlow.Web.Presentation;

/// <summary>
/// A file checked in the browser, kept in the data folder until the administrator imports it, so that "Import now"
/// applies exactly the file that was checked without uploading it again. A draft is removed once imported; drafts left for a day
/// are removed when the next one is kept.
/// </summary>
public sealed partial class ImportDrafts(MediationFlowOptions options, TimeProvider time)
{
    private static readonly TimeSpan KeptFor = TimeSpan.FromDays(1);

    private string Folder => Path.Combine(options.DataDirectory, "import-drafts");

    /// <summary>Keeps the file and returns the id the page carries to the import: random, so nobody can guess another's.</summary>
    public async Task<string> KeepAsync(ImportUpload.UploadedFile file, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        Directory.CreateDirectory(Folder);
        foreach (var old in new DirectoryInfo(Folder).GetFiles().Where(f => f.LastWriteTimeUtc < time.GetUtcNow().UtcDateTime - KeptFor))
        {
            old.Delete();
        }

        var id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        await File.WriteAllBytesAsync(Path.Combine(Folder, id + Path.GetExtension(file.Name).ToLowerInvariant()), file.Content, cancellationToken);
        return id;
    }

    /// <summary>The kept file; null when the id is not one (already imported, expired, made up).</summary>
    public async Task<ImportUpload.UploadedFile?> FindAsync(string? id, string? name, CancellationToken cancellationToken) =>
        PathOf(id, name) is { } path && File.Exists(path) ? new(Path.GetFileName(name!), await File.ReadAllBytesAsync(path, cancellationToken)) : null;

    /// <summary>Once imported, the draft is gone: importing it again means checking the file again.</summary>
    public void Remove(string? id, string? name)
    {
        if (PathOf(id, name) is { } path)
        {
            File.Delete(path);
        }
    }

    private string? PathOf(string? id, string? name) =>
        id is not null && DraftId().IsMatch(id) && name is not null && ImportUpload.FormatOf(name) is not null
            ? Path.Combine(Folder, id + Path.GetExtension(name).ToLowerInvariant())
            : null;

    [GeneratedRegex("^[0-9a-f]{32}$")]
    private static partial Regex DraftId();
}
