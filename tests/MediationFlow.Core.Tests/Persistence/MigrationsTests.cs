using System.Security.Cryptography;
using System.Text;
using MediationFlow.Core.Persistence;
using MediationFlow.Core.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MediationFlow.Testing;

namespace MediationFlow.Core.Tests.Persistence;

/// <summary>
/// Committed migrations are never rewritten (docs/adr/0005): databases in the field have applied them,
/// and EF Core tells migrations apart by id only.
/// </summary>
[Trait(TestDatabases.Trait, TestDatabases.SqliteOnly)]
public sealed class MigrationsTests
{
    /// <summary>
    /// Every committed migration and the SHA-256 of its two files (line endings as LF, no BOM).
    /// A new migration adds its line here; an existing line never changes.
    /// </summary>
    private static readonly (string Id, string Migration, string Designer)[] Committed =
    [
        ("20261204202133_Initial",
            "26a49bc940424fa0f7f1c6b33dc215b120f3d30bfbcf617381e7946221f0d997",
            "91a7c88d872ab7be2e2be23e5e989f7a8aaf0446e1d81181b1ab926081fa8072"),
        ("20261204220438_LawfulProcess",
            "cee6103ce634394860657b8cc8b0afccd6669153e8d868dd5b7b1d528099ab74",
            "a95d8d62e42a6953d8ae0121a8cc0675dc138a9c15796c44e92a96f56cc7a361"),
        ("20261205035200_CaseFile",
            "f438e82f6e130a6c3dfbd1f2054680edb5b620c416756417ad8ed37a54f5c668",
            "00d437d6db51e5e59177a35fe3bd6a0e4769455ec11c1776c072cac127be2856"),
        ("20261205035302_CouncilClosing",
            "46715a6703c6ccdef2b3460a842bb793da04ff46d331e4ee860ff03f40ded96d",
            "2f6f45f46a025f1b38ee677cb7bb70d7ba3c9d34471778ed91e4708a99b1db18"),
        ("20261205035522_MediatorRegister",
            "c320885b5f2486d55db028660ee5d0a6dc05df4ea49e52850a3024a2e282b7ae",
            "4c9af98e6f7ff5dff7ae8009100bf9059e5c17d6cd8aa1b4422c8fe28966025a"),
    ];

    private static string Folder => Path.Combine(AppContext.BaseDirectory, "migrations");

    [Fact]
    public void The_migrations_are_the_committed_ones_in_order()
    {
        using var db = DesignTimeContext();
        Assert.Equal(Committed.Select(m => m.Id), db.Database.GetMigrations());
    }

    [Fact]
    public void No_committed_migration_has_been_edited()
    {
        foreach (var (id, migration, designer) in Committed)
        {
            Assert.True(migration == Hash($"{id}.cs"), $"{id}.cs was edited; add a new migration instead (docs/adr/0005).");
            Assert.True(designer == Hash($"{id}.Designer.cs"), $"{id}.Designer.cs was edited; add a new migration instead (docs/adr/0005).");
        }
    }

    [Fact]
    public void The_model_has_no_change_without_a_migration()
    {
        using var db = DesignTimeContext();
        Assert.False(db.Database.HasPendingModelChanges(), "The model differs from the last migration: add one with dotnet ef migrations add.");
    }

    [Fact]
    public async Task A_new_database_gets_every_migration()
    {
        await using var app = await TestApp.StartAsync();
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MediationDbContext>();
        Assert.Equal(Committed.Select(m => m.Id), await db.Database.GetAppliedMigrationsAsync(TestContext.Current.CancellationToken));
    }

    private static MediationDbContext DesignTimeContext() =>
        new(new DbContextOptionsBuilder<MediationDbContext>().UseSqlite("Data Source=:memory:").Options);

    private static string Hash(string file)
    {
        var text = File.ReadAllText(Path.Combine(Folder, file)).Replace("\r\n", "\n", StringComparison.Ordinal).TrimStart('\uFEFF');
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }
}
