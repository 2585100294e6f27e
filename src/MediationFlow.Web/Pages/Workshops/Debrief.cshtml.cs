using MediationFlow.Core.Features.Workshops;
using MediationFlow.Web.Presentation;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MediationFlow.Web.Pages.Workshops;

/// <summary>The debrief: each team's path against the scenario's, printable, and as CSV.</summary>
public sealed class DebriefModel(ISender sender) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public long Id { get; set; }

    public GetDebrief.Debrief Debrief { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Debrief = await sender.Send(new GetDebrief.Query(Id), cancellationToken);

    public async Task<IActionResult> OnGetCsvAsync(CancellationToken cancellationToken)
    {
        var debrief = await sender.Send(new GetDebrief.Query(Id), cancellationToken);
        return File(CsvDownload.Utf8WithBom(DebriefCsv.Write(debrief)), "text/csv", $"debrief-{Id}.csv");
    }
}
