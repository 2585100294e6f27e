using System.Diagnostics;
using System.Globalization;
using MediationFlow.Benchmarks.Application;
using MediationFlow.Core.Domain;
using Npgsql;

namespace MediationFlow.Benchmarks.Data;

/// <summary>One case to generate: its council, when it was registered, its number and its own random seed.</summary>
public sealed record SampleCase(int CouncilIndex, DateTimeOffset RegisteredAt, string Number, int Year, int Seed);

/// <summary>
/// The databases the inbox and search benchmarks read: created by the product's migrations, then filled in batches of
/// cases (SQLite: raw multi-row inserts, one transaction per batch; PostgreSQL: a binary COPY per table and batch) and
/// kept (SQLite: under BenchmarkDotNet.Artifacts/data/, git-ignored; PostgreSQL: databases marked complete by their
/// comment) so later runs skip generation. The full database has every council of <see cref="CouncilTree"/>;
/// a smaller one keeps every council and person but only the cases of some councils, those the benchmarks
/// read among them, each council's cases identical to the full database's. So the same query returns the
/// same rows at every size and only the size of the tables differs.
/// </summary>
public static class SampleDatabase
{
    public const int FullSize = 500_000;
    private const int CasesPerTransaction = 5_000;

    /// <summary>The council whose chair and busiest mediator the inbox benchmarks sign in as (Astana, 50 cases a year).</summary>
    public const string BigCouncil = "AST";

    /// <summary>The district whose council and rural councils one person chairs: the reader of the deep keyset page.</summary>
    public const string ReaderDistrict = "ABA-D01";

    public static string Folder(int size) => Path.Combine(ArtifactsFolder.Locate(), "data", string.Create(CultureInfo.InvariantCulture, $"cases-{size}"));

    /// <summary>The name of the PostgreSQL database of <paramref name="size"/> cases (after the server's prefix).</summary>
    public static string DatabaseName(int size) => string.Create(CultureInfo.InvariantCulture, $"cases_{size}");

    /// <summary>
    /// The database of <paramref name="size"/> cases: the SQLite file, or with <paramref name="server"/> the PostgreSQL
    /// database of the same rows; generated unless a complete one is already there.
    /// </summary>
    public static async Task<BenchmarkDatabase> EnsureAsync(int size, TextWriter log, BenchmarkServer? server = null)
    {
        ArgumentNullException.ThrowIfNull(log);
        var folder = server is null ? Folder(size) : Folder(size) + "-postgresql";
        var database = server is null ? BenchmarkDatabase.Sqlite(folder) : server.Database(DatabaseName(size), folder);
        var marker = Path.Combine(folder, "complete.txt");
        if (server is null ? File.Exists(marker) : await server.MarkOfAsync(DatabaseName(size)) is not null)
        {
            return database;
        }

        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        if (server is not null)
        {
            await server.RecreateAsync(DatabaseName(size));
        }

        var watch = Stopwatch.StartNew();
        await using (var app = await BenchmarkApp.OpenAsync(database))
        {
            // Migrated: the schema and indexes are the product's.
        }

        var now = FixedClock.Default;
        var councils = CouncilTree.Build(LocateRegions(), FullSize);
        var people = People(councils);
        var cases = Cases(councils, size, now);
        long rows;
        using (ISampleSink sink = server is null ? new SqliteSampleSink(Path.Combine(folder, Core.Persistence.Database.FileName)) : new PostgresSampleSink(database.Settings.ConnectionString))
        {
            using var writers = new SampleWriters(sink);
            WriteCouncilsAndPeople(writers, councils, people);
            var lifecycle = new CaseLifecycle(writers, now);
            for (var i = 0; i < cases.Count; i++)
            {
                var header = cases[i];
                lifecycle.Write(i + 1, councils[header.CouncilIndex], people[header.CouncilIndex], header);
                if ((i + 1) % CasesPerTransaction == 0)
                {
                    writers.Flush();
                    sink.Commit();
                    if ((i + 1) % 100_000 == 0)
                    {
                        log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {i + 1:N0} cases, {writers.Rows:N0} rows, {watch.Elapsed.TotalSeconds:F0} s"));
                    }
                }
            }

            foreach (var counter in cases.GroupBy(c => (c.CouncilIndex, c.Year)))
            {
                writers.Counters.Add(counter.Key.CouncilIndex + 1, counter.Key.Year, counter.Count());
            }

            writers.Flush();
            sink.Finish();
            rows = writers.Rows;
        }

        var bytes = await SizeAsync(database);
        var summary = string.Create(CultureInfo.InvariantCulture,
            $"{cases.Count:N0} cases in {cases.Select(c => c.CouncilIndex).Distinct().Count():N0} of {councils.Count:N0} councils, {rows:N0} rows, generated in {watch.Elapsed.TotalSeconds:F0} s on {DateTime.UtcNow:yyyy-MM-dd}; database {bytes / 1024 / 1024:N0} MiB");
        if (server is null)
        {
            await File.WriteAllTextAsync(marker, summary + Environment.NewLine);
        }
        else
        {
            Directory.CreateDirectory(folder);
            await server.MarkAsync(DatabaseName(size), summary);
        }

        log.WriteLine(summary);
        return database;
    }

    private static async Task<long> SizeAsync(BenchmarkDatabase database)
    {
        if (!database.IsPostgreSql)
        {
            return new FileInfo(Path.Combine(database.Folder, Core.Persistence.Database.FileName)).Length;
        }

        await using var connection = new NpgsqlConnection(database.Settings.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT pg_database_size(current_database())", connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>Every council's cases, five years of them, numbered per council and year; only some councils' for a smaller database.</summary>
    private static List<SampleCase> Cases(IReadOnlyList<SampleCouncil> councils, int size, DateTimeOffset now)
    {
        var perCouncil = councils.Select(c => CouncilCases(c, now)).ToList();
        IEnumerable<int> chosen = Enumerable.Range(0, councils.Count);
        if (size < FullSize)
        {
            // The councils the benchmarks read first, then others in a fixed random order, until the size is reached.
            var reader = councils.Single(c => c.Code == ReaderDistrict);
            var first = councils.Where(c => c.Code == BigCouncil || c.Index == reader.Index || c.ParentIndex == reader.Index).Select(c => c.Index);
            var random = new Random(10_000);
            chosen = first.Concat(Enumerable.Range(0, councils.Count).Except(first).OrderBy(_ => random.Next()));
        }

        var cases = new List<SampleCase>();
        foreach (var index in chosen)
        {
            var take = Math.Min(perCouncil[index].Count, size - cases.Count);
            cases.AddRange(perCouncil[index].Take(take));
            if (cases.Count == size)
            {
                break;
            }
        }

        // Ids follow registration time across councils, as they would in production.
        return [.. cases.OrderBy(c => c.RegisteredAt).ThenBy(c => c.Seed)];
    }

    private static List<SampleCase> CouncilCases(SampleCouncil council, DateTimeOffset now)
    {
        var random = new Random(council.Index + 1);
        var times = new List<(DateTimeOffset At, int Seed)>();
        for (var year = 0; year < CouncilTree.Years; year++)
        {
            var from = now.AddDays(-365.0 * (CouncilTree.Years - year));
            for (var k = 0; k < council.CasesPerYear; k++)
            {
                // Working hours in Kazakhstan (UTC+5): 04:00–13:00 UTC.
                var day = from.AddDays(Math.Floor(random.NextDouble() * 365)).Date;
                var at = new DateTimeOffset(day, TimeSpan.Zero).AddHours(4 + (random.NextDouble() * 9));
                times.Add((at < now ? at : now.AddMinutes(-random.Next(1, 600)), Seed(council.Index, year, k)));
            }
        }

        var numbers = new Dictionary<int, int>();
        return [.. times.OrderBy(t => t.At).Select(t =>
        {
            var year = t.At.ToOffset(TimeSpan.FromHours(5)).Year;
            numbers[year] = numbers.GetValueOrDefault(year) + 1;
            return new SampleCase(council.Index, t.At, string.Create(CultureInfo.InvariantCulture, $"{council.Code}-{year}-{numbers[year]:0000}"), year, t.Seed);
        })];
    }

    /// <summary>A case's seed depends only on its council, year and place in that year (SplitMix-style mixing).</summary>
    private static int Seed(int council, int year, int k)
    {
        var x = (ulong)((((long)council * 10) + year) * 1000 + k) + 0x9E3779B97F4A7C15UL;
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EBUL;
        return (int)((x ^ (x >> 31)) & 0x7FFFFFFF);
    }

    /// <summary>A chair and mediators per council; the reader of <see cref="ReaderDistrict"/> also chairs its rural councils.</summary>
    private static List<CouncilPeople> People(IReadOnlyList<SampleCouncil> councils)
    {
        var random = new Random(8_000);
        Guid NewId()
        {
            var bytes = new byte[16];
            random.NextBytes(bytes);
            return new Guid(bytes);
        }

        var reader = councils.Single(c => c.Code == ReaderDistrict);
        var readerId = NewId();
        return [.. councils.Select(c =>
        {
            var chairs = c.Index == reader.Index || c.ParentIndex == reader.Index ? new[] { NewId(), readerId } : [NewId()];
            return new CouncilPeople([.. Enumerable.Range(0, c.Mediators).Select(_ => NewId())], chairs);
        })];
    }

    private static void WriteCouncilsAndPeople(SampleWriters writers, IReadOnlyList<SampleCouncil> councils, List<CouncilPeople> people)
    {
        var paths = new Dictionary<int, string>();
        foreach (var council in councils)
        {
            var id = council.Index + 1;
            var path = (council.ParentIndex is { } parent ? paths[parent] : "/") + id.ToString(CultureInfo.InvariantCulture) + "/";
            paths[council.Index] = path;
            writers.Councils.Add(id, council.Code, council.NameKk, council.NameRu, council.NameEn, council.Level.ToString(),
                council.ParentIndex is { } p ? p + 1 : null, path);
        }

        var users = new HashSet<Guid>();
        void User(Guid id, string userName, string name)
        {
            if (users.Add(id))
            {
                writers.Users.Add(Text(id), name, "ru", userName, userName.ToUpperInvariant(), false, Text(Guid.NewGuid()), Text(Guid.NewGuid()), false, false, true, 0);
            }
        }

        var names = new Random(8_001);
        foreach (var council in councils)
        {
            var crew = people[council.Index];
            for (var i = 0; i < crew.Chairs.Length; i++)
            {
                var userName = i == 0 ? $"chair.{council.Code}" : $"reader.{ReaderDistrict}";
                User(crew.Chairs[i], userName, PersonNames.Next(names));
                writers.Memberships.Add(Text(crew.Chairs[i]), council.Index + 1, nameof(CouncilRole.Chair));
            }

            for (var i = 0; i < crew.Mediators.Length; i++)
            {
                User(crew.Mediators[i], string.Create(CultureInfo.InvariantCulture, $"mediator.{council.Code}.{i + 1}"), PersonNames.Next(names));
                writers.Memberships.Add(Text(crew.Mediators[i]), council.Index + 1, nameof(CouncilRole.Mediator));
            }
        }
    }

    private static string LocateRegions()
    {
        for (var directory = new DirectoryInfo(ArtifactsFolder.Locate()); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "shared", "data", "regions.csv");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        throw new FileNotFoundException("shared/data/regions.csv was not found above the repository.");
    }

    private static string Text(Guid id) => id.ToString().ToUpperInvariant();
}
