using MediationFlow.Core.Tests.Infrastructure;

namespace MediationFlow.Core.Tests.BadInput;

/// <summary>Runs a command that must be refused and proves, row by row, that the database is as it was.</summary>
internal static class NothingChanged
{
    public static async Task<TException> RefusedAsync<TException>(TestApp app, Func<Task> command)
        where TException : Exception
    {
        var before = await DatabaseDump.RowsAsync(app);
        // A dump of an empty database would prove nothing; the tests arrange a case first.
        foreach (var table in new[] { "Cases", "Parties", "CaseEvents", "Councils", "AspNetUsers" })
        {
            Assert.Contains(before, row => row.StartsWith(table + ":", StringComparison.Ordinal));
        }

        var refused = await Assert.ThrowsAsync<TException>(command);

        Assert.Equal(before, await DatabaseDump.RowsAsync(app));
        return refused;
    }
}
