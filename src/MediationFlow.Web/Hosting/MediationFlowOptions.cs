namespace MediationFlow.Web.Hosting;

/// <summary>Settings under "MediationFlow" in configuration.</summary>
public sealed class MediationFlowOptions
{
    public const string Section = "MediationFlow";

    /// <summary>
    /// The data folder: the embedded SQLite database, sign-in keys, councils' own templates and, by default, case files.
    /// Relative paths start at the working directory.
    /// </summary>
    public string DataDirectory { get; set; } = "data";

    /// <summary>
    /// The database engine: <c>Sqlite</c> (the default, a file in the data folder) or <c>PostgreSQL</c>, whose server is
    /// named by the connection string <c>ConnectionStrings:MediationFlow</c> (environment: <c>ConnectionStrings__MediationFlow</c>).
    /// </summary>
    public string? Database { get; set; }

    /// <summary>Folder of workflow definitions; by default the workflows/ folder in or above the working directory, else the one shipped beside the program.</summary>
    public string? WorkflowsDirectory { get; set; }

    /// <summary>How often the timer pump looks for due deadlines and follow-up checks.</summary>
    public int TimerPollSeconds { get; set; } = 30;

    /// <summary>How large a scan or photo of a signed paper may be; larger uploads are refused as they arrive.</summary>
    public long MaxUploadBytes { get; set; } = Core.CaseFiles.CaseFileLimits.DefaultMaxBytes;

    /// <summary>
    /// Folder of the case files (scans of signed papers, kept document versions); by default files/ in the data folder.
    /// A deployment whose database is elsewhere points it at storage every instance shares.
    /// </summary>
    public string? FilesDirectory { get; set; }

    /// <summary>Seed the demo dataset into a new database even outside Development.</summary>
    public bool Demo { get; set; }

    /// <summary>Sign-in attempts (API and login form) one client address may make in a minute.</summary>
    public int SignInsPerMinute { get; set; } = 30;

    /// <summary>Personal access tokens one person may make in an hour.</summary>
    public int TokensPerHour { get; set; } = 10;

    /// <summary>A PKCS#12 (.pfx) file whose certificate encrypts the sign-in keys in the data folder.</summary>
    public string? KeyCertificate { get; set; }

    /// <summary>The password of <see cref="KeyCertificate"/>; from the environment or a secret store, never from a file in the repository.</summary>
    public string? KeyCertificatePassword { get; set; }
}
