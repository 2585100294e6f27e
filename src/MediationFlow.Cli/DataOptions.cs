using System.CommandLine;
using System.CommandLine.Parsing;
using MediationFlow.Core.Persistence;

namespace MediationFlow.Cli;

/// <summary>
/// The database a verb works on: the data folder (<c>--data</c>, holding the SQLite file) or, with
/// <c>--database postgreSql</c>, the server <c>--connection</c> names. Both read the environment the web host reads
/// (<c>MediationFlow__Database</c>, <c>ConnectionStrings__MediationFlow</c>), so a password need not be typed.
/// </summary>
internal sealed class DataOptions
{
    public const string ProviderVariable = "MediationFlow__Database";

    public static readonly string ConnectionVariable = $"ConnectionStrings__{DatabaseSettings.ConnectionStringName}";

    public Option<string> Data { get; } = new("--data")
    {
        Description = $"The data folder holding {Database.FileName}; the web host uses the same default (setting {Database.DataDirectorySetting}).",
        DefaultValueFactory = _ => Database.DefaultDataDirectory,
    };

    public Option<string> Provider { get; } = new("--database")
    {
        Description = $"The database engine, one of: {OptionChecks.Spelled<DatabaseProvider>()} (default: sqlite, or {ProviderVariable}; setting {DatabaseSettings.ProviderSetting}).",
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable(ProviderVariable) is { Length: > 0 } value ? value : OptionChecks.Spelled(DatabaseProvider.Sqlite),
    };

    public Option<string?> Connection { get; } = new("--connection")
    {
        Description = $"The PostgreSQL connection string (default: {ConnectionVariable}).",
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable(ConnectionVariable),
    };

    /// <summary>Adds the options to a verb, with the check that PostgreSQL comes with a connection string.</summary>
    public void AddTo(Command command)
    {
        command.Options.Add(Data);
        command.Options.Add(Provider);
        command.Options.Add(Connection);
        command.Validators.Add(result =>
        {
            if (ProviderOf(result) != DatabaseProvider.PostgreSql)
            {
                return;
            }

            var connection = result.GetValue(Connection);
            if (string.IsNullOrWhiteSpace(connection))
            {
                result.AddError($"{Connection.Name}: {CliMessages.ConnectionRequired.Format(ConnectionVariable)}");
            }
            else if (DatabaseSettings.UnreadablePostgreSql(connection) is { } unreadable)
            {
                result.AddError($"{Connection.Name}: {CliMessages.NotAConnectionString.Format(unreadable)}");
            }
        });
    }

    /// <summary>The folder and database the parsed options name (after the command's validation passed).</summary>
    public DataSource Of(ParseResult parse)
    {
        ArgumentNullException.ThrowIfNull(parse);
        var folder = parse.GetValue(Data)!;
        var postgreSql = DatabaseSettings.TryParseProvider(parse.GetValue(Provider), out var provider) && provider == DatabaseProvider.PostgreSql;
        return new(folder, postgreSql ? DatabaseSettings.PostgreSql(parse.GetValue(Connection)!) : DatabaseSettings.Sqlite(folder));
    }

    private DatabaseProvider? ProviderOf(CommandResult result)
    {
        if (DatabaseSettings.TryParseProvider(result.GetValue(Provider), out var provider))
        {
            return provider;
        }

        result.AddError($"{Provider.Name}: {CliMessages.NotOneOf.Format(result.GetValue(Provider) ?? string.Empty, OptionChecks.Spelled<DatabaseProvider>())}");
        return null;
    }
}

/// <summary>The data folder a verb was given and the database it works on.</summary>
internal sealed record DataSource(string Folder, DatabaseSettings Database);

/// <summary>Lets a verb list <see cref="DataOptions"/> among its options like any single option.</summary>
internal static class DataOptionsInCommands
{
    public static void Add(this Command command, DataOptions data)
    {
        ArgumentNullException.ThrowIfNull(data);
        data.AddTo(command);
    }
}
