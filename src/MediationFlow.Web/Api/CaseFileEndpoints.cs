using MediationFlow.Core.CaseFiles;
using MediationFlow.Core.Features.CaseFile;
using MediationFlow.Web.Presentation;
using Mediator;

namespace MediationFlow.Web.Api;

/// <summary>/api/v1/cases/{id}/file: the case file, a signed copy uploaded to it, and one entry downloaded.</summary>
public static class CaseFileEndpoints
{
    public static void MapCaseFile(this RouteGroupBuilder cases)
    {
        ArgumentNullException.ThrowIfNull(cases);
        cases.MapGet("/{id:long}/file", (long id, ISender sender, CancellationToken ct) => sender.Send(new GetCaseFile.Query(id), ct))
            .WithName("GetCaseFile").Refuses(RefusalTable.NotFound)
            .WithSummary("The case file: every generated document version (`document`, `language`, `version`, `signedCopyIds`) and every attachment "
                + "(`proves`: signedAgreementOnMediation, signedSettlement, obligationEvidence or sessionRecord; `signedVersionId`), newest first, with who added it and when. "
                + "`mayOpen` is false for a session's record unless you read the session notes.");
        cases.MapPost("/{id:long}/file", AttachAsync).WithName("AttachToCaseFile")
            .Accepts<AttachmentForm>("multipart/form-data").Produces<AttachToCaseFile.Attached>(StatusCodes.Status201Created)
            .Produces(StatusCodes.Status413PayloadTooLarge)
            .Refuses(RefusalTable.Forbidden, RefusalTable.NotFound)
            .WithSummary("Attach a scan or photo of a signed paper (PDF, JPEG or PNG, told from its content, not its name) to the act it proves. "
                + "Multipart fields: `file`, `proves`, and `partyId` (signedSettlement), `obligationId` (obligationEvidence), `sessionId` (sessionRecord), optional `signedVersionId`. "
                + "A file that is no complete PDF, JPEG or PNG is a 400 naming `file`; a body over the size limit is a 413. Nothing is stored when refused.");
        cases.MapPost("/{id:long}/file/documents", FileDocumentAsync).WithName("RecordGeneratedDocument").Accepts<GeneratedDocumentBody>("application/json")
            .Produces<RecordGeneratedDocument.Recorded>(StatusCodes.Status201Created)
            .Refuses(RefusalTable.InvalidFields, RefusalTable.Forbidden, RefusalTable.NotFound)
            .WithSummary("Generate a document as .docx (`document` and `language` as in GET /documents/{document}; `session` and `recipient` for a session notice) "
                + "and keep it in the case file as the next version of that document in that language: the copy to print for signing, which a signed scan then names "
                + "with `signedVersionId`.");
        cases.MapGet("/{id:long}/file/{entryId:long}", DownloadAsync).WithName("DownloadCaseFileEntry")
            .Produces<byte[]>(StatusCodes.Status200OK, "application/pdf", "image/jpeg", "image/png", RecordGeneratedDocument.WordContentType)
            .Refuses(RefusalTable.Forbidden, RefusalTable.NotFound)
            .WithSummary("Download one entry of the case file, always as an attachment with the type detected when it was added. Every download is recorded in the read-audit trail.");
    }

    private static async Task<IResult> AttachAsync(long id, HttpRequest request, ISender sender, CaseFileLimits limits, CancellationToken ct)
    {
        var attached = await sender.Send(await CaseFileUpload.ReadAsync(id, request, limits, ct), ct);
        return Results.Created($"/api/v1/cases/{id}/file/{attached.EntryId}", attached);
    }

    private static async Task<IResult> FileDocumentAsync(long id, HttpRequest request, ISender sender, CancellationToken ct)
    {
        var body = await JsonBody.ReadAsync<GeneratedDocumentBody>(request, ct);
        var recorded = await sender.Send(new RecordGeneratedDocument.Command(id, body.Document, body.Language, body.Session, body.Recipient), ct);
        return Results.Created($"/api/v1/cases/{id}/file/{recorded.EntryId}", recorded);
    }

    private static async Task<IResult> DownloadAsync(long id, long entryId, HttpContext context, ISender sender, CancellationToken ct)
    {
        var download = await sender.Send(new GetCaseFileEntry.Query(id, entryId), ct);
        return CaseFileDownload.Result(context, download);
    }

    /// <summary>The multipart form of an upload, for the OpenAPI document.</summary>
    public sealed record AttachmentForm(IFormFile File, string Proves, long? PartyId, long? ObligationId, long? SessionId, long? SignedVersionId);
}

/// <summary>POST /api/v1/cases/{id}/file/documents: the document to generate into the case file.</summary>
public sealed record GeneratedDocumentBody(string Document, string Language, long? Session = null, string? Recipient = null);
