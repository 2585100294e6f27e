using MediationFlow.Core.Persistence;

namespace MediationFlow.Cli.Data;

/// <summary>
/// Two databases compared as a restore and a copy are verified: the rows of every table, then every case's history
/// by its <see cref="CaseHistoryHash"/>. Each difference is printed, naming the table or the case.
/// </summary>
internal static class Verification
{
    public sealed record Outcome(int Tables, long Rows, int Cases, int Differences);

    public static async Task<Outcome> CompareAsync(MediationDbContext expected, MediationDbContext actual, TextWriter error, CancellationToken cancellationToken)
    {
        var differences = 0;
        var counts = await RowCounts.CountAsync(expected, cancellationToken);
        var actualCounts = (await RowCounts.CountAsync(actual, cancellationToken)).ToDictionary(c => c.Table, c => c.Rows, StringComparer.Ordinal);
        foreach (var (table, rows) in counts)
        {
            var found = actualCounts.GetValueOrDefault(table);
            if (found != rows)
            {
                error.WriteLine(CliMessages.RowsDiffer.Format(table, rows, found));
                differences++;
            }
        }

        var cases = 0;
        await using var theirs = CaseHistoryHash.ComputeAsync(actual, cancellationToken).GetAsyncEnumerator(cancellationToken);
        var other = await theirs.MoveNextAsync() ? theirs.Current : null;
        await foreach (var hash in CaseHistoryHash.ComputeAsync(expected, cancellationToken))
        {
            cases++;
            while (other is not null && other.CaseId < hash.CaseId)
            {
                error.WriteLine(CliMessages.CaseNotExpected.Format(other.Number, other.CaseId));
                differences++;
                other = await theirs.MoveNextAsync() ? theirs.Current : null;
            }

            if (other is null || other.CaseId != hash.CaseId)
            {
                error.WriteLine(CliMessages.CaseMissing.Format(hash.Number, hash.CaseId));
                differences++;
                continue;
            }

            if (other != hash)
            {
                error.WriteLine(CliMessages.HistoryDiffers.Format(hash.Number, hash.CaseId, hash.Events, other.Events));
                differences++;
            }

            other = await theirs.MoveNextAsync() ? theirs.Current : null;
        }

        for (; other is not null; other = await theirs.MoveNextAsync() ? theirs.Current : null)
        {
            error.WriteLine(CliMessages.CaseNotExpected.Format(other.Number, other.CaseId));
            differences++;
        }

        return new Outcome(counts.Count, counts.Sum(c => c.Rows), cases, differences);
    }
}
