using MediationFlow.Core.Errors;
using MediationFlow.Core.Features.Councils;
using MediationFlow.Web.Presentation;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace MediationFlow.Web.Pages.Councils;

/// <summary>A council's figures for a year, with a row per council one level down that leads to its own figures.</summary>
public sealed class FiguresModel(ISender sender, IStringLocalizer<SharedResource> text, Display display) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    public GetCouncilFigures.Figures? Figures { get; private set; }

    public Dictionary<string, string> Errors { get; private set; } = new(StringComparer.OrdinalIgnoreCase);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            // A hand-edited link (year=abc): say so, and show this year's figures.
            Errors["year"] = text["FieldInvalid"];
            Year = null;
        }

        try
        {
            Figures = await sender.Send(new GetCouncilFigures.Query(Id, Year), cancellationToken);
        }
        catch (ValidationFailedException e)
        {
            Errors = FormErrors.ByField(e.Errors);
            Figures = await sender.Send(new GetCouncilFigures.Query(Id), cancellationToken);
        }
    }

    /// <summary>The same figures as CSV; a wrong year shows the page with the error instead of another year's file.</summary>
    public async Task<IActionResult> OnGetCsvAsync(CancellationToken cancellationToken)
    {
        await OnGetAsync(cancellationToken);
        return Errors.Count > 0
            ? Page()
            : File(CsvDownload.Utf8WithBom(FiguresCsv.Write(Figures!, display.Level)), "text/csv", $"figures-{Id}-{Figures!.Year}.csv");
    }
}
