using MediationFlow.Core.Errors;
using MediationFlow.Core.Features.Workshops;
using MediationFlow.Core.Timers;
using MediationFlow.Web.Presentation;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MediationFlow.Web.Pages.Workshops;

/// <summary>
/// The trainer's control room (clock, teams' stages and states live, scripted events, teams) or, for a
/// trainee, the brief and their team's case.
/// </summary>
public sealed class WorkshopModel(ISender sender, TimerPump pump) : PageModel
{
    /// <summary>The steps offered beside a free ISO-8601 step: an hour to a month.</summary>
    public static readonly string[] Steps = ["PT1H", "PT6H", "P1D", "P3D", "P7D", "P31D"];

    [BindProperty(SupportsGet = true)]
    public long Id { get; set; }

    public GetWorkshop.WorkshopView Workshop { get; private set; } = null!;

    public Dictionary<string, string> Errors { get; private set; } = new(StringComparer.OrdinalIgnoreCase);

    public string? Notice { get; private set; }

    public string? TeamName { get; private set; }

    public string? Trainees { get; private set; }

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
        return RunAsync(new AddTeam.Command(Id, teamName ?? string.Empty, names), pumpAfter: true, cancellationToken);
    }

    public Task<IActionResult> OnPostStartAsync(CancellationToken cancellationToken) =>
        RunAsync(new StartWorkshop.Command(Id), pumpAfter: true, cancellationToken);

    public Task<IActionResult> OnPostAdvanceAsync(string? step, CancellationToken cancellationToken)
    {
        try
        {
            return RunAsync(new ChangeClock.Command(Id, ChangeClock.Change.Advance, ClockStep.Parse(step, "step")), pumpAfter: true, cancellationToken);
        }
        catch (ValidationFailedException e)
        {
            return ShowAsync(e, cancellationToken);
        }
    }

    public Task<IActionResult> OnPostPauseAsync(CancellationToken cancellationToken) =>
        RunAsync(new ChangeClock.Command(Id, ChangeClock.Change.Pause), pumpAfter: false, cancellationToken);

    public Task<IActionResult> OnPostResumeAsync(CancellationToken cancellationToken) =>
        RunAsync(new ChangeClock.Command(Id, ChangeClock.Change.Resume), pumpAfter: true, cancellationToken);

    public Task<IActionResult> OnPostFireEventAsync(string eventId, CancellationToken cancellationToken) =>
        RunAsync(new FireEvent.Command(Id, eventId), pumpAfter: false, cancellationToken);

    public Task<IActionResult> OnPostEndAsync(CancellationToken cancellationToken) =>
        RunAsync(new EndWorkshop.Command(Id), pumpAfter: false, cancellationToken);

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

        await sender.Send(new DeleteWorkshop.Command(Id), cancellationToken);
        return Redirect("/Workshops");
    }

    /// <summary>After the clock moves, due timers fire at once, so the trainer sees deadlines pass as they click.</summary>
    private async Task<IActionResult> RunAsync(IMessage command, bool pumpAfter, CancellationToken cancellationToken)
    {
        try
        {
            await sender.Send(command, cancellationToken);
            if (pumpAfter)
            {
                await pump.RunOnceAsync(cancellationToken);
            }

            return Redirect($"/Workshops/{Id}");
        }
        catch (ValidationFailedException e)
        {
            return await ShowAsync(e, cancellationToken);
        }
    }

    private async Task<IActionResult> ShowAsync(ValidationFailedException e, CancellationToken cancellationToken)
    {
        // The application names the clock step "by"; on this page it is the field "step".
        Errors = FormErrors.ByField([.. e.Errors.Select(x => x.Field == "by" ? x with { Field = "step" } : x)]);
        Notice = string.Join(" ", e.Errors.Select(x => x.Message).Distinct());
        Response.StatusCode = StatusCodes.Status400BadRequest;
        Workshop = await sender.Send(new GetWorkshop.Query(Id), cancellationToken);
        return Page();
    }
}
