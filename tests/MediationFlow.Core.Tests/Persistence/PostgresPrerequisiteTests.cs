using MediationFlow.Testing;
using Xunit.Sdk;

namespace MediationFlow.Core.Tests.Persistence;

/// <summary>The rule for a machine without a PostgreSQL server: skip with the reason on a developer's machine, fail under CI.</summary>
public sealed class PostgresPrerequisiteTests
{
    [Fact]
    public void A_missing_server_skips_with_the_reason_outside_CI()
    {
        // Caught by hand: xunit's Assert.Throws lets a skip through, which would skip this test instead of checking it.
        Exception? thrown = null;
        try
        {
            PostgresPrerequisite.Require(server: null, underCi: false);
        }
        catch (SkipException e)
        {
            thrown = e;
        }

        var skipped = Assert.IsType<SkipException>(thrown);
        Assert.Contains(TestDatabases.ServerVariable, skipped.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_server_fails_under_CI()
    {
        var failed = Assert.Throws<FailException>(() => PostgresPrerequisite.Require(server: " ", underCi: true));

        Assert.Contains(TestDatabases.ServerVariable, failed.Message, StringComparison.Ordinal);
        Assert.Contains("CI=true", failed.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_named_server_lets_the_test_run()
    {
        const string server = "Host=127.0.0.1;Port=5432;Username=postgres";

        Assert.Equal(server, PostgresPrerequisite.Require(server, underCi: true));
        Assert.Equal(server, PostgresPrerequisite.Require(server, underCi: false));
    }

    [Theory]
    [InlineData("true", true)]
    [InlineData("1", true)]
    [InlineData("false", false)]
    [InlineData(null, false)]
    public void CI_is_read_from_the_environment_value(string? value, bool expected) =>
        Assert.Equal(expected, PostgresPrerequisite.IsCi(value));
}
