using System.Net;
using MediationFlow.Web.Tests.Infrastructure;

namespace MediationFlow.Web.Tests.Security;

/// <summary>
/// Sandbox cases are practice, never work: no inbox, search or approvals list shows one, not even to the
/// trainer who may open them (the matrix workshops have a draft awaiting the trainer's review) or the team's trainee.
/// </summary>
public sealed class SandboxListsTests(MatrixFactory factory) : IClassFixture<MatrixFactory>
{
    public static TheoryData<string, string, bool> Lists()
    {
        var rows = new TheoryData<string, string, bool>();
        string[] api = ["/api/v1/inbox", "/api/v1/approvals", "/api/v1/cases", "/api/v1/cases?number=WS", "/api/v1/cases?state=awaitingApproval", "/api/v1/cases?state=awaitingReview"];
        string[] pages = ["/", "/Approvals", "/Cases", "/Cases?number=WS", "/Cases?state=awaitingApproval", "/Cases?state=awaitingReview"];
        foreach (var role in AccessMatrix.Roles.Where(r => r != DemoUsers.Anonymous))
        {
            foreach (var url in api)
            {
                rows.Add(role, url, false);
            }

            foreach (var url in pages)
            {
                rows.Add(role, url, true);
            }
        }

        return rows;
    }

    [Theory]
    [MemberData(nameof(Lists))]
    public async Task List_of_real_work_shows_no_sandbox_case(string role, string url, bool isPage)
    {
        var client = await factory.ClientAsync(role, isPage);

        using var response = await client.GetPathAsync(url);

        var body = await response.Content.ReadAsStringAsync(TestRequests.Ct);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url} as {role}: {(int)response.StatusCode} {body}");
        var readable = ReadableText.Of(body, response.Content.Headers.ContentType?.MediaType);
        var shown = factory.SandboxNumbers.Where(n => readable.Contains(n, StringComparison.OrdinalIgnoreCase)).ToList();
        Assert.True(shown.Count == 0, $"{url} as {role} lists sandbox cases: {string.Join(", ", shown)}");
    }

    [Fact]
    public async Task The_scan_can_fail_a_sandbox_case_is_awaiting_the_trainers_review()
    {
        // Without a sandbox case in the state the approvals list is about (version 3: the draft under review), its row
        // above could not fail.
        var sandbox = factory.Marker(Target.Sandbox).WorkshopId;
        Assert.True(await factory.QueryAsync(db => Task.FromResult(db.Cases.Any(c => c.WorkshopId == sandbox && c.State == "awaitingReview"))));
        Assert.NotEmpty(factory.SandboxNumbers);
    }
}
