using System.Net;
using System.Text.RegularExpressions;
using MediationFlow.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace MediationFlow.Web.Tests.Security;

/// <summary>
/// Every endpoint × every demo role × a case of the reader's council and of another: the expected status,
/// and not one text of a case the reader may not read anywhere in the response.
/// </summary>
public sealed partial class AuthorizationMatrixTests(MatrixFactory factory) : IClassFixture<MatrixFactory>
{
    [GeneratedRegex(@"\{[^}]+\}")]
    private static partial Regex Placeholders();

    [Theory]
    [MemberData(nameof(AccessMatrix.Rows), MemberType = typeof(AccessMatrix))]
    public async Task Endpoint_answers_the_role_as_expected_and_shows_nothing_it_may_not_see(string endpoint, string role, Target target)
    {
        var row = AccessMatrix.Endpoint(endpoint);
        var marker = target switch
        {
            Target.None => null,
            Target.FreshWorkshop => await factory.FreshWorkshopAsync(),
            _ => factory.Marker(target),
        };
        var client = await factory.ClientAsync(role, row.IsPage);

        var token = row is { IsPage: true, Method: "POST" } ? await AntiforgeryTokenAsync(client) : null;
        using var request = row.Request(role, marker, token);
        using var response = await client.SendAsync(request, TestRequests.Ct);

        var body = await response.Content.ReadAsStringAsync(TestRequests.Ct);
        var expected = row.Expect(role, target);
        Assert.True((int)response.StatusCode == expected, $"{row.Method} {request.RequestUri} as {role}: expected {expected}, got {(int)response.StatusCode}: {body}");
        if (!row.IsPage && expected >= 400)
        {
            Assert.Equal(Responses.ProblemJson, response.Content.Headers.ContentType?.MediaType);
        }

        if (token is not null && expected >= 400)
        {
            // The page itself refused and showed why, not the antiforgery check (a bare status text).
            Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        }

        if (target == Target.FreshWorkshop)
        {
            // Refused means untouched: the workshop is still there for its trainer.
            Assert.Equal(role != DemoUsers.Trainer, await factory.WorkshopExistsAsync(marker!.WorkshopId));
        }

        var readable = ReadableText.Of(body, response.Content.Headers.ContentType?.MediaType);
        var leaked = factory.HiddenFrom(role).Where(text => readable.Contains(text, StringComparison.OrdinalIgnoreCase)).ToList();
        Assert.True(leaked.Count == 0, $"{row.Method} {request.RequestUri} as {role} shows another's case: {string.Join(" | ", leaked)}");
    }

    /// <summary>The token a browser would post back: from the language switcher of the sign-in page, which every caller may open.</summary>
    private static async Task<string> AntiforgeryTokenAsync(HttpClient client)
    {
        using var response = await client.GetAsync(new Uri("/Account/Login", UriKind.Relative), TestRequests.Ct);
        var html = await response.Content.ReadAsStringAsync(TestRequests.Ct);
        return HtmlForm.Find(html, "/Account/Language").Fields["__RequestVerificationToken"];
    }

    [Fact]
    public void Every_role_has_texts_to_hide_so_the_scan_can_fail()
    {
        // Burabay people must not see the Zerendi marker's texts, Zerendi's mediator the Burabay ones; the
        // mediator not the chair's marker; those without casework nothing at all.
        foreach (var role in AccessMatrix.Roles)
        {
            Assert.NotEmpty(factory.HiddenFrom(role));
        }

        Assert.Contains(factory.Marker(Target.Zerendi).Number, factory.HiddenFrom(DemoUsers.Chair));
        Assert.Contains(factory.Marker(Target.BurabayChairs).Number, factory.HiddenFrom(DemoUsers.Mediator));
        Assert.Contains(factory.Marker(Target.BurabayMediators).Number, factory.HiddenFrom(DemoUsers.OtherMediator));
        Assert.Contains(factory.Marker(Target.BurabayMediators).Number, factory.HiddenFrom(DemoUsers.Analyst));
        Assert.DoesNotContain(factory.Marker(Target.BurabayMediators).Number, factory.HiddenFrom(DemoUsers.Mediator));

        // A session note is the assigned mediator's alone: hidden from the chair who reads the rest of the case.
        Assert.Contains(factory.SessionNote, factory.HiddenFrom(DemoUsers.Chair));
        Assert.DoesNotContain(factory.SessionNote, factory.HiddenFrom(DemoUsers.Mediator));
        Assert.Equal(AccessMatrix.Roles.Where(r => r != DemoUsers.Mediator).Order(), AccessMatrix.Roles.Where(r => factory.HiddenFrom(r).Contains(factory.SessionNote)).Order());
        Assert.Equal(AccessMatrix.Roles.Where(r => r != DemoUsers.TraineeOne).Order(), AccessMatrix.Roles.Where(r => factory.HiddenFrom(r).Contains(factory.SandboxNote)).Order());

        // Sandbox cases are hidden from everyone but their trainer and team; real cases from every trainee.
        var sandbox = factory.Marker(Target.Sandbox).Number;
        Assert.Equal(
            new[] { DemoUsers.Admin, DemoUsers.Analyst, DemoUsers.Anonymous, DemoUsers.Chair, DemoUsers.Mediator, DemoUsers.OtherMediator, DemoUsers.TraineeTwo }.Order(),
            AccessMatrix.Roles.Where(role => factory.HiddenFrom(role).Contains(sandbox)).Order());
        foreach (var trainee in new[] { DemoUsers.TraineeOne, DemoUsers.TraineeTwo })
        {
            Assert.Contains(factory.Marker(Target.BurabayMediators).Number, factory.HiddenFrom(trainee));
            Assert.Contains(factory.Marker(Target.Zerendi).Number, factory.HiddenFrom(trainee));
        }
    }

    [Fact]
    public async Task The_chair_learns_that_a_session_note_exists_and_the_mediator_reads_it()
    {
        var id = factory.Marker(Target.BurabayMediators).Id;
        var chair = await factory.ClientAsync(DemoUsers.Chair, forPages: false);
        var mediator = await factory.ClientAsync(DemoUsers.Mediator, forPages: false);

        var chairsNote = (await chair.CaseAsync(id)).GetProperty("sessions")[0].GetProperty("note");
        var mediatorsNote = (await mediator.CaseAsync(id)).GetProperty("sessions")[0].GetProperty("note");

        Assert.Equal("""{"exists":true}""", chairsNote.GetRawText());
        Assert.Equal(factory.SessionNote, mediatorsNote.GetProperty("text").GetString());
        Assert.Equal("""{"confidential":true}""", (await RecordedNoteAsync(chair, id)).GetRawText());
        Assert.Equal(factory.SessionNote, (await RecordedNoteAsync(mediator, id)).GetProperty("text").GetString());
    }

    /// <summary>The outcome note as the history of the session's recording shows it to this reader.</summary>
    private static async Task<System.Text.Json.JsonElement> RecordedNoteAsync(HttpClient client, long caseId)
    {
        using var response = await client.GetPathAsync(CaseApi.CaseUrl(caseId) + "/history");
        return (await response.JsonAsync(HttpStatusCode.OK)).EnumerateArray()
            .Single(e => e.GetProperty("trigger").GetString() == "recordSession").GetProperty("input").GetProperty("outcomeNote");
    }

    [Fact]
    public async Task Matrix_has_a_row_for_every_operation_in_the_OpenAPI_document()
    {
        using var anonymous = factory.Anonymous();
        using var response = await anonymous.GetPathAsync("/openapi/v1.json");
        var document = await response.JsonAsync(HttpStatusCode.OK);

        var documented = document.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject()
                .Where(op => op.Name is "get" or "post" or "put" or "delete" or "patch")
                .Select(op => $"{op.Name.ToUpperInvariant()} {path.Name}"));
        Assert.Equal(documented.Order(), AccessMatrix.Endpoints.Where(e => e.Operation is not null).Select(e => e.Operation!).Order());
    }

    /// <summary>Forms that act on the caller's own session only (sign in, sign out, language), not on anyone's case.</summary>
    private static readonly string[] SessionForms = ["POST /Account/Login", "POST /Account/Logout", "POST /Account/Language"];

    [Fact]
    public async Task Matrix_has_a_row_for_every_page_and_page_form_of_the_web_app()
    {
        // Every handler of every page as the app maps it ("GET /Cases/{}", "POST /Cases/{}?handler=Action"), against
        // the rows with placeholders taken out: a new page or form without a row fails here.
        var loader = factory.Services.GetRequiredService<PageLoader>();
        var handlers = new HashSet<string>(StringComparer.Ordinal);
        foreach (var page in factory.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .Select(e => e.Metadata.GetMetadata<PageActionDescriptor>()).OfType<PageActionDescriptor>())
        {
            var template = page.AttributeRouteInfo!.Template!;
            if (template == "Index" || template.EndsWith("/Index", StringComparison.Ordinal))
            {
                continue; // the same page as its folder's route
            }

            var compiled = await loader.LoadAsync(page, EndpointMetadataCollection.Empty);
            foreach (var handler in compiled.HandlerMethods)
            {
                handlers.Add(Key(handler.HttpMethod.ToUpperInvariant(), "/" + template, handler.Name));
            }
        }

        var rows = AccessMatrix.Endpoints.Where(e => e.IsPage)
            .Select(e => Key(e.Method, e.Path.Split('?')[0], Regex.Match(e.Path, "[?&]handler=(?<name>[A-Za-z]+)").Groups["name"].Value))
            .Concat(SessionForms);

        Assert.Contains("POST /Cases/{}?handler=Action", handlers);
        Assert.Empty(handlers.Except(rows));
    }

    private static string Key(string method, string path, string? handler) =>
        $"{method} {Placeholders().Replace(path, "{}")}{(string.IsNullOrEmpty(handler) ? "" : "?handler=" + handler)}";

    [Fact]
    public void Matrix_covers_every_demo_role_and_anonymous()
    {
        Assert.Equal(
            new[]
            {
                DemoUsers.Admin, DemoUsers.Analyst, DemoUsers.Anonymous, DemoUsers.Chair, DemoUsers.Mediator, DemoUsers.OtherMediator,
                DemoUsers.Trainer, DemoUsers.TraineeOne, DemoUsers.TraineeTwo,
            }.Order(),
            AccessMatrix.Roles.Order());
    }
}
