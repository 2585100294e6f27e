using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using MediationFlow.Core.Features.Cases;
using MediationFlow.Core.Persistence;
using MediationFlow.Testing;
using MediationFlow.Workflows.Engine;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MediationFlow.Web.Tests.Infrastructure;

/// <summary>
/// The real host, started as <c>Program</c> starts it, on a fresh temporary data folder and a real
/// SQLite file (or, when the suite runs on PostgreSQL, a database of its own). In Development the database
/// starts as a copy of the demo database that the host itself seeded on its first run (see <see cref="DemoDatabase"/>),
/// so every test class gets the same demo data without paying for seeding again. Clients sign in as people and API clients do: a bearer token from
/// the API, a cookie from the login page.
/// </summary>
public class MediationFlowFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    private readonly ConcurrentDictionary<string, string> _tokens = new(StringComparer.Ordinal);

    private string? _connectionString;
    private bool _ownsDatabase;

    public string DataDirectory { get; } = Directory.CreateTempSubdirectory("mediationflow-web-tests-").FullName;

    /// <summary>
    /// The PostgreSQL database of this host when the suite runs on PostgreSQL (null on SQLite): made when the host is
    /// initialized and dropped when it is disposed, unless a test class hands one in that outlives the host.
    /// </summary>
    public string? ConnectionString
    {
        get => _connectionString;
        protected init => _connectionString = value;
    }

    /// <summary>Development: the first run seeds the demo dataset.</summary>
    protected virtual string EnvironmentName => "Development";

    /// <summary>Start from a copy of the demo database instead of an empty folder.</summary>
    protected virtual bool StartFromDemoDatabase => EnvironmentName == "Development";

    /// <summary>Extra configuration a test class needs.</summary>
    protected virtual IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>();

    /// <summary>
    /// The version new cases start on: tests written before version 3 (and the demo database they share) run on
    /// version 2, whose cases keep running after version 3 is released; version 3's tests say 3.
    /// </summary>
    protected virtual int CaseVersion => 2;

    /// <summary>Keep the data folder after disposal (the demo database template lives on).</summary>
    internal bool KeepDataDirectory { get; init; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseEnvironment(EnvironmentName);
        builder.UseSetting("MediationFlow:DataDirectory", DataDirectory);
        if (TestDatabases.OnPostgreSql)
        {
            // A test may start a host of its own without InitializeAsync; off the test's synchronization context.
            Task.Run(EnsurePostgreSqlAsync).GetAwaiter().GetResult();
            builder.UseSetting(DatabaseSettings.ProviderSetting, "PostgreSQL");
            builder.UseSetting($"ConnectionStrings:{DatabaseSettings.ConnectionStringName}", ConnectionString);
        }

        // The pump still runs one round at start, when nothing is due; a day between rounds keeps it from
        // changing a case while a test is looking at it.
        builder.UseSetting("MediationFlow:TimerPollSeconds", "86400");

        // Every test signs in as often as it needs: the limits have a test of their own (RateLimitTests).
        builder.UseSetting("MediationFlow:SignInsPerMinute", "1000000");
        builder.UseSetting("MediationFlow:TokensPerHour", "1000000");
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services => services.AddSingleton(new CaseDefaults(Core.DependencyInjection.DefaultDefinitionId, CaseVersion)));
    }

    /// <summary>Starts the host (migrations, first-run set-up) before the first test of the class.</summary>
    public virtual async ValueTask InitializeAsync()
    {
        if (TestDatabases.OnPostgreSql)
        {
            await EnsurePostgreSqlAsync();
        }
        else if (StartFromDemoDatabase)
        {
            DemoDatabase.CopyTo(await DemoDatabase.FolderAsync(), DataDirectory);
        }

        StartHost();
    }

    /// <summary>This host's own database, a copy of the demo database (or of the empty migrated one), unless one was handed in.</summary>
    private async Task EnsurePostgreSqlAsync()
    {
        if (ConnectionString is null)
        {
            _ownsDatabase = true;
            _connectionString = await TestDatabases.CreateAsync(StartFromDemoDatabase ? await DemoDatabase.PostgreSqlAsync() : null);
        }
    }

    /// <summary>Starts the host in memory (TestServer); a browser needs a real listener instead.</summary>
    protected virtual void StartHost() => _ = Server;

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        GC.SuppressFinalize(this);

        // Closing this folder's pooled connections checkpoints the write-ahead log into the database file.
        using (var connection = new SqliteConnection(Database.SqliteConnectionString(DataDirectory)))
        {
            SqliteConnection.ClearPool(connection);
        }

        if (!KeepDataDirectory)
        {
            DeleteQuietly(DataDirectory);
            if (_ownsDatabase)
            {
                await TestDatabases.DropAsync(ConnectionString!);
            }
        }
    }

    internal static void DeleteQuietly(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temporary folder is not worth failing a test run over.
        }
    }

    /// <summary>A client without credentials or cookies; redirects are reported, not followed.</summary>
    public HttpClient Anonymous() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false, BaseAddress = ClientOptions.BaseAddress });

    /// <summary>A browser-like client that keeps cookies and is not signed in.</summary>
    public HttpClient Browser() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true, BaseAddress = ClientOptions.BaseAddress });

    /// <summary>A client that sends a bearer token of <paramref name="userName"/>, as an API client does.</summary>
    public async Task<HttpClient> ApiClientAsync(string userName, string password = DemoUsers.Password)
    {
        var token = _tokens.TryGetValue(userName, out var known) ? known : await SignInForTokenAsync(userName, password);
        _tokens[userName] = token;
        var client = Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>Forgets the bearer tokens signed in so far, for a test that moved the host's clock past their lifetime.</summary>
    public void ForgetSignIns() => _tokens.Clear();

    /// <summary>A browser-like client signed in through the login page: a cookie, no bearer token.</summary>
    public async Task<HttpClient> PageClientAsync(string userName, string password = DemoUsers.Password)
    {
        var client = Browser();
        using var response = await LoginPage.SubmitAsync(client, userName, password);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            client.Dispose();
            throw new InvalidOperationException($"Signing in as {userName} on the login page answered {(int)response.StatusCode}.");
        }

        return client;
    }

    /// <summary>Reads the database directly: facts a test needs (ids, states) and what a request wrote.</summary>
    public async Task<T> QueryAsync<T>(Func<MediationDbContext, Task<T>> query)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var scope = Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<MediationDbContext>());
    }

    /// <summary>
    /// This year where the councils are, by the host's clock in the zone of the definition new cases start on:
    /// the year case numbers carry (the demo dataset is registered on the day it is seeded).
    /// </summary>
    public int ThisYear
    {
        get
        {
            var workflow = Services.GetRequiredService<WorkflowCatalog>().Latest(Services.GetRequiredService<CaseDefaults>().DefinitionId);
            return workflow.Settings.Today(Services.GetRequiredService<TimeProvider>().GetUtcNow()).Year;
        }
    }

    public Task<int> CouncilIdAsync(string code) =>
        QueryAsync(db => db.Councils.Where(c => c.Code == code).Select(c => c.Id).SingleAsync());

    public Task<Guid> UserIdAsync(string userName) =>
        QueryAsync(db => db.Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync());

    private async Task<string> SignInForTokenAsync(string userName, string password)
    {
        using var client = Anonymous();
        using var response = await client.PostAsJsonAsync("/api/v1/auth/login", new { userName, password });
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"Signing in as {userName} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }

        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return body.GetProperty("accessToken").GetString()!;
    }
}
