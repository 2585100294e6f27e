using System.Net;
using MediationFlow.Core.Tests.Infrastructure;
using MediationFlow.Web.Tests.Infrastructure;

namespace MediationFlow.Web.Tests.Pages;

/// <summary>The case file page: reached from the case page, a signed scan attached through its form, a refusal beside the field.</summary>
public sealed class CaseFilePageTests(MediationFlowFactory factory) : IClassFixture<MediationFlowFactory>
{
    [Fact]
    public async Task A_signed_scan_attached_on_the_page_is_listed_with_who_added_it_and_downloads_as_an_attachment()
    {
        var walk = await CaseWalk.OpenAsync(factory);
        using var mediator = await factory.PageClientAsync(DemoUsers.Mediator);
        var casePage = await PageAsync(mediator, $"/Cases/{walk.CaseId}");
        Assert.Contains($"href=\"/Cases/{walk.CaseId}/File\"", casePage, StringComparison.Ordinal);

        using var posted = await SubmitAsync(mediator, walk.CaseId, Scans.Png(), "подписанный.png");

        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var html = PageText.Readable(await PageAsync(mediator, posted.Headers.Location!.OriginalString));
        Assert.Contains("Подписанная копия добавлена в материалы дела.", html, StringComparison.Ordinal);
        Assert.Contains("подписанный.png", html, StringComparison.Ordinal);
        Assert.Contains("Гүлнар Ахметова", html, StringComparison.Ordinal);
        using var download = await mediator.GetAsync(new Uri(Download(html), UriKind.Relative), TestRequests.Ct);
        Assert.Equal(("image/png", "attachment", "nosniff"),
            (download.Content.Headers.ContentType?.MediaType, download.Content.Headers.ContentDisposition?.DispositionType, download.Headers.GetValues("X-Content-Type-Options").Single()));
        Assert.Equal(Scans.Png(), await download.Content.ReadAsByteArrayAsync(TestRequests.Ct));
    }

    [Fact]
    public async Task A_truncated_scan_is_refused_beside_the_file_field_in_the_readers_language_and_nothing_is_listed()
    {
        var walk = await CaseWalk.OpenAsync(factory);
        using var mediator = await factory.PageClientAsync(DemoUsers.Mediator);

        using var posted = await SubmitAsync(mediator, walk.CaseId, Scans.Truncated(Scans.Pdf()), "договор.pdf");

        Assert.Equal(HttpStatusCode.BadRequest, posted.StatusCode);
        var html = PageText.Readable(await posted.Content.ReadAsStringAsync(TestRequests.Ct));
        Assert.Contains("data-field-error=\"file\">Файл неполный или повреждён: он начинается как файл PDF", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"case-file-empty\"", html, StringComparison.Ordinal);
    }

    private static async Task<string> PageAsync(HttpClient client, string url)
    {
        using var response = await client.GetPathAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync(TestRequests.Ct);
    }

    /// <summary>The attach form as a browser sends it: its token, the chosen act and the file.</summary>
    private static async Task<HttpResponseMessage> SubmitAsync(HttpClient client, long caseId, byte[] file, string name)
    {
        var form = HtmlForm.FindBy(await PageAsync(client, $"/Cases/{caseId}/File"), "id", "attach-form");
        using var content = Uploads.Multipart("signedAgreementOnMediation", file, name, "image/png",
            ("__RequestVerificationToken", form.Fields["__RequestVerificationToken"]));
        return await client.PostAsync(new Uri(form.Action, UriKind.Relative), content, TestRequests.Ct);
    }

    private static string Download(string html)
    {
        var match = System.Text.RegularExpressions.Regex.Match(html, "href=\"(?<url>[^\"]*handler=Entry[^\"]*)\"");
        Assert.True(match.Success, "The case file lists no download.");
        return match.Groups["url"].Value;
    }
}
