using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace MediationFlow.Core.Persistence;

/// <summary>
/// A compiled query for each model it runs on. EF Core binds a compiled query to the first model it ran with, and one
/// process may work on SQLite and PostgreSQL at once (a copy from one to the other, tests of PostgreSQL beside the
/// SQLite suites); a deployment has one model, so this costs one lookup per call.
/// </summary>
internal sealed class CompiledPerModel<TQuery>(Func<TQuery> compile)
    where TQuery : Delegate
{
    private readonly ConcurrentDictionary<IModel, TQuery> _compiled = new(ReferenceEqualityComparer.Instance);

    public TQuery For(DbContext db) => _compiled.GetOrAdd(db.Model, static (_, compile) => compile(), compile);
}
