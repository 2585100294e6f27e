using System.Globalization;
using MediationFlow.Core.Domain;
using MediationFlow.Core.Errors;
using MediationFlow.Core.Features.Cases;
using MediationFlow.Core.Features.Councils;
using MediationFlow.Web.Presentation;
using MediationFlow.Workflows.Engine;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace MediationFlow.Web.Pages.Cases;

/// <summary>Case list and search: a GET form, so a search is a link that can be bookmarked or shared.</summary>
public sealed class IndexModel(ISender sender, WorkflowCatalog catalog, IStringLocalizer<SharedResource> text, TimeProvider time) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Number { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? PartyName { get; set; }

    [BindProperty(SupportsGet = true)]
    public DisputeCategory? Category { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? State { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? CouncilId { get; set; }

    [BindProperty(SupportsGet = true)]
    public long? After { get; set; }

    public SearchCases.Page Results { get; private set; } = new([], null);

    public IReadOnlyList<GetMyCouncils.MyCouncil> Councils { get; private set; } = [];

    public Dictionary<string, string> Errors { get; private set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Every state of the definitions in use, by id, named in the reader's language (latest version's name).</summary>
    public IReadOnlyList<Choice> States { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var language = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        States = [.. catalog.All.Reverse().SelectMany(w => w.Definition.States)
            .DistinctBy(s => s.Id).Select(s => new Choice(s.Id, s.Name.For(language)))];
        Councils = [.. (await sender.Send(new GetMyCouncils.Query(), cancellationToken)).Where(c => c.IsCasework)];
        if (!ModelState.IsValid)
        {
            // A hand-edited link (category=abc): say which filter is wrong rather than ignore it.
            Errors = ModelState.Where(e => e.Value?.Errors.Count > 0).ToDictionary(e => e.Key, _ => (string)text["FieldInvalid"], StringComparer.OrdinalIgnoreCase);
            return;
        }

        try
        {
            Results = await sender.Send(new SearchCases.Query(Number, PartyName, Category, State, CouncilId, After), cancellationToken);
        }
        catch (ValidationFailedException e)
        {
            Errors = FormErrors.ByField(e.Errors);
        }
    }

    public DateTimeOffset Now => time.GetUtcNow();

    /// <summary>A page of the same search: the first (no cursor) or the one after the last case shown.</summary>
    public string PageUrl(long? next)
    {
        var query = new Dictionary<string, string?>
        {
            ["number"] = Number,
            ["partyName"] = PartyName,
            ["category"] = Category?.ToString(),
            ["state"] = State,
            ["councilId"] = CouncilId?.ToString(CultureInfo.InvariantCulture),
            ["after"] = next?.ToString(CultureInfo.InvariantCulture),
        };
        return Microsoft.AspNetCore.WebUtilities.QueryHelpers.AddQueryString("/Cases", query.Where(q => !string.IsNullOrEmpty(q.Value)));
    }

    public bool Filtered => Number is not null || PartyName is not null || Category is not null || State is not null || CouncilId is not null;
}
