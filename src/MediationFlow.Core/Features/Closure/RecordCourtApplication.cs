using MediationFlow.Core.Domain;
using MediationFlow.Core.Workflow;

namespace MediationFlow.Core.Features.Closure;

/// <summary>A party applied to court about the dispute. The council refers nothing to court: it records what a party did.</summary>
public sealed class RecordCourtApplication : IActionRecorder
{
    public string Trigger => "recordCourtApplication";

    public void Record(ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var @case = context.Case;
        @case.CourtProceedings.Add(new CourtProceeding
        {
            CaseId = @case.Id,
            Round = @case.Round,
            PartyId = context.IdOf("party"),
            AppliedOn = context.DateOf("appliedOn")!.Value,
            Court = context.Input.Text("court")!,
            CourtCaseNumber = context.Input.Text("courtCaseNumber"),
            RecordedAt = context.Now,
        });
    }
}
