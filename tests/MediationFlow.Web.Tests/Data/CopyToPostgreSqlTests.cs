extern alias cli;

using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using cli::MediationFlow.Cli;
using MediationFlow.Core.Persistence;
using MediationFlow.Testing;
using MediationFlow.Web.Tests.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace MediationFlow.Web.Tests.Data;

/// <summary>
/// The demo deployment moved from its SQLite file to PostgreSQL with <c>data copy</c>: every table and every case's
/// history arrive unchanged, and the web host, started on the copy as an operator starts it, carries on from there.
/// </summary>
[Trait(TestDatabases.Trait, TestDatabases.SqliteOnly)]
public sealed partial class CopyToPostgreSqlTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("mediationflow-copy-").FullName;

    [Fact]
    public async Task The_demo_data_copied_to_PostgreSQL_is_equal_case_by_case_and_the_host_works_on_it()
    {
        await using var target = await EmptyPostgreSqlDatabase.CreateAsync();
        var data = Path.Combine(_folder, "data");
        Directory.CreateDirectory(data);
        DemoDatabase.CopyTo(await DemoDatabase.FolderAsync(), data);

        var (exitCode, output, error) = Run("data", "copy", "--to", target.ConnectionString, "--data", data);

        Assert.True(exitCode == 0, error);
        await using var sqlite = SqliteContext(data);
        await using var postgreSql = PostgreSqlContext(target.ConnectionString);
        var hashes = await CaseHistoryHash.ComputeAsync(sqlite, TestRequests.Ct).ToListAsync(TestRequests.Ct);
        Assert.True(hashes.Count >= 20, "the demo dataset has some twenty cases");
        Assert.Contains($"the history of {hashes.Count} case(s) equal.", output, StringComparison.Ordinal);
        Assert.Equal(hashes, await CaseHistoryHash.ComputeAsync(postgreSql, TestRequests.Ct).ToListAsync(TestRequests.Ct));
        Assert.Equal(await RowCounts.CountAsync(sqlite, TestRequests.Ct), await RowCounts.CountAsync(postgreSql, TestRequests.Ct));
        var registered = await postgreSql.Cases.Where(c => c.Council!.Code == DemoUsers.BurabayCode && c.State == "registered")
            .OrderBy(c => c.Id).Select(c => c.Id).FirstAsync(TestRequests.Ct);
        var burabay = await postgreSql.Councils.Where(c => c.Code == DemoUsers.BurabayCode).Select(c => c.Id).SingleAsync(TestRequests.Ct);

        using var host = HostProcess.Start(_folder, ["--data", Path.Combine(_folder, "empty"), "--environment", "Production", "--urls", "http://127.0.0.1:0",
            $"--{DatabaseSettings.ProviderSetting}=PostgreSQL", $"--ConnectionStrings:{DatabaseSettings.ConnectionStringName}={target.ConnectionString}",
            // PostgreSQL keeps the sign-in keys in the database, encrypted: the host refuses to start without a certificate.
            .. TestKeyCertificate.HostArguments]);
        using var mediator = await SignInAsync(Address().Match(await host.LineAsync(l => l.StartsWith("MediationFlow: open ", StringComparison.Ordinal))).Value);

        // A copied case takes its next action; a new case gets a number and an id after the copied ones.
        using (var accepted = await mediator.PostAsJsonAsync(
            $"/api/v1/cases/{registered.ToString(CultureInfo.InvariantCulture)}/actions/acceptForMediation",
            new { expectedVersion = await VersionAsync(mediator, registered), input = new { } }, TestRequests.Ct))
        {
            Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        }

        using var opened = await mediator.PostAsJsonAsync("/api/v1/cases", CaseApi.NewCase(burabay), TestRequests.Ct);
        Assert.Equal(HttpStatusCode.Created, opened.StatusCode);
        var json = await opened.Content.ReadFromJsonAsync<JsonElement>(TestRequests.Ct);
        Assert.DoesNotContain(json.GetProperty("number").GetString(), hashes.Select(h => h.Number));
        Assert.True(json.GetProperty("caseId").GetInt64() > hashes.Max(h => h.CaseId), "the new case's id comes after the copied ones");
    }

    public void Dispose() => MediationFlowFactory.DeleteQuietly(_folder);

    private static (int ExitCode, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter(CultureInfo.InvariantCulture);
        using var error = new StringWriter(CultureInfo.InvariantCulture);
        var exitCode = MediationFlowCli.Create().Parse(args).Invoke(new System.CommandLine.InvocationConfiguration { Output = output, Error = error });
        return (exitCode, output.ToString(), error.ToString());
    }

    private static async Task<HttpClient> SignInAsync(string address)
    {
        var client = new HttpClient { BaseAddress = new Uri(address) };
        using var login = await client.PostAsJsonAsync("/api/v1/auth/login", new { userName = DemoUsers.Mediator, password = DemoUsers.Password }, TestRequests.Ct);
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        var token = (await login.Content.ReadFromJsonAsync<JsonElement>(TestRequests.Ct)).GetProperty("accessToken").GetString();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private static async Task<int> VersionAsync(HttpClient client, long caseId) =>
        (await client.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{caseId.ToString(CultureInfo.InvariantCulture)}", TestRequests.Ct)).GetProperty("version").GetInt32();

    private static MediationDbContext SqliteContext(string data) => new(new DbContextOptionsBuilder<MediationDbContext>()
        .UseSqlite(new SqliteConnectionStringBuilder { DataSource = Path.Combine(data, Database.FileName), Pooling = false }.ToString()).Options);

    private static MediationDbContext PostgreSqlContext(string connectionString) => new(new DbContextOptionsBuilder<MediationDbContext>()
        .UseNpgsql(connectionString).Options);

    [GeneratedRegex(@"http://127\.0\.0\.1:\d+")]
    private static partial Regex Address();
}
