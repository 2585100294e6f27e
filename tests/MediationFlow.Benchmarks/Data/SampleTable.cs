namespace MediationFlow.Benchmarks.Data;

/// <summary>
/// The rows of one table as the generator adds them, in its column order; the provider's writer decides how and when
/// they reach the database (SQLite: multi-row inserts as they come; PostgreSQL: a binary COPY per batch).
/// </summary>
public abstract class SampleTable(string table, string[] columns) : IDisposable
{
    protected string Table { get; } = table;

    protected IReadOnlyList<string> Columns { get; } = columns;

    public long Written { get; protected set; }

    public void Add(params object?[] values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Length != Columns.Count)
        {
            throw new ArgumentException($"{Table} takes {Columns.Count} values, got {values.Length}.", nameof(values));
        }

        Buffer(values);
    }

    /// <summary>Writes what is buffered; called before each batch is committed.</summary>
    public abstract void Flush();

    protected abstract void Buffer(object?[] values);

    public virtual void Dispose() => GC.SuppressFinalize(this);
}

/// <summary>Where a generated database's rows go: a table writer per table, and a commit after each batch of cases.</summary>
public interface ISampleSink : IDisposable
{
    SampleTable Table(string table, params string[] columns);

    /// <summary>Ends the batch whose rows every table has just flushed.</summary>
    void Commit();

    /// <summary>After the last batch: whatever the provider needs before the database is read.</summary>
    void Finish();
}
