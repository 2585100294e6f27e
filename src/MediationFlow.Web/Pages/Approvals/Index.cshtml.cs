using System.Globalization;
using MediationFlow.Core.Errors;
using MediationFlow.Core.Features.Cases;
using MediationFlow.Web.Presentation;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MediationFlow.Web.Pages.Approvals;

/// <summary>
/// The chair's queue of settlement agreements to approve (a draft before signature from version 3 on, an agreement the
/// parties signed before it): approve, or return with a comment for redrafting.
/// </summary>
public sealed class IndexModel(ISender sender) : PageModel
{
    public const string Approve = "approve";
    public const string Return = "returnForRedraft";

    public IReadOnlyList<GetApprovals.Approval> Queue { get; private set; } = [];

    /// <summary>The case a refused form was for, what was typed, and why it was refused.</summary>
    public long? FailedCaseId { get; private set; }

    public string? FailedTrigger { get; private set; }

    public string? Comment { get; private set; }

    public Dictionary<string, string> Errors { get; private set; } = new(StringComparer.OrdinalIgnoreCase);

    public string? Notice { get; private set; }

    /// <summary>After a success: the case number and what was done, for the notice.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Done { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Number { get; set; }

    /// <summary>The case whose approval waits for the chair's confirmation, and the version the approval was built on.</summary>
    public long? ConfirmingCaseId { get; private set; }

    public int ConfirmingVersion { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Queue = await sender.Send(new GetApprovals.Query(), cancellationToken);

    public async Task<IActionResult> OnPostApproveAsync(long caseId, int expectedVersion, string? number, bool confirmed, CancellationToken cancellationToken)
    {
        if (!confirmed)
        {
            // An approval cannot be undone: the queue comes back asking once more, which works without JavaScript.
            (ConfirmingCaseId, ConfirmingVersion) = (caseId, expectedVersion);
            Queue = await sender.Send(new GetApprovals.Query(), cancellationToken);
            return Page();
        }

        return await TakeAsync(caseId, expectedVersion, number, Approve, new Dictionary<string, string?>(), cancellationToken);
    }

    public Task<IActionResult> OnPostReturnAsync(long caseId, int expectedVersion, string? number, string? comment, CancellationToken cancellationToken) =>
        TakeAsync(caseId, expectedVersion, number, Return, new Dictionary<string, string?> { ["comment"] = comment }, cancellationToken);

    private async Task<IActionResult> TakeAsync(
        long caseId, int expectedVersion, string? number, string trigger, Dictionary<string, string?> input, CancellationToken cancellationToken)
    {
        try
        {
            await sender.Send(new TakeAction.Command(caseId, trigger, expectedVersion, input), cancellationToken);
            return Redirect($"/Approvals?done={trigger}&number={Uri.EscapeDataString(number ?? caseId.ToString(CultureInfo.InvariantCulture))}");
        }
        catch (MediationFlowException e) when (e is ConflictException or ValidationFailedException or ActionRefusedException)
        {
            FailedCaseId = caseId;
            FailedTrigger = trigger;
            Comment = input.GetValueOrDefault("comment");
            (Response.StatusCode, Errors, Notice) = FormRefusal.Of(e);

            Queue = await sender.Send(new GetApprovals.Query(), cancellationToken);
            return Page();
        }
    }
}
