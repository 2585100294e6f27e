using MediationFlow.Web.Tests.Infrastructure;

namespace MediationFlow.Web.Tests.Browser;

/// <summary>
/// Browser tests drive Debian's Chromium (Playwright's own browser download does not work here). Without it
/// they skip on a developer's machine, saying why, and fail under CI, where a skipped suite would pass unseen.
/// </summary>
public static class ChromiumPrerequisite
{
    public const string ExecutablePath = "/usr/bin/chromium";

    /// <summary>Returns when Chromium is there; otherwise skips the test, or fails it under CI.</summary>
    public static void Require() => Require(ExecutablePath, Prerequisite.UnderCi);

    public static void Require(string executablePath, bool underCi)
    {
        if (File.Exists(executablePath))
        {
            return;
        }

        Prerequisite.Missing(
            $"Browser tests need Chromium at {executablePath} (Debian package 'chromium': apt-get install chromium; .ci/run installs it as root).",
            "browser", underCi);
    }
}
