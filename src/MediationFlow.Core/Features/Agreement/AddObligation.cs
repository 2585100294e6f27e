using MediationFlow.Core.Domain;
using MediationFlow.Core.Errors;
using MediationFlow.Core.Resources;
using MediationFlow.Core.Workflow;

namespace MediationFlow.Core.Features.Agreement;

/// <summary>Drafting the settlement agreement: which party does what by which date.</summary>
public sealed class AddObligation : IActionRecorder
{
    public string Trigger => "addObligation";

    public ValueTask<IReadOnlyList<FieldError>> CheckAsync(ActionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Input.TryGet("dueOn", out DateOnly dueOn);
        IReadOnlyList<FieldError> errors = dueOn < context.Workflow.Settings.Today(context.Now)
            ? [ActionContext.Error("input.dueOn", "inPast", Messages.DueDateInPast)]
            : [];
        return ValueTask.FromResult(errors);
    }

    public void Record(ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Input.TryGet("dueOn", out DateOnly dueOn);
        context.Case.Obligations.Add(new Obligation
        {
            CaseId = context.Case.Id,
            Round = context.Case.Round,
            PartyId = context.IdOf("party"),
            Description = context.Input.Text("description")!,
            DueOn = dueOn,
        });
    }
}
