using System.Globalization;
using MediationFlow.Core.CaseFiles;
using MediationFlow.Core.Errors;
using MediationFlow.Core.Features.CaseFile;
using MediationFlow.Web.Localization;
using Microsoft.AspNetCore.Http.Features;

namespace MediationFlow.Web.Presentation;

/// <summary>
/// Reads a multipart upload of a signed copy (the page's form and the API's body alike) into the application's command.
/// A body larger than the limit is stopped while it arrives (413 with the limit in the reader's language), never read
/// whole into memory, and never a 500.
/// </summary>
public static class CaseFileUpload
{
    /// <summary>Room for the form's other fields and the multipart boundaries around the file.</summary>
    private const long FormOverhead = 64 * 1024;

    public static async Task<AttachToCaseFile.Command> ReadAsync(long caseId, HttpRequest request, CaseFileLimits limits, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(limits);
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } body)
        {
            body.MaxRequestBodySize = limits.MaxBytes + FormOverhead;
        }

        if (request.ContentLength > limits.MaxBytes + FormOverhead)
        {
            throw TooLarge(limits);
        }

        if (!request.HasFormContentType)
        {
            throw new ValidationFailedException([new FieldError(AttachToCaseFile.FileField, "required", UiText.Get("FieldRequired"))]);
        }

        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(new FormOptions { MultipartBodyLengthLimit = limits.MaxBytes + FormOverhead, ValueCountLimit = 20 }, cancellationToken);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            throw TooLarge(limits);
        }
        catch (InvalidDataException)
        {
            // The multipart reader's limits (a part or a field too long, too many fields): the upload is too large for a scan.
            throw TooLarge(limits);
        }
        catch (IOException e)
        {
            throw new BadHttpRequestException(e.Message, StatusCodes.Status400BadRequest, e);
        }

        var errors = new List<FieldError>();
        var file = form.Files.GetFile(AttachToCaseFile.FileField);
        var command = new AttachToCaseFile.Command(
            caseId, Kind(form["proves"], errors), file?.FileName, file is null ? null : await ContentOf(file, limits, cancellationToken),
            Id(form, "partyId", errors), Id(form, "obligationId", errors), Id(form, "sessionId", errors), Id(form, "signedVersionId", errors));
        return errors.Count > 0 ? throw new ValidationFailedException(errors) : command;
    }

    private static async Task<byte[]> ContentOf(IFormFile file, CaseFileLimits limits, CancellationToken cancellationToken)
    {
        if (file.Length > limits.MaxBytes)
        {
            throw TooLarge(limits);
        }

        using var content = new MemoryStream((int)file.Length);
        await file.CopyToAsync(content, cancellationToken);
        return content.ToArray();
    }

    private static Core.Domain.AttachmentKind? Kind(string? text, List<FieldError> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var kind = CaseFileNames.Parse(text);
        if (kind is null)
        {
            errors.Add(new FieldError("proves", "unknownKind", UiText.Get("FieldInvalid")));
        }

        return kind;
    }

    private static long? Id(IFormCollection form, string field, List<FieldError> errors)
    {
        string? text = form[field];
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            return id;
        }

        errors.Add(new FieldError(field, "invalid", UiText.Get("FieldInvalid")));
        return null;
    }

    private static BadHttpRequestException TooLarge(CaseFileLimits limits) =>
        new(string.Format(CultureInfo.CurrentCulture, UiText.Get("UploadTooLarge"), limits.MaxMegabytes), StatusCodes.Status413PayloadTooLarge);
}
