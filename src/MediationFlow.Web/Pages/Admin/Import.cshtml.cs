using MediationFlow.Core.Errors;
using MediationFlow.Core.Features.Administration;
using MediationFlow.Web.Localization;
using MediationFlow.Web.Presentation;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MediationFlow.Web.Pages.Admin;

/// <summary>
/// Bulk import in the browser: upload a councils or people file, read the check (every problem by row and column, what
/// each row would do), then import the very file checked; the first passwords of new people come out once, as a file.
/// </summary>
public sealed class ImportModel(ISender sender, ImportDrafts drafts) : PageModel
{
    [BindProperty]
    public ImportKind Kind { get; set; } = ImportKind.People;

    public ImportUpload.Outcome? Outcome { get; private set; }

    /// <summary>The checked file kept for "Import now", and its name.</summary>
    public string? DraftId { get; private set; }

    public string? FileName { get; private set; }

    /// <summary>The first passwords as a CSV file, offered once in this answer.</summary>
    public byte[]? Passwords { get; private set; }

    public Dictionary<string, string> Errors { get; private set; } = new(StringComparer.OrdinalIgnoreCase);

    public async Task OnGetAsync(CancellationToken cancellationToken) => await sender.Send(new EnterAdministration.Query(), cancellationToken);

    public async Task<IActionResult> OnPostCheckAsync(IFormFile? file, CancellationToken cancellationToken)
    {
        await OnGetAsync(cancellationToken);
        try
        {
            var upload = await ImportUpload.ReadAsync(file, cancellationToken);
            Outcome = await ImportUpload.SendAsync(sender, Kind, upload, apply: false, cancellationToken);
            FileName = upload!.Name;
            if (Outcome.Report.Problems.Count == 0)
            {
                DraftId = await drafts.KeepAsync(upload, cancellationToken);
            }
        }
        catch (ValidationFailedException e)
        {
            Refused(e);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostApplyAsync(string? draftId, string? fileName, CancellationToken cancellationToken)
    {
        await OnGetAsync(cancellationToken);
        FileName = fileName;
        try
        {
            var draft = await drafts.FindAsync(draftId, fileName, cancellationToken)
                ?? throw new ValidationFailedException([new FieldError("file", "required", UiText.Get("ImportFileRequired"))]);
            Outcome = await ImportUpload.SendAsync(sender, Kind, draft, apply: true, cancellationToken);
            drafts.Remove(draftId, fileName);
            if (Outcome.NewAccounts.Count > 0)
            {
                Passwords = ImportUpload.PasswordsCsv(Outcome.NewAccounts);
                // The passwords are in this answer only: no browser or proxy may keep a copy.
                Response.Headers.CacheControl = "no-store";
            }
        }
        catch (ValidationFailedException e)
        {
            Refused(e);
        }

        return Page();
    }

    /// <summary>A template in the language asked for (the page's by default), as .xlsx or .csv.</summary>
    public async Task<IActionResult> OnGetTemplateAsync(ImportKind kind, ImportFormat format, string? language, CancellationToken cancellationToken)
    {
        await OnGetAsync(cancellationToken);
        var lang = language is "kk" or "ru" or "en" ? language : System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        var type = format == ImportFormat.Xlsx ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" : "text/csv";
        return File(ImportUpload.Template(kind, format, lang), type, $"{kind.ToString().ToLowerInvariant()}-{lang}.{format.ToString().ToLowerInvariant()}");
    }

    private void Refused(ValidationFailedException refusal)
    {
        Errors = FormErrors.ByField(refusal.Errors);
        // A file with problems refused whole on import: every problem by row and column, as the check shows them.
        Problems = [.. refusal.Errors.Where(e => e.Field != "file")];
        Response.StatusCode = StatusCodes.Status400BadRequest;
    }

    /// <summary>The problems an import refused the file for (the check lists its own in its report).</summary>
    public IReadOnlyList<FieldError> Problems { get; private set; } = [];
}
