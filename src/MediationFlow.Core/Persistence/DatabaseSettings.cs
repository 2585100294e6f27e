namespace MediationFlow.Core.Persistence;

/// <summary>The database engines a deployment can run on: one model, migrations for each.</summary>
public enum DatabaseProvider
{
    /// <summary>The embedded file in the data folder: nothing to install; one machine.</summary>
    Sqlite,

    /// <summary>A PostgreSQL server: several instances of the program on one database.</summary>
    PostgreSql,
}

/// <summary>Which database a host works on (setting <see cref="ProviderSetting"/>, connection string <see cref="ConnectionStringName"/>).</summary>
public sealed record DatabaseSettings(DatabaseProvider Provider, string ConnectionString)
{
    public const string ProviderSetting = "MediationFlow:Database";

    /// <summary>The name under ConnectionStrings (environment: <c>ConnectionStrings__MediationFlow</c>).</summary>
    public const string ConnectionStringName = "MediationFlow";

    /// <summary>The assembly holding the PostgreSQL migrations (the SQLite ones are in Core).</summary>
    public const string PostgreSqlMigrationsAssembly = "MediationFlow.Migrations.PostgreSql";

    public static DatabaseSettings Sqlite(string dataDirectory) => new(DatabaseProvider.Sqlite, Database.SqliteConnectionString(dataDirectory));

    public static DatabaseSettings PostgreSql(string connectionString) => new(DatabaseProvider.PostgreSql, connectionString);

    /// <summary>
    /// The provider as configuration spells it ("Sqlite", "PostgreSQL", any case); null (or empty) is the default, SQLite.
    /// Returns false for anything else, so the host can refuse it by name.
    /// </summary>
    public static bool TryParseProvider(string? text, out DatabaseProvider provider)
    {
        provider = DatabaseProvider.Sqlite;
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        switch (text.Trim().ToUpperInvariant())
        {
            case "SQLITE":
                return true;
            case "POSTGRESQL":
                provider = DatabaseProvider.PostgreSql;
                return true;
            default:
                return false;
        }
    }

    /// <summary>Where the database is, for messages: the SQLite file, or the PostgreSQL server and database (never the password).</summary>
    public string Describe()
    {
        if (Provider == DatabaseProvider.Sqlite)
        {
            return new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(ConnectionString).DataSource;
        }

        var server = new Npgsql.NpgsqlConnectionStringBuilder(ConnectionString);
        return $"PostgreSQL {server.Host}:{server.Port}/{server.Database}";
    }
}
