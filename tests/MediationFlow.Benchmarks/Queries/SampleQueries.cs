using MediationFlow.Benchmarks.Application;
using MediationFlow.Benchmarks.Data;
using MediationFlow.Core.Domain;
using MediationFlow.Core.Features.Cases;
using System.Data.Common;

namespace MediationFlow.Benchmarks.Queries;

/// <summary>
/// The six pages the benchmarks read, each sent through ISender to the real query handler as the person
/// who would read it: the busiest mediator and the chair of a big council (Astana), and the person who
/// chairs a district and its rural councils (for a page deep enough to exist).
/// </summary>
public sealed class SampleQueries
{
    /// <summary>Common at the start of Kazakh names: Нұрлан, Нұржан, Нұрсұлтан, Нұргүл, Нұрпейісов…</summary>
    public const string NamePrefix = "нұр";

    public const int DeepPage = 50;

    private readonly BenchmarkApp _app;

    private SampleQueries(BenchmarkApp app, Guid mediator, Guid chair, Guid reader, int council)
    {
        _app = app;
        (Mediator, Chair, Reader, Council) = (mediator, chair, reader, council);
    }

    public static readonly string[] Names =
    [
        "mediator's inbox", "chair's inbox (big council)", "search: party name prefix", "search: number prefix",
        "search: category + state in council", "search: keyset page 50", "chair's inbox (district + its rural councils)",
    ];

    public Guid Mediator { get; }
    public Guid Chair { get; }
    public Guid Reader { get; }
    public int Council { get; }

    /// <summary>The cursor of page <see cref="DeepPage"/>: the last id of page 49, found by paging through the handler.</summary>
    public long DeepCursor { get; private set; }

    public static async Task<SampleQueries> PrepareAsync(BenchmarkApp app)
    {
        ArgumentNullException.ThrowIfNull(app);
        using var connection = app.Database.Connect();
        connection.Open();
        // SQLite keeps an id as text, PostgreSQL as a uuid.
        Guid User(string userName) => Scalar(connection, "SELECT \"Id\" FROM \"AspNetUsers\" WHERE \"UserName\" = @name", userName) switch
        {
            Guid id => id,
            var text => Guid.Parse((string)text),
        };
        var council = Convert.ToInt32(Scalar(connection, "SELECT \"Id\" FROM \"Councils\" WHERE \"Code\" = @name", SampleDatabase.BigCouncil), System.Globalization.CultureInfo.InvariantCulture);
        var queries = new SampleQueries(app, User($"mediator.{SampleDatabase.BigCouncil}.1"), User($"chair.{SampleDatabase.BigCouncil}"), User($"reader.{SampleDatabase.ReaderDistrict}"), council);
        long? after = null;
        for (var page = 1; page < DeepPage; page++)
        {
            after = (await app.SendAsync<SearchCases.Page>(queries.Reader, new SearchCases.Query(After: after))).Next
                ?? throw new InvalidOperationException($"The reader sees fewer than {DeepPage} pages.");
        }

        queries.DeepCursor = after!.Value;
        return queries;
    }

    /// <summary>Runs query <paramref name="index"/> (in <see cref="Names"/> order) and returns how many items its page holds.</summary>
    public async Task<int> RunAsync(int index) => index switch
    {
        0 => (await MediatorInboxAsync()).Items.Count,
        1 => (await ChairInboxAsync()).Items.Count,
        2 => (await PartyNamePrefixAsync()).Items.Count,
        3 => (await NumberPrefixAsync()).Items.Count,
        4 => (await CategoryAndStateAsync()).Items.Count,
        5 => (await DeepKeysetPageAsync()).Items.Count,
        6 => (await DistrictChairInboxAsync()).Items.Count,
        _ => throw new ArgumentOutOfRangeException(nameof(index)),
    };

    public Task<GetInbox.Inbox> MediatorInboxAsync() => _app.SendAsync<GetInbox.Inbox>(Mediator, new GetInbox.Query());

    public Task<GetInbox.Inbox> ChairInboxAsync() => _app.SendAsync<GetInbox.Inbox>(Chair, new GetInbox.Query());

    /// <summary>Astana's chair has little waiting at any moment; the chair of a district and its villages has more.</summary>
    public Task<GetInbox.Inbox> DistrictChairInboxAsync() => _app.SendAsync<GetInbox.Inbox>(Reader, new GetInbox.Query());

    public Task<SearchCases.Page> PartyNamePrefixAsync() => _app.SendAsync<SearchCases.Page>(Chair, new SearchCases.Query(PartyName: NamePrefix));

    public Task<SearchCases.Page> NumberPrefixAsync() => _app.SendAsync<SearchCases.Page>(Chair, new SearchCases.Query(Number: $"{SampleDatabase.BigCouncil}-2026"));

    public Task<SearchCases.Page> CategoryAndStateAsync() =>
        _app.SendAsync<SearchCases.Page>(Chair, new SearchCases.Query(Category: DisputeCategory.FamilyAndHousehold, State: "fulfilled", CouncilId: Council));

    public Task<SearchCases.Page> DeepKeysetPageAsync() => _app.SendAsync<SearchCases.Page>(Reader, new SearchCases.Query(After: DeepCursor));

    private static object Scalar(DbConnection connection, string sql, string name)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        var parameter = command.CreateParameter();
        parameter.ParameterName = "@name";
        parameter.Value = name;
        command.Parameters.Add(parameter);
        return command.ExecuteScalar() ?? throw new InvalidOperationException($"'{name}' is not in the sample database.");
    }
}
