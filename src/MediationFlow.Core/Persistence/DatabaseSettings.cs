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

    /// <summary>
    /// What cannot be read in a PostgreSQL connection string (a keyword Npgsql does not know, or the malformed part),
    /// or null when it can be read. Npgsql answers an unknown keyword with a bare KeyNotFoundException, which named nothing.
    /// </summary>
    public static string? UnreadablePostgreSql(string connectionString)
    {
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            return "''";
        }

        System.Data.Common.DbConnectionStringBuilder pairs;
        try
        {
            pairs = new System.Data.Common.DbConnectionStringBuilder { ConnectionString = connectionString };
        }
        catch (ArgumentException e)
        {
            return e.Message;
        }

        foreach (string key in pairs.Keys)
        {
            if (!Known(key))
            {
                return $"'{AsTyped(connectionString, key)}'";
            }

            try
            {
                _ = new Npgsql.NpgsqlConnectionStringBuilder { [key] = pairs[key] };
            }
            catch (Exception e) when (e is ArgumentException or FormatException or InvalidCastException)
            {
                return $"'{AsTyped(connectionString, key)}': {e.Message}";
            }
        }

        try
        {
            _ = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
            return null;
        }
        catch (KeyNotFoundException)
        {
            // A keyword with no value is dropped by the parser above, but still looked up by Npgsql.
            return string.Join(", ", connectionString.Split(';').Select(p => p.Split('=')[0].Trim()).Where(k => k.Length > 0 && !Known(k)).Select(k => $"'{k}'"));
        }
        catch (Exception e) when (e is ArgumentException or FormatException or InvalidCastException)
        {
            return e.Message;
        }
    }

    /// <summary>The keyword as the person typed it (the parser lowers its case).</summary>
    private static string AsTyped(string connectionString, string keyword)
    {
        var at = connectionString.IndexOf(keyword, StringComparison.OrdinalIgnoreCase);
        return at < 0 ? keyword : connectionString.Substring(at, keyword.Length);
    }

    private static bool Known(string keyword)
    {
        try
        {
            _ = new Npgsql.NpgsqlConnectionStringBuilder { [keyword] = null };
            return true;
        }
        catch (Exception e) when (e is ArgumentException or FormatException or KeyNotFoundException or InvalidCastException)
        {
            return e is not KeyNotFoundException;
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
