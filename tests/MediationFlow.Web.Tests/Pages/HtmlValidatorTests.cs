using Xunit.Sdk;

namespace MediationFlow.Web.Tests.Pages;

/// <summary>The rule for a machine without the HTML validator: skip with the reason on a developer's machine, fail under CI.</summary>
public sealed class HtmlValidatorTests
{
    private const string Missing = "/nonexistent/mediationflow/vnu.jar";

    [Fact]
    public void Missing_validator_skips_with_the_way_to_install_it_outside_CI()
    {
        // Caught by hand: xunit's Assert.Throws lets a skip through, which would skip this test instead of checking it.
        Exception? thrown = null;
        try
        {
            HtmlValidator.Require(Missing, underCi: false);
        }
        catch (SkipException e)
        {
            thrown = e;
        }

        var skipped = Assert.IsType<SkipException>(thrown);
        Assert.Contains(HtmlValidator.Package, skipped.Message, StringComparison.Ordinal);
        Assert.Contains(Missing, skipped.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_validator_fails_under_CI()
    {
        var failed = Assert.Throws<FailException>(() => HtmlValidator.Require(Missing, underCi: true));

        Assert.Contains("CI=true", failed.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Present_validator_is_used()
    {
        var present = typeof(HtmlValidatorTests).Assembly.Location;

        Assert.Equal(present, HtmlValidator.Require(present, underCi: true));
    }
}
