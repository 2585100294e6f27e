using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using MediationFlow.Web.Tests.Infrastructure;
using MediationFlow.Testing;

namespace MediationFlow.Web.Tests.Hosting;

/// <summary>
/// Running the host as an operator does: the first run says where the data lives and how to sign in;
/// a broken workflow definition stops it before it serves anyone.
/// </summary>
public sealed partial class RunCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("mediationflow-run-").FullName;

    [Trait(TestDatabases.Trait, TestDatabases.SqliteOnly)]
    [Fact]
    public async Task First_run_prints_the_data_folder_and_a_working_administrator_password()
    {
        var data = Path.Combine(_folder, "data");
        using var host = HostProcess.Start(_folder, "--data", data, "--environment", "Production", "--urls", "http://127.0.0.1:0");

        var folderLine = await host.LineAsync(l => l.StartsWith("MediationFlow: data folder ", StringComparison.Ordinal));
        var passwordLine = await host.LineAsync(l => l.Contains("Sign in as 'admin' with the password ", StringComparison.Ordinal));
        var openLine = await host.LineAsync(l => l.StartsWith("MediationFlow: open ", StringComparison.Ordinal));

        Assert.Equal($"MediationFlow: data folder {data}", folderLine);
        Assert.True(File.Exists(Path.Combine(data, MediationFlow.Core.Persistence.Database.FileName)));

        // Creating the database is the normal first start: the migrations print nothing that reads like a fault.
        Assert.DoesNotContain(host.Output, l => l.StartsWith("warn: Microsoft.EntityFrameworkCore", StringComparison.Ordinal) || l.StartsWith("fail:", StringComparison.Ordinal));

        // The printed address and password are what a person would use next.
        var url = Address().Match(openLine).Value;
        var password = Password().Match(passwordLine).Groups["password"].Value;
        using var client = new HttpClient { BaseAddress = new Uri(url) };
        using var response = await client.PostAsJsonAsync("/api/v1/auth/login", new { userName = "admin", password }, TestRequests.Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Trait(TestDatabases.Trait, TestDatabases.SqliteOnly)]
    [Fact]
    public async Task Second_run_on_the_same_folder_keeps_the_database_and_prints_no_new_password()
    {
        var data = Path.Combine(_folder, "data");
        using (var first = HostProcess.Start(_folder, "--data", data, "--environment", "Production", "--urls", "http://127.0.0.1:0"))
        {
            await first.LineAsync(l => l.StartsWith("MediationFlow: open ", StringComparison.Ordinal));
        }

        using var second = HostProcess.Start(_folder, $"--data={data}", "--environment", "Production", "--urls", "http://127.0.0.1:0");
        await second.LineAsync(l => l.StartsWith("MediationFlow: open ", StringComparison.Ordinal));

        Assert.Contains($"MediationFlow: data folder {data}", second.Output);
        Assert.DoesNotContain(second.Output, l => l.Contains("password", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Invalid_workflow_definition_stops_the_host_naming_the_file_and_the_JSON_path()
    {
        var workflows = BrokenWorkflows.Create(_folder);
        using var host = HostProcess.Start(_folder, "--data", Path.Combine(_folder, "data"), "--environment", "Production",
            "--urls", "http://127.0.0.1:0", $"--MediationFlow:WorkflowsDirectory={workflows.Folder}");

        Assert.Equal(1, await host.ExitCodeAsync());
        Assert.Contains($"{workflows.File}: {BrokenWorkflows.Path}: unknown state '{BrokenWorkflows.MissingState}'", host.Error, StringComparison.Ordinal);
        Assert.DoesNotContain(host.Output, l => l.StartsWith("MediationFlow: open ", StringComparison.Ordinal));
        Assert.False(File.Exists(Path.Combine(_folder, "data", MediationFlow.Core.Persistence.Database.FileName)));
    }

    public void Dispose() => MediationFlowFactory.DeleteQuietly(_folder);

    [GeneratedRegex(@"http://127\.0\.0\.1:\d+")]
    private static partial Regex Address();

    [GeneratedRegex(@"with the password (?<password>\S+) ")]
    private static partial Regex Password();
}

/// <summary>A workflows folder holding the shipped version 1 definition with one defect: a transition to a state that does not exist.</summary>
public sealed record BrokenWorkflows(string Folder, string File)
{
    public const string Path = "$.transitions[2].to";
    public const string MissingState = "archived";

    public static BrokenWorkflows Create(string parent)
    {
        var folder = Directory.CreateDirectory(System.IO.Path.Combine(parent, "workflows")).FullName;
        var shipped = System.IO.Path.Combine(AppContext.BaseDirectory, "workflows", "community-mediation.v1.json");
        var definition = JsonNode.Parse(System.IO.File.ReadAllText(shipped))!;
        definition["transitions"]![2]!["to"] = MissingState;
        var file = System.IO.Path.Combine(folder, "community-mediation.v1.json");
        System.IO.File.WriteAllText(file, definition.ToJsonString());
        return new BrokenWorkflows(folder, file);
    }
}
