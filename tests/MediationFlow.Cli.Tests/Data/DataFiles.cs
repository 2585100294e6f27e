using System.Security.Cryptography;
using MediationFlow.Cli.Data;
using MediationFlow.Core.Persistence;
using Microsoft.Data.Sqlite;

namespace MediationFlow.Cli.Tests.Data;

/// <summary>What a database file holds, read as the verbs read it: every case's history hash and the file's own hash.</summary>
internal static class DataFiles
{
    public static async Task<IReadOnlyList<CaseHistoryHash>> HashesAsync(string file)
    {
        await using var database = await DatabaseFile.OpenAsync(file, SqliteOpenMode.ReadOnly, CancellationToken.None);
        return await CaseHistoryHash.ComputeAsync(database.Context, CancellationToken.None).ToListAsync();
    }

    public static string Sha256(string file)
    {
        using var stream = File.OpenRead(file);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}
