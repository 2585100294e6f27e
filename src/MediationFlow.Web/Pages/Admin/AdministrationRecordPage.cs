using MediationFlow.Core.Errors;
using MediationFlow.Web.Presentation;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MediationFlow.Web.Pages.Admin;

/// <summary>
/// A record the administrator keeps with several small forms (a council, a person): each change redirects with what was
/// done, or shows the page again (400) with the errors beside the form that was refused and what was typed in it.
/// </summary>
public abstract class AdministrationRecordPage(ISender sender) : PageModel
{
    protected ISender Sender { get; } = sender;

    /// <summary>Set after a redirect that followed a change.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Done { get; set; }

    /// <summary>Which form the errors belong to, so that each is shown beside its own form.</summary>
    public string? FailedForm { get; private set; }

    public Dictionary<string, string> Errors { get; private set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>What a refused form held, shown back as typed.</summary>
    public Dictionary<string, string?> Typed { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>The record's own page, where a change redirects.</summary>
    protected abstract string Address { get; }

    public abstract Task OnGetAsync(CancellationToken cancellationToken);

    /// <summary>What a form shows in a field: what was typed if the form was refused, else the record's own value.</summary>
    public string? Value(string field, string? current) => Typed.TryGetValue(field, out var typed) ? typed : current;

    public IReadOnlyDictionary<string, string> ErrorsOf(string form) => FailedForm == form ? Errors : new Dictionary<string, string>();

    protected async Task<IActionResult> ChangeAsync<TResult>(string form, ICommand<TResult> command, Dictionary<string, string?> typed, CancellationToken cancellationToken)
    {
        try
        {
            await Sender.Send(command, cancellationToken);
            return Redirect($"{Address}?done={form}");
        }
        catch (ValidationFailedException e)
        {
            (FailedForm, Errors) = (form, FormErrors.ByField(e.Errors));
            foreach (var (field, value) in typed)
            {
                Typed[field] = value;
            }

            Response.StatusCode = StatusCodes.Status400BadRequest;
            return await ShowAsync(cancellationToken);
        }
    }

    protected async Task<IActionResult> ShowAsync(CancellationToken cancellationToken)
    {
        await OnGetAsync(cancellationToken);
        return Page();
    }
}
