using MediationFlow.Core.Errors;

namespace MediationFlow.Core.Features.Administration;

/// <summary>What an import found: every problem, and for each row whether it adds, changes or leaves a record as it is.</summary>
public sealed record ImportReport(IReadOnlyList<ImportProblem> Problems, IReadOnlyList<ImportOutcome> Rows)
{
    public int Count(ImportChange change) => Rows.Count(r => r.Change == change);

    /// <summary>Applying a file with problems changes nothing: the whole file is refused, each problem named by row and column.</summary>
    internal ValidationFailedException Refusal() => new([.. Problems.Select(p => new FieldError(p.Location, p.Code, p.Message))]);
}

/// <summary>One row's effect; <paramref name="Key"/> is the council's code or the person's user name.</summary>
public sealed record ImportOutcome(int Row, string Key, ImportChange Change);

public enum ImportChange
{
    Added,
    Changed,
    Unchanged,
}
