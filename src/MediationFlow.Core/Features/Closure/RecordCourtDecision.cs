using MediationFlow.Core.Domain;
using MediationFlow.Core.Errors;
using MediationFlow.Core.Resources;
using MediationFlow.Core.Workflow;

namespace MediationFlow.Core.Features.Closure;

/// <summary>The court decided on a party's application: the decision goes to the latest application still without one.</summary>
public sealed class RecordCourtDecision : IActionRecorder
{
    public string Trigger => "recordCourtDecision";

    public ValueTask<IReadOnlyList<FieldError>> CheckAsync(ActionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        IReadOnlyList<FieldError> errors = Undecided(context.Case) is null
            ? [ActionContext.Error("input.decidedOn", "noOpenApplication", Messages.CourtNoOpenApplication)]
            : [];
        return ValueTask.FromResult(errors);
    }

    public void Record(ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var proceeding = Undecided(context.Case)!;
        proceeding.DecidedOn = context.DateOf("decidedOn");
        proceeding.Decision = Enum.Parse<CourtDecision>(context.Input.Text("decision")!, ignoreCase: true);
        proceeding.DecisionNote = context.Input.Text("note");
    }

    private static CourtProceeding? Undecided(Case @case) =>
        @case.CourtProceedings.Where(p => p.Round == @case.Round && p.Decision is null).MaxBy(p => p.Id);
}
