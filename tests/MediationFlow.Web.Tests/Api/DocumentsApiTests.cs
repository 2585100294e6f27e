using System.Net;
using System.Net.Http.Headers;
using MediationFlow.Web.Tests.Infrastructure;

namespace MediationFlow.Web.Tests.Api;

/// <summary>Issue 12, points 1 and 3: documents of a case through the API and the case page, as .docx or as the print view.</summary>
public sealed class DocumentsApiTests(MediationFlowFactory factory) : IClassFixture<MediationFlowFactory>
{
    private const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    [Fact]
    public async Task A_docx_downloads_as_an_attachment_with_a_safe_file_name()
    {
        var walk = await (await CaseWalk.OpenAsync(factory)).ToAwaitingApprovalAsync();
        using var mediator = await factory.ApiClientAsync(DemoUsers.Mediator);

        using var response = await mediator.GetPathAsync($"{CaseApi.CaseUrl(walk.CaseId)}/documents/settlement-agreement?language=kk");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Docx, response.Content.Headers.ContentType?.MediaType);
        var disposition = response.Content.Headers.ContentDisposition!;
        Assert.Equal("attachment", disposition.DispositionType);
        Assert.Matches("^[A-Za-z0-9-]+_settlement-agreement_kk\\.docx$", disposition.FileNameStar ?? disposition.FileName!.Trim('"'));
        var bytes = await response.Content.ReadAsByteArrayAsync(TestRequests.Ct);
        Assert.Equal((byte)'P', bytes[0]);
        Assert.Equal((byte)'K', bytes[1]);
    }

    [Fact]
    public async Task Accept_text_html_or_format_html_gives_the_print_view_in_the_documents_language()
    {
        var walk = await (await CaseWalk.OpenAsync(factory)).ToAwaitingApprovalAsync();
        using var mediator = await factory.ApiClientAsync(DemoUsers.Mediator);
        var url = $"{CaseApi.CaseUrl(walk.CaseId)}/documents/settlement-agreement?language=ru";

        using var request = TestRequests.Request(HttpMethod.Get, url, "kk");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));
        using var byAccept = await mediator.SendAsync(request, TestRequests.Ct);
        using var byFormat = await mediator.GetPathAsync(url + "&format=html");

        foreach (var response in new[] { byAccept, byFormat })
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
            var html = await response.Content.ReadAsStringAsync(TestRequests.Ct);
            Assert.Contains("<html lang=\"ru\">", html, StringComparison.Ordinal);
            Assert.Contains("СОГЛАШЕНИЕ ОБ УРЕГУЛИРОВАНИИ СПОРА", html, StringComparison.Ordinal);
            Assert.DoesNotContain("{{", html, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("will?language=kk", "document", "ru", "Неизвестный документ")]
    [InlineData("settlement-agreement?language=de", "language", "kk", "Құжаттың тілі")]
    [InlineData("settlement-agreement", "language", "en", "The document's language")]
    [InlineData("settlement-agreement?language=kk&format=pdf", "format", "en", "The format must be docx or html")]
    [InlineData("session-notice?language=kk&recipient=party:1", "session", "ru", "Выберите сессию")]
    [InlineData("session-notice?language=kk&session=1", "recipient", "en", "Choose who the notice is for")]
    public async Task A_bad_parameter_is_400_naming_it_in_the_readers_language(string path, string field, string language, string message)
    {
        var walk = await CaseWalk.OpenAsync(factory);
        using var mediator = await factory.ApiClientAsync(DemoUsers.Mediator);

        using var response = await mediator.GetPathAsync($"{CaseApi.CaseUrl(walk.CaseId)}/documents/{path}", language);

        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains(field, problem.Fields);
        Assert.Contains(problem.Errors(field), m => m.StartsWith(message, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Another_councils_mediator_gets_404()
    {
        var walk = await CaseWalk.OpenAsync(factory);
        using var other = await factory.ApiClientAsync(DemoUsers.OtherMediator);

        using var response = await other.GetPathAsync($"{CaseApi.CaseUrl(walk.CaseId)}/documents/mediation-proposal?language=kk");

        await response.ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_case_page_links_each_document_in_each_language_and_the_links_answer()
    {
        var walk = await (await CaseWalk.OpenAsync(factory)).ToAwaitingConsentAsync();
        using var page = await factory.PageClientAsync(DemoUsers.Mediator);
        var html = await (await page.GetPathAsync($"/Cases/{walk.CaseId}")).Content.ReadAsStringAsync(TestRequests.Ct);

        Assert.Contains("id=\"documents\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("outcome-certificate", html, StringComparison.Ordinal);
        using var print = await page.GetPathAsync($"/Cases/{walk.CaseId}/Documents/mediation-proposal?language=kk");
        Assert.Equal(HttpStatusCode.OK, print.StatusCode);
        var printed = await print.Content.ReadAsStringAsync(TestRequests.Ct);
        Assert.Contains("МЕДИАЦИЯ ТУРАЛЫ ҰСЫНЫС", printed, StringComparison.Ordinal);
        Assert.Contains("/css/print-document.css", printed, StringComparison.Ordinal);
        using var docx = await page.GetPathAsync($"/Cases/{walk.CaseId}/Documents/mediation-agreement/docx?language=ru");
        Assert.Equal(Docx, docx.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", docx.Content.Headers.ContentDisposition?.DispositionType);
        foreach (var language in new[] { "kk", "ru", "en" })
        {
            Assert.Contains($"/Cases/{walk.CaseId}/Documents/settlement-agreement/docx?language={language}", html, StringComparison.Ordinal);
        }
    }
}
