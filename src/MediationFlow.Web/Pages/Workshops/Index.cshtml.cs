using MediationFlow.Core.Domain;
using MediationFlow.Core.Errors;
using MediationFlow.Core.Features.Councils;
using MediationFlow.Core.Features.Workshops;
using MediationFlow.Web.Presentation;
using MediationFlow.Workflows.Scenarios;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MediationFlow.Web.Pages.Workshops;

/// <summary>The workshops I run or take part in; trainers set up a new one from the scenario library.</summary>
public sealed class IndexModel(ISender sender, ScenarioLibrary library) : PageModel
{
    public IReadOnlyList<ListWorkshops.Item> Workshops { get; private set; } = [];

    /// <summary>Councils where the user is a trainer: where they may set up workshops.</summary>
    public IReadOnlyList<GetMyCouncils.MyCouncil> TrainerCouncils { get; private set; } = [];

    public IEnumerable<Scenario> Scenarios => library.All;

    public Dictionary<string, string> Errors { get; private set; } = new(StringComparer.OrdinalIgnoreCase);

    [BindProperty]
    public NewWorkshop Form { get; set; } = new();

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken cancellationToken)
    {
        try
        {
            var created = await sender.Send(new CreateWorkshop.Command(Form.CouncilId, Form.ScenarioId ?? string.Empty, Form.Title ?? string.Empty), cancellationToken);
            return Redirect($"/Workshops/{created.WorkshopId}");
        }
        catch (ValidationFailedException e)
        {
            Errors = FormErrors.ByField(e.Errors);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            await LoadAsync(cancellationToken);
            return Page();
        }
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Workshops = await sender.Send(new ListWorkshops.Query(), cancellationToken);
        TrainerCouncils = [.. (await sender.Send(new GetMyCouncils.Query(), cancellationToken)).Where(c => c.Roles.Contains(CouncilRole.Trainer))];
    }

    public sealed class NewWorkshop
    {
        public int CouncilId { get; set; }
        public string? ScenarioId { get; set; }
        public string? Title { get; set; }
    }
}
