using System.Xml.Linq;
using MediationFlow.Core.Persistence;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace MediationFlow.Web.Hosting;

/// <summary>
/// Versions before the keys moved into the database kept them in the data folder's keys/. Carried into the
/// database once, when it holds none yet, so the cookies and tokens those keys protect stay valid after the upgrade.
/// </summary>
public static class KeysFromDataFolder
{
    public const string FolderName = "keys";

    /// <summary>Copies the folder's keys as they are (encrypted ones stay encrypted); returns how many.</summary>
    public static async Task<int> CarryOverAsync(MediationDbContext db, string dataDirectory, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var folder = new DirectoryInfo(Path.Combine(dataDirectory, FolderName));
        if (!folder.Exists || await db.DataProtectionKeys.AnyAsync(cancellationToken))
        {
            return 0;
        }

        // The same file names and XML the file-system repository wrote, in the form the database repository stores.
        var keys = folder.GetFiles("*.xml").OrderBy(f => f.Name, StringComparer.Ordinal).Select(f => new DataProtectionKey
        {
            FriendlyName = Path.GetFileNameWithoutExtension(f.Name),
            Xml = XElement.Load(f.FullName).ToString(SaveOptions.DisableFormatting),
        }).ToList();
        db.DataProtectionKeys.AddRange(keys);
        await db.SaveChangesAsync(cancellationToken);
        return keys.Count;
    }
}
