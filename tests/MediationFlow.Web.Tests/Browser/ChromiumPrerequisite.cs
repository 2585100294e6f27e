namespace MediationFlow.Web.Tests.Browser;

/// <summary>
/// Browser tests drive Debian's Chromium (Playwright's own browser download does not work here). Without it
/// they skip on a developer's machine, saying why, and fail under CI, where a skipped suite would pass unseen.
/// </summary>
public static class ChromiumPrerequisite
{
    public const string ExecutablePath = "/usr/bin/chromium";

    /// <summary>CI sets CI=true (.ci/run does, and so do the usual CI services).</summary>
    public static bool IsCi(string? value) =>
        string.Equals(value, "true", StringComparison.OrdinalIgnoreCase) || value == "1";

    /// <summary>Returns when Chromium is there; otherwise skips the test, or fails it under CI.</summary>
    public static void Require() => Require(ExecutablePath, IsCi(Environment.GetEnvironmentVariable("CI")));

    public static void Require(string executablePath, bool underCi)
    {
        if (File.Exists(executablePath))
        {
            return;
        }

        var reason = $"Browser tests need Chromium at {executablePath} (Debian package 'chromium': apt-get install chromium; .ci/run installs it as root).";
        if (underCi)
        {
            Assert.Fail(reason + " CI=true, so a missing browser fails the run instead of skipping the browser tests.");
        }

        Assert.Skip(reason);
    }
}
