using MediationFlow.Core.Errors;
using MediationFlow.Core.Features.Administration;
using MediationFlow.Web.Presentation;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace MediationFlow.Web.Pages.Admin.People;

/// <summary>The people who sign in, searched a page at a time, and a form to add one: their first password is shown once, here.</summary>
public sealed class IndexModel(ISender sender, IStringLocalizer<SharedResource> text) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Text { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public SearchPeople.Found Found { get; private set; } = null!;

    public NewPerson Form { get; private set; } = new();

    /// <summary>The person just added, with their first password: in this answer only.</summary>
    public AddUser.Added? Added { get; private set; }

    public Dictionary<string, string> Errors { get; private set; } = new(StringComparer.OrdinalIgnoreCase);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            Errors["search"] = text["FieldInvalid"];
            PageNumber = 1;
        }

        await LoadAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostAddAsync([FromForm] NewPerson form, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        try
        {
            Added = await sender.Send(new AddUser.Command(form.UserName?.Trim() ?? string.Empty, form.DisplayName ?? string.Empty, form.PreferredLanguage ?? string.Empty,
                form.Email, form.Phone), cancellationToken);
            Response.Headers.CacheControl = "no-store";
            Text = Added.UserName;
        }
        catch (ValidationFailedException e)
        {
            (Form, Errors) = (form, FormErrors.ByField(e.Errors));
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        try
        {
            Found = await sender.Send(new SearchPeople.Query(Text, null, Math.Max(1, PageNumber)), cancellationToken);
        }
        catch (ValidationFailedException e)
        {
            foreach (var (field, message) in FormErrors.ByField(e.Errors))
            {
                Errors.TryAdd(field == "text" ? "search" : field, message);
            }

            Found = await sender.Send(new SearchPeople.Query(), cancellationToken);
        }
    }

    /// <summary>The add form, with the field names AddUser's errors use.</summary>
    public sealed class NewPerson
    {
        public string? UserName { get; set; }

        public string? DisplayName { get; set; }

        public string? PreferredLanguage { get; set; } = "kk";

        public string? Email { get; set; }

        public string? Phone { get; set; }
    }
}
