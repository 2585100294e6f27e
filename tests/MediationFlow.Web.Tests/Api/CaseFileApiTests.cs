using System.Globalization;
using System.Net;
using MediationFlow.Core.Tests.Infrastructure;
using MediationFlow.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MediationFlow.Web.Tests.Api;

/// <summary>/api/v1/cases/{id}/file: signed copies uploaded, listed and downloaded, never shown inline.</summary>
public sealed class CaseFileApiTests(MediationFlowFactory factory) : IClassFixture<MediationFlowFactory>
{
    public static TheoryData<string, string, string> Types() => new()
    {
        { "pdf", "application/pdf", "scan.pdf" },
        { "jpeg", "image/jpeg", "scan.jpg" },
        { "png", "image/png", "scan.png" },
    };

    [Theory]
    [MemberData(nameof(Types))]
    public async Task A_signed_copy_is_uploaded_listed_and_downloaded_as_an_attachment_of_its_detected_type(string type, string contentType, string fileName)
    {
        var walk = await CaseWalk.OpenAsync(factory);
        using var mediator = await factory.ApiClientAsync(DemoUsers.Mediator);
        using var chair = await factory.ApiClientAsync(DemoUsers.Chair);
        var scan = type switch { "pdf" => Scans.Pdf(), "jpeg" => Scans.Jpeg(), _ => Scans.Png() };

        // The client claims HTML: the product goes by the bytes.
        using var uploaded = await mediator.UploadAsync(walk.CaseId, Uploads.Multipart("signedAgreementOnMediation", scan, "scan.html", "text/html"));

        var attached = await uploaded.JsonAsync(HttpStatusCode.Created);
        var entryId = attached.GetProperty("entryId").GetInt64();
        Assert.Equal($"/api/v1/cases/{walk.CaseId}/file/{entryId}", uploaded.Headers.Location?.OriginalString);
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(scan)), attached.GetProperty("sha256").GetString());
        using var listing = await chair.GetPathAsync(CaseApi.CaseUrl(walk.CaseId) + "/file");
        var entry = (await listing.JsonAsync(HttpStatusCode.OK)).GetProperty("entries").EnumerateArray().Single();
        Assert.Equal((entryId, "attachment", "signedAgreementOnMediation", contentType, fileName, "Гүлнар Ахметова", true),
            (entry.GetProperty("id").GetInt64(), entry.GetProperty("kind").GetString(), entry.GetProperty("proves").GetString(), entry.GetProperty("contentType").GetString(),
                entry.GetProperty("fileName").GetString(), entry.GetProperty("addedByName").GetString(), entry.GetProperty("mayOpen").GetBoolean()));

        using var download = await chair.GetPathAsync($"{CaseApi.CaseUrl(walk.CaseId)}/file/{entryId}");

        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(scan, await download.Content.ReadAsByteArrayAsync(TestRequests.Ct));
        Assert.Equal(contentType, download.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal(fileName, download.Content.Headers.ContentDisposition?.FileNameStar);
        Assert.Equal("nosniff", download.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Contains("default-src 'self'", download.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_document_kept_for_signing_is_the_generated_docx_as_its_next_version_and_a_signed_scan_names_it()
    {
        var walk = await CaseWalk.OpenAsync(factory);
        using var mediator = await factory.ApiClientAsync(DemoUsers.Mediator);
        var file = CaseApi.CaseUrl(walk.CaseId) + "/file";

        using var first = await mediator.PostJsonAsync(file + "/documents", new { document = "mediation-agreement", language = "kk" });
        using var second = await mediator.PostJsonAsync(file + "/documents", new { document = "mediation-agreement", language = "kk" });

        var kept = await second.JsonAsync(HttpStatusCode.Created);
        Assert.Equal((1, 2), ((await first.JsonAsync(HttpStatusCode.Created)).GetProperty("version").GetInt32(), kept.GetProperty("version").GetInt32()));
        var entryId = kept.GetProperty("entryId").GetInt64();
        using var download = await mediator.GetPathAsync($"{file}/{entryId}");
        var docx = await download.Content.ReadAsByteArrayAsync(TestRequests.Ct);
        Assert.Equal(("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "attachment"),
            (download.Content.Headers.ContentType?.MediaType, download.Content.Headers.ContentDisposition?.DispositionType));
        Assert.Equal(kept.GetProperty("sha256").GetString(), Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(docx)));
        using (var word = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(new MemoryStream(docx), false))
        {
            Assert.Contains("медиация туралы шарт", word.MainDocumentPart!.Document.Body!.InnerText, StringComparison.OrdinalIgnoreCase);
        }

        using var signed = await mediator.UploadAsync(walk.CaseId, Uploads.Multipart("signedAgreementOnMediation", Scans.Pdf(), "signed.pdf",
            fields: [("signedVersionId", entryId.ToString(CultureInfo.InvariantCulture))]));
        await signed.JsonAsync(HttpStatusCode.Created);
        using var listing = await mediator.GetPathAsync(file);
        var version = (await listing.JsonAsync(HttpStatusCode.OK)).GetProperty("entries").EnumerateArray().Single(e => e.GetProperty("id").GetInt64() == entryId);
        Assert.Equal(("mediation-agreement", "kk", 2, 1),
            (version.GetProperty("document").GetString(), version.GetProperty("language").GetString(), version.GetProperty("version").GetInt32(), version.GetProperty("signedCopyIds").GetArrayLength()));
    }

    [Fact]
    public async Task Keeping_an_unknown_document_or_language_is_refused_by_field_and_keeps_nothing()
    {
        var walk = await CaseWalk.OpenAsync(factory);
        using var mediator = await factory.ApiClientAsync(DemoUsers.Mediator);
        var file = CaseApi.CaseUrl(walk.CaseId) + "/file";

        using var refused = await mediator.PostJsonAsync(file + "/documents", new { document = "will", language = "de" }, "ru");
        using var closedOnly = await mediator.PostJsonAsync(file + "/documents", new { document = "outcome-certificate", language = "ru" });

        Assert.Equal(["document", "language"], (await refused.ProblemAsync(HttpStatusCode.BadRequest)).Fields);
        Assert.Equal(["document"], (await closedOnly.ProblemAsync(HttpStatusCode.BadRequest)).Fields);
        using var listing = await mediator.GetPathAsync(file);
        Assert.Equal(0, (await listing.JsonAsync(HttpStatusCode.OK)).GetProperty("entries").GetArrayLength());
    }

    [Fact]
    public async Task Every_download_is_in_the_read_audit_trail()
    {
        var walk = await CaseWalk.OpenAsync(factory);
        using var mediator = await factory.ApiClientAsync(DemoUsers.Mediator);
        using var uploaded = await mediator.UploadAsync(walk.CaseId, Uploads.Multipart("signedAgreementOnMediation", Scans.Pdf(), "a.pdf"));
        var entryId = (await uploaded.JsonAsync(HttpStatusCode.Created)).GetProperty("entryId").GetInt64();

        for (var i = 0; i < 2; i++)
        {
            using var download = await mediator.GetPathAsync($"{CaseApi.CaseUrl(walk.CaseId)}/file/{entryId}");
            Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        }

        await factory.Services.GetRequiredService<Core.Persistence.ReadAuditTrail>().FlushAsync(TestRequests.Ct);
        var mediatorId = await factory.UserIdAsync(DemoUsers.Mediator);
        Assert.Equal(2, await factory.QueryAsync(db => db.AuditEntries.CountAsync(a => a.CaseId == walk.CaseId && a.Action == "GetCaseFileEntry" && a.UserId == mediatorId)));
    }

    [Theory]
    [InlineData("en", "Only a PDF, JPEG or PNG scan or photo can be attached")]
    [InlineData("ru", "Прикрепить можно только скан или фото")]
    [InlineData("kk", "Тек PDF, JPEG немесе PNG форматындағы скан")]
    public async Task A_renamed_program_is_400_naming_the_file_in_the_readers_language(string language, string start)
    {
        var walk = await CaseWalk.OpenAsync(factory);
        using var mediator = await factory.ApiClientAsync(DemoUsers.Mediator);

        using var response = await mediator.UploadAsync(walk.CaseId, Uploads.Multipart("signedAgreementOnMediation", Scans.WindowsProgram(), "agreement.pdf"), language);

        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal(["file"], problem.Fields);
        Assert.StartsWith(start, problem.Errors("file").Single(), StringComparison.Ordinal);
        Assert.Equal(0, await factory.QueryAsync(db => db.CaseFileEntries.CountAsync(e => e.CaseId == walk.CaseId)));
    }

    [Fact]
    public async Task A_body_over_the_limit_is_413_with_the_limit_and_stores_nothing()
    {
        var walk = await CaseWalk.OpenAsync(factory);
        using var mediator = await factory.ApiClientAsync(DemoUsers.Mediator);
        var huge = new byte[(11 * 1024 * 1024) + 1];
        Scans.Pdf().CopyTo(huge, 0);

        using var response = await mediator.UploadAsync(walk.CaseId, Uploads.Multipart("signedAgreementOnMediation", huge, "big.pdf"), "ru");

        var problem = await response.ProblemAsync(HttpStatusCode.RequestEntityTooLarge);
        Assert.Equal("Загружаемый файл больше 10 МБ; отсканируйте его с меньшим разрешением или по частям.", problem.Detail);
        Assert.Equal(0, await factory.QueryAsync(db => db.CaseFileEntries.CountAsync(e => e.CaseId == walk.CaseId)));
    }

    [Fact]
    public async Task A_form_without_a_file_is_400_naming_the_file_and_a_JSON_body_is_an_unsupported_media_type()
    {
        var walk = await CaseWalk.OpenAsync(factory);
        using var mediator = await factory.ApiClientAsync(DemoUsers.Mediator);
        using var form = new MultipartFormDataContent { { new StringContent("signedAgreementOnMediation"), "proves" } };

        using var noFile = await mediator.UploadAsync(walk.CaseId, form);
        using var json = await mediator.PostJsonAsync(CaseApi.CaseUrl(walk.CaseId) + "/file", new { file = "JVBERi0=" });

        Assert.Equal(["file"], (await noFile.ProblemAsync(HttpStatusCode.BadRequest)).Fields);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, json.StatusCode);
    }

    [Fact]
    public async Task Another_councils_mediator_is_told_the_case_file_does_not_exist()
    {
        var walk = await CaseWalk.OpenAsync(factory);
        using var mediator = await factory.ApiClientAsync(DemoUsers.Mediator);
        using var uploaded = await mediator.UploadAsync(walk.CaseId, Uploads.Multipart("signedAgreementOnMediation", Scans.Pdf(), "a.pdf"));
        var entryId = (await uploaded.JsonAsync(HttpStatusCode.Created)).GetProperty("entryId").GetInt64();
        using var other = await factory.ApiClientAsync(DemoUsers.OtherMediator);

        using var listing = await other.GetPathAsync(CaseApi.CaseUrl(walk.CaseId) + "/file");
        using var download = await other.GetPathAsync($"{CaseApi.CaseUrl(walk.CaseId)}/file/{entryId.ToString(CultureInfo.InvariantCulture)}");
        using var upload = await other.UploadAsync(walk.CaseId, Uploads.Multipart("signedAgreementOnMediation", Scans.Pdf(), "a.pdf"));

        await listing.ProblemAsync(HttpStatusCode.NotFound);
        await download.ProblemAsync(HttpStatusCode.NotFound);
        await upload.ProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(1, await factory.QueryAsync(db => db.CaseFileEntries.CountAsync(e => e.CaseId == walk.CaseId)));
    }
}
