using System.Globalization;
using MediationFlow.Core.CaseFiles;
using MediationFlow.Core.Errors;
using MediationFlow.Core.Features.CaseFile;
using MediationFlow.Web.Presentation;
using Mediator;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MediationFlow.Web.Pages.Cases;

/// <summary>
/// The case file: every generated document version and every signed copy, who added it and when, and the form that
/// attaches a scan to the act it proves. A refused upload shows the form again with the reason beside the field.
/// </summary>
[IgnoreAntiforgeryToken(Order = 1001)]
public sealed class FileModel(ISender sender, CaseFileLimits limits, IAntiforgery antiforgery) : PageModel
{
    public long Id { get; private set; }

    public bool Done { get; private set; }

    /// <summary>The notice after a redirect tells a kept document from an attached scan.</summary>
    public bool Kept { get; private set; }

    public GetCaseFile.CaseFileView CaseFile { get; private set; } = null!;

    public Dictionary<string, string> Errors { get; private set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>What the reader chose before a refusal, so they only pick the file again.</summary>
    public IReadOnlyDictionary<string, string?> Submitted { get; private set; } = new Dictionary<string, string?>();

    public long MaxMegabytes => (long)limits.MaxMegabytes;

    public async Task OnGetAsync(long id, bool done, bool kept, CancellationToken cancellationToken)
    {
        (Id, Done, Kept) = (id, done || kept, kept);
        CaseFile = await sender.Send(new GetCaseFile.Query(Id), cancellationToken);
    }

    public async Task<IActionResult> OnGetEntryAsync(long id, long entryId, CancellationToken cancellationToken) =>
        new DownloadResult(await sender.Send(new GetCaseFileEntry.Query(id, entryId), cancellationToken));

    /// <remarks>
    /// Nothing is bound from the form: binding reads the whole body under the general limits before the handler runs,
    /// so the handler reads it itself, under the upload's limit, and takes the case from the route.
    /// </remarks>
    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Id = long.Parse((string)RouteData.Values["id"]!, CultureInfo.InvariantCulture);
        try
        {
            var command = await CaseFileUpload.ReadAsync(Id, Request, limits, cancellationToken);
            await ValidateAntiforgeryAsync();
            await sender.Send(command, cancellationToken);
            return Redirect($"/Cases/{Id.ToString(CultureInfo.InvariantCulture)}/File?done=true");
        }
        catch (ValidationFailedException e)
        {
            return await RefusedAsync(StatusCodes.Status400BadRequest, FormErrors.ByField(e.Errors), cancellationToken);
        }
        catch (BadHttpRequestException e)
        {
            return await RefusedAsync(e.StatusCode, new(StringComparer.OrdinalIgnoreCase) { [AttachToCaseFile.FileField] = e.Message }, cancellationToken);
        }
        catch (AntiforgeryValidationException)
        {
            return BadRequest();
        }
    }

    /// <summary>Generates the chosen document as .docx and keeps it as its next version, for printing and signing.</summary>
    public async Task<IActionResult> OnPostDocumentAsync(long id, string? document, string? language, CancellationToken cancellationToken)
    {
        Id = id;
        try
        {
            await ValidateAntiforgeryAsync();
            await sender.Send(new RecordGeneratedDocument.Command(id, document ?? string.Empty, language ?? string.Empty), cancellationToken);
            return Redirect($"/Cases/{Id.ToString(CultureInfo.InvariantCulture)}/File?kept=true");
        }
        catch (ValidationFailedException e)
        {
            return await RefusedAsync(StatusCodes.Status400BadRequest, FormErrors.ByField(e.Errors), cancellationToken);
        }
        catch (AntiforgeryValidationException)
        {
            return BadRequest();
        }
    }

    /// <summary>
    /// The form is read here, under the upload's own size limit, so the token is checked after it rather than by the
    /// framework's filter, which would read the body first under the general limits.
    /// </summary>
    private Task ValidateAntiforgeryAsync() => antiforgery.ValidateRequestAsync(HttpContext);

    private async Task<IActionResult> RefusedAsync(int status, Dictionary<string, string> errors, CancellationToken cancellationToken)
    {
        CaseFile = await sender.Send(new GetCaseFile.Query(Id), cancellationToken);
        Errors = errors;
        // Only a form that was read whole: one refused for its size is not read again.
        Submitted = HttpContext.Features.Get<IFormFeature>()?.Form is { } form
            ? form.Keys.ToDictionary(k => k, k => (string?)form[k].ToString(), StringComparer.Ordinal)
            : new Dictionary<string, string?>();
        Response.StatusCode = status;
        return Page();
    }

    private sealed class DownloadResult(GetCaseFileEntry.Download download) : IActionResult
    {
        public Task ExecuteResultAsync(ActionContext context) => CaseFileDownload.Result(context.HttpContext, download).ExecuteAsync(context.HttpContext);
    }
}
