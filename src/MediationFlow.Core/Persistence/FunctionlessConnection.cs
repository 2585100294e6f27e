using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Sqlite.Storage.Internal;
using Microsoft.EntityFrameworkCore.Storage;

namespace MediationFlow.Core.Persistence;

/// <summary>
/// EF Core's SQLite connection without the eleven SQL functions EF Core adds to it (<c>regexp</c> and decimal
/// arithmetic: <c>ef_add</c>, <c>ef_compare</c>, <c>ef_sum</c>…). Microsoft.Data.Sqlite registers them with SQLite on
/// every open of a pooled connection and removes them on every close, each time leaving objects for the finalizer:
/// under load the finalizer thread was the busiest thread of the web host (docs/benchmarks.md, HTTP load). Nothing
/// here needs them: the model has no decimal property and no query matches a regular expression, as
/// <c>SqlFunctionsTests</c> keeps.
/// </summary>
#pragma warning disable EF1001 // SQLite's connection service is internal to EF Core; this changes only how its connection is made.
internal sealed class FunctionlessConnection(
    RelationalConnectionDependencies dependencies,
    IRawSqlCommandBuilder rawSqlCommandBuilder,
    IDiagnosticsLogger<DbLoggerCategory.Infrastructure> logger)
    : SqliteRelationalConnection(dependencies, rawSqlCommandBuilder, logger)
{
    protected override DbConnection CreateDbConnection() => new KeptOpenConnection(GetValidatedConnectionString());
}
#pragma warning restore EF1001
