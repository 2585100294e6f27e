using System.Globalization;
using MediationFlow.Core.Errors;
using MediationFlow.Core.Features.Workshops;
using MediationFlow.Core.Timers;
using MediationFlow.Web.Localization;
using MediationFlow.Web.Presentation;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MediationFlow.Web.Pages.Workshops;

/// <summary>
/// The trainer's control room (clock, teams' stages and states live, scripted events, teams) or, for a
/// trainee, the brief and their team's case.
/// </summary>
public sealed class WorkshopModel(ISender sender, WorkshopChanges changes) : PageModel
{
    /// <summary>The clock step's fields, as the application and the API name them.</summary>
    public const string StepDays = "step.days";

    public const string StepHours = "step.hours";

    [BindProperty(SupportsGet = true)]
    public long Id { get; set; }

    public GetWorkshop.WorkshopView Workshop { get; private set; } = null!;

    public Dictionary<string, string> Errors { get; private set; } = new(StringComparer.OrdinalIgnoreCase);

    public string? Notice { get; private set; }

    public string? TeamName { get; private set; }

    public string? Trainees { get; private set; }

    /// <summary>The step as the trainer typed it, kept when it is refused; a day by default.</summary>
    public (string? Days, string? Hours) Step { get; private set; } = ("1", "0");

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Workshop = await sender.Send(new GetWorkshop.Query(Id), cancellationToken);

    /// <summary>The clock and the teams alone, for js/workshop.js to put in place without reloading the page.</summary>
    public async Task<IActionResult> OnGetStatusAsync(CancellationToken cancellationToken)
    {
        Workshop = await sender.Send(new GetWorkshop.Query(Id), cancellationToken);
        return Partial("_WorkshopStatus", Workshop);
    }

    public Task<IActionResult> OnPostAddTeamAsync(string? teamName, string? trainees, CancellationToken cancellationToken)
    {
        TeamName = teamName;
        Trainees = trainees;
        var names = (trainees ?? string.Empty).Split([',', ';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return RunAsync(new AddTeam.Command(Id, teamName ?? string.Empty, names), cancellationToken);
    }

    public Task<IActionResult> OnPostStartAsync(CancellationToken cancellationToken) =>
        RunAsync(new StartWorkshop.Command(Id), cancellationToken);

    public Task<IActionResult> OnPostAdvanceAsync(
        [FromForm(Name = StepDays)] string? days, [FromForm(Name = StepHours)] string? hours, CancellationToken cancellationToken)
    {
        Step = (days, hours);
        var errors = new List<FieldError>();
        var step = new ClockStep(WholeNumber(days, StepDays, errors), WholeNumber(hours, StepHours, errors));
        return errors.Count > 0
            ? ShowAsync(new ValidationFailedException(errors), cancellationToken)
            : RunAsync(new ChangeClock.Command(Id, ChangeClock.Change.Advance, step), cancellationToken);
    }

    public Task<IActionResult> OnPostPauseAsync(CancellationToken cancellationToken) =>
        RunAsync(new ChangeClock.Command(Id, ChangeClock.Change.Pause), cancellationToken);

    public Task<IActionResult> OnPostResumeAsync(CancellationToken cancellationToken) =>
        RunAsync(new ChangeClock.Command(Id, ChangeClock.Change.Resume), cancellationToken);

    public Task<IActionResult> OnPostFireEventAsync(string eventId, CancellationToken cancellationToken) =>
        RunAsync(new FireEvent.Command(Id, eventId), cancellationToken);

    public Task<IActionResult> OnPostEndAsync(CancellationToken cancellationToken) =>
        RunAsync(new EndWorkshop.Command(Id), cancellationToken);

    /// <summary>Set when the trainer asked to delete the workshop and the page asks once more.</summary>
    public bool ConfirmingDelete { get; private set; }

    public async Task<IActionResult> OnPostDeleteAsync(bool confirmed, CancellationToken cancellationToken)
    {
        if (!confirmed)
        {
            // Deleting takes every team's sandbox case with it and cannot be undone: a confirmation step of the
            // server's own, which works without JavaScript.
            ConfirmingDelete = true;
            Workshop = await sender.Send(new GetWorkshop.Query(Id), cancellationToken);
            return Page();
        }

        await changes.SendAsync(new DeleteWorkshop.Command(Id), cancellationToken);
        return Redirect("/Workshops");
    }

    /// <summary>An empty field is none of that unit; anything but a whole number is refused on its field.</summary>
    private static int WholeNumber(string? text, string field, List<FieldError> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return 0;
        }

        if (int.TryParse(text.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }

        errors.Add(new FieldError(field, "invalid", UiText.Get("ClockStepWholeNumber")));
        return 0;
    }

    private async Task<IActionResult> RunAsync<T>(ICommand<T> command, CancellationToken cancellationToken)
    {
        try
        {
            await changes.SendAsync(command, cancellationToken);
            return Redirect($"/Workshops/{Id}");
        }
        catch (ValidationFailedException e)
        {
            return await ShowAsync(e, cancellationToken);
        }
    }

    private async Task<IActionResult> ShowAsync(ValidationFailedException e, CancellationToken cancellationToken)
    {
        Errors = FormErrors.ByField(e.Errors);
        Notice = string.Join(" ", e.Errors.Select(x => x.Message).Distinct());
        Response.StatusCode = StatusCodes.Status400BadRequest;
        Workshop = await sender.Send(new GetWorkshop.Query(Id), cancellationToken);
        return Page();
    }
}
