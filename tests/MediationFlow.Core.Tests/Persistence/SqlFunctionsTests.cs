using System.Text.RegularExpressions;
using MediationFlow.Core.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using MediationFlow.Testing;

namespace MediationFlow.Core.Tests.Persistence;

/// <summary>
/// The product's connections come without the SQL functions EF Core adds for decimal arithmetic and regular
/// expressions (registering them on every open and removing them on every close cost the web host more than some of
/// its queries); that holds only while no query needs them.
/// </summary>
public sealed class SqlFunctionsTests
{
    [Trait(TestDatabases.Trait, TestDatabases.SqliteOnly)]
    [Fact]
    public async Task A_connection_of_the_product_has_none_of_EF_Cores_SQL_functions()
    {
        await using var app = await TestApp.StartAsync();

        var refused = await Assert.ThrowsAsync<SqliteException>(() => app.WithDbAsync(db =>
            db.Users.CountAsync(u => Regex.IsMatch(u.UserName!, "^chair"), TestContext.Current.CancellationToken)));

        Assert.Contains("no such function: REGEXP", refused.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task No_property_of_the_model_is_a_decimal_so_no_query_needs_EF_Cores_decimal_functions()
    {
        await using var app = await TestApp.StartAsync();

        var decimals = await app.WithDbAsync(db => Task.FromResult(db.Model.GetEntityTypes()
            .SelectMany(e => e.GetProperties())
            .Where(p => (Nullable.GetUnderlyingType(p.ClrType) ?? p.ClrType) == typeof(decimal))
            .Select(p => $"{p.DeclaringType.ShortName()}.{p.Name}")
            .ToList()));

        Assert.Empty(decimals);
    }
}
