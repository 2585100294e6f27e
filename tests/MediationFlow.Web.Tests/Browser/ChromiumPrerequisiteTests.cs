using MediationFlow.Web.Tests.Infrastructure;
using Xunit.Sdk;

namespace MediationFlow.Web.Tests.Browser;

/// <summary>The rule for a machine without Chromium: skip with the reason on a developer's machine, fail under CI.</summary>
public sealed class ChromiumPrerequisiteTests
{
    private const string Missing = "/nonexistent/mediationflow/chromium";

    [Fact]
    public void Missing_browser_skips_with_the_reason_outside_CI()
    {
        // Caught by hand: xunit's Assert.Throws lets a skip through, which would skip this test instead of checking it.
        Exception? thrown = null;
        try
        {
            ChromiumPrerequisite.Require(Missing, underCi: false);
        }
        catch (SkipException e)
        {
            thrown = e;
        }

        var skipped = Assert.IsType<SkipException>(thrown);

        Assert.Contains(Missing, skipped.Message, StringComparison.Ordinal);
        Assert.Contains("apt-get install chromium", skipped.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_browser_fails_under_CI()
    {
        var failed = Assert.Throws<FailException>(() => ChromiumPrerequisite.Require(Missing, underCi: true));

        Assert.Contains(Missing, failed.Message, StringComparison.Ordinal);
        Assert.Contains("CI=true", failed.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Present_browser_lets_the_test_run()
    {
        // Any file that exists stands for the browser here; whether Chromium itself is installed is not this test's business.
        var present = typeof(ChromiumPrerequisiteTests).Assembly.Location;

        ChromiumPrerequisite.Require(present, underCi: true);
        ChromiumPrerequisite.Require(present, underCi: false);
    }

    [Theory]
    [InlineData("true", true)]
    [InlineData("TRUE", true)]
    [InlineData("1", true)]
    [InlineData("false", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void CI_is_read_from_the_environment_value(string? value, bool expected) =>
        Assert.Equal(expected, Prerequisite.IsCi(value));
}
