namespace MediationFlow.Web.Tests.Infrastructure;

/// <summary>
/// A program some tests need (Chromium, the OpenAPI linter, the HTML checker). Without it they skip on a
/// developer's machine, saying why, and fail under CI, where a skipped check would pass unseen.
/// </summary>
public static class Prerequisite
{
    /// <summary>CI sets CI=true (.ci/run does, and so do the usual CI services).</summary>
    public static bool IsCi(string? value) =>
        string.Equals(value, "true", StringComparison.OrdinalIgnoreCase) || value == "1";

    public static bool UnderCi => IsCi(Environment.GetEnvironmentVariable("CI"));

    /// <summary>Skips the test with <paramref name="reason"/>, or fails it under CI.</summary>
    public static void Missing(string reason, string check, bool underCi)
    {
        if (underCi)
        {
            Assert.Fail($"{reason} CI=true, so a missing {check} fails the run instead of being skipped.");
        }

        Assert.Skip(reason);
    }
}
