namespace MediationFlow.Core.CaseFiles;

/// <summary>How large a scan or photo may be; a host sets it from its configuration.</summary>
public sealed record CaseFileLimits(long MaxBytes = CaseFileLimits.DefaultMaxBytes)
{
    /// <summary>Ten megabytes: a multi-page scan at 300 dpi, and a phone's photo, fit well below it.</summary>
    public const long DefaultMaxBytes = 10 * 1024 * 1024;

    public double MaxMegabytes => MaxBytes / 1024d / 1024d;
}
