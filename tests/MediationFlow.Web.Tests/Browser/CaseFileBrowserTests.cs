using MediationFlow.Core.Tests.Infrastructure;
using MediationFlow.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace MediationFlow.Web.Tests.Browser;

/// <summary>In a real headless Chromium: the mediator goes from the case page to its file and attaches the signed agreement's scan.</summary>
public sealed class CaseFileBrowserTests(V3BrowserHost host) : IClassFixture<V3BrowserHost>
{
    [Fact]
    public async Task The_mediator_uploads_a_signed_scan_and_sees_it_in_the_case_file()
    {
        ChromiumPrerequisite.Require();
        var screenshots = new Screenshots(nameof(The_mediator_uploads_a_signed_scan_and_sees_it_in_the_case_file));
        var walk = await CaseWalk.OpenAsync(host);
        await using var mediator = await host.PersonAsync(DemoUsers.Mediator, screenshots);
        await mediator.SignInAsync();
        await mediator.SwitchLanguageAsync("ru");

        await mediator.OpenAsync($"/Cases/{walk.CaseId}", "case");
        await mediator.Page.GetByTestId("case-file-link").ClickAsync();
        await Expect(mediator.Page.GetByTestId("case-file-empty")).ToBeVisibleAsync();
        var form = mediator.Page.GetByTestId("attach-form");
        await form.Locator("select[name=proves]").SelectOptionAsync("signedAgreementOnMediation");
        await form.Locator("input[name=file]").SetInputFilesAsync(new FilePayload { Name = "договор-подписан.pdf", MimeType = "application/pdf", Buffer = Scans.Pdf() });
        await mediator.SubmitAsync(form.Locator("button[type=submit]"), "attached");

        await Expect(mediator.Page.GetByTestId("notice-done")).ToContainTextAsync("Подписанная копия добавлена в материалы дела.");
        var row = mediator.Page.Locator("[data-testid=case-file] tr[data-proves=signedAgreementOnMediation]");
        await Expect(row).ToHaveCountAsync(1);
        await Expect(row).ToContainTextAsync("Подписанный договор о медиации");
        await Expect(row).ToContainTextAsync("договор-подписан.pdf");
        await Expect(row).ToContainTextAsync("Гүлнар Ахметова");
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Scans.Pdf())), await row.GetAttributeAsync("data-sha256"));
        await Expect(row.GetByTestId("download")).ToHaveAttributeAsync("download", "");
    }

    [Fact]
    public async Task In_Kazakh_the_mediator_downloads_the_agreement_keeps_it_for_signing_and_attaches_its_signed_scan()
    {
        ChromiumPrerequisite.Require();
        var screenshots = new Screenshots(nameof(In_Kazakh_the_mediator_downloads_the_agreement_keeps_it_for_signing_and_attaches_its_signed_scan));
        var walk = await CaseWalk.OpenAsync(host);
        await using var mediator = await host.PersonAsync(DemoUsers.Mediator, screenshots);
        await mediator.SignInAsync();
        await mediator.SwitchLanguageAsync("kk");

        await mediator.OpenAsync($"/Cases/{walk.CaseId}", "case");
        var download = await mediator.Page.RunAndWaitForDownloadAsync(() => mediator.Page.GetByTestId("docx-mediation-agreement-kk").ClickAsync());
        Assert.EndsWith(".docx", download.SuggestedFilename, StringComparison.Ordinal);
        using (var word = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(await download.PathAsync(), false))
        {
            Assert.Contains("МЕДИАЦИЯ ТУРАЛЫ ШАРТ", word.MainDocumentPart!.Document.Body!.InnerText, StringComparison.Ordinal);
        }

        await mediator.Page.GetByTestId("case-file-link").ClickAsync();
        var keep = mediator.Page.GetByTestId("keep-form");
        await keep.Locator("select[name=document]").SelectOptionAsync("mediation-agreement");
        await keep.Locator("select[name=language]").SelectOptionAsync("kk");
        await mediator.SubmitAsync(keep.Locator("button[type=submit]"), "kept");
        await Expect(mediator.Page.GetByTestId("notice-done")).ToContainTextAsync("Құжат іс материалдарында сақталды.");
        var version = mediator.Page.Locator("[data-testid=case-file] tr[data-kind=GeneratedDocument]");
        await Expect(version).ToContainTextAsync("Медиация туралы шарт");

        var attach = mediator.Page.GetByTestId("attach-form");
        await attach.Locator("select[name=proves]").SelectOptionAsync("signedAgreementOnMediation");
        await attach.Locator("select[name=signedVersionId]").SelectOptionAsync(await version.GetAttributeAsync("data-entry-id") ?? string.Empty);
        await attach.Locator("input[name=file]").SetInputFilesAsync(new FilePayload { Name = "шарт-қол-қойылған.jpg", MimeType = "image/jpeg", Buffer = Scans.Jpeg() });
        await mediator.SubmitAsync(attach.Locator("button[type=submit]"), "attached");

        await Expect(version.GetByTestId("signed-version")).ToBeVisibleAsync();
        var scan = mediator.Page.Locator("[data-testid=case-file] tr[data-proves=signedAgreementOnMediation]");
        await Expect(scan.GetByTestId("signed-copy-of")).ToBeVisibleAsync();
        await Expect(scan).ToContainTextAsync("шарт-қол-қойылған.jpg");
    }
}
