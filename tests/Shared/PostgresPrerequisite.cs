namespace MediationFlow.Testing;

/// <summary>
/// Tests that need PostgreSQL itself (several hosts on one database, a copy to PostgreSQL, row locks). Without a
/// server they skip on a developer's machine, saying why, and fail under CI, where a skipped test would pass unseen.
/// </summary>
public static class PostgresPrerequisite
{
    /// <summary>The server's connection string (a user that may create databases); otherwise skips the test, or fails it under CI.</summary>
    public static string Require() =>
        Require(Environment.GetEnvironmentVariable(TestDatabases.ServerVariable), IsCi(Environment.GetEnvironmentVariable("CI")));

    public static string Require(string? server, bool underCi)
    {
        if (!string.IsNullOrWhiteSpace(server))
        {
            return server;
        }

        var reason = $"This test needs a PostgreSQL server: set {TestDatabases.ServerVariable} to a connection string whose user may create databases, "
            + "e.g. Host=127.0.0.1;Port=5432;Username=postgres (Debian package 'postgresql'; .ci/run starts a throwaway cluster).";
        if (underCi)
        {
            Assert.Fail($"{reason} CI=true, so a missing server fails the run instead of being skipped.");
        }

        Assert.Skip(reason);
        return server!;
    }

    /// <summary>CI sets CI=true (.ci/run does, and so do the usual CI services).</summary>
    public static bool IsCi(string? value) =>
        string.Equals(value, "true", StringComparison.OrdinalIgnoreCase) || value == "1";
}
