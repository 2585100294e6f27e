namespace MediationFlow.Core.CaseFiles;

/// <summary>
/// Where the bytes of case files live, by their SHA-256: the data folder for the embedded database; a deployment on
/// PostgreSQL may put them in the database server's storage or a shared folder instead.
/// </summary>
public interface ICaseFileStore
{
    /// <summary>Keeps the bytes under their hash; storing the same bytes again changes nothing.</summary>
    Task SaveAsync(string sha256, ReadOnlyMemory<byte> content, CancellationToken cancellationToken);

    /// <summary>The stored bytes, or null when nothing is stored under the hash.</summary>
    Task<byte[]?> ReadAsync(string sha256, CancellationToken cancellationToken);
}
