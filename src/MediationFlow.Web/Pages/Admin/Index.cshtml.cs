using MediationFlow.Core.Domain;
using MediationFlow.Core.Errors;
using MediationFlow.Core.Features.Administration;
using MediationFlow.Web.Presentation;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace MediationFlow.Web.Pages.Admin;

/// <summary>
/// The council tree for the administrator: one level at a time from the top (2,786 councils are never listed at once),
/// or a search by code or name, and a form to add a council.
/// </summary>
public sealed class IndexModel(ISender sender, IStringLocalizer<SharedResource> text) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int? ParentId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Text { get; set; }

    [BindProperty(SupportsGet = true)]
    public CouncilLevel? Level { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public SearchCouncils.Found Found { get; private set; } = null!;

    public NewCouncil Form { get; set; } = new();

    public Dictionary<string, string> Errors { get; private set; } = new(StringComparer.OrdinalIgnoreCase);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            // A hand-edited address (level=galaxy, p=abc): say so, and show the top of the tree.
            Errors["search"] = text["FieldInvalid"];
            (ParentId, Level, PageNumber) = (null, null, 1);
        }

        await LoadAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostAddAsync([FromForm] NewCouncil form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        try
        {
            var added = await sender.Send(new AddCouncil.Command(form.Code ?? string.Empty, form.Level, form.NameKk ?? string.Empty, form.NameRu ?? string.Empty,
                form.NameEn ?? string.Empty, string.IsNullOrWhiteSpace(form.ParentCode) ? null : form.ParentCode.Trim()), cancellationToken);
            return Redirect($"/Admin/Councils/{added.CouncilId}?done=added");
        }
        catch (ValidationFailedException e)
        {
            (Form, Errors) = (form, FormErrors.ByField(e.Errors));
            Response.StatusCode = StatusCodes.Status400BadRequest;
            await LoadAsync(cancellationToken);
            return Page();
        }
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        try
        {
            Found = await sender.Send(new SearchCouncils.Query(ParentId, Text, Level, Math.Max(1, PageNumber)), cancellationToken);
        }
        catch (ValidationFailedException e)
        {
            Errors = FormErrors.ByField(e.Errors);
            Found = await sender.Send(new SearchCouncils.Query(), cancellationToken);
        }

        if (Form.ParentCode is null && Found.Ancestors.Count > 0)
        {
            Form.ParentCode = Found.Ancestors[^1].Code;
        }
    }

    /// <summary>The add form: a council's code, level, three names and the code of the council above.</summary>
    public sealed class NewCouncil
    {
        public string? Code { get; set; }

        public CouncilLevel Level { get; set; } = CouncilLevel.Rural;

        public string? NameKk { get; set; }

        public string? NameRu { get; set; }

        public string? NameEn { get; set; }

        public string? ParentCode { get; set; }
    }
}
