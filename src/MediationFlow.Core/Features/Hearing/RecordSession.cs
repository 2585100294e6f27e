using MediationFlow.Core.Errors;
using MediationFlow.Core.Resources;
using MediationFlow.Core.Workflow;

namespace MediationFlow.Core.Features.Hearing;

/// <summary>A planned session is recorded as held or as a no-show; its outcome note goes to the case's confidential notes with the history event.</summary>
public sealed class RecordSession : IActionRecorder
{
    public string Trigger => "recordSession";

    public ValueTask<IReadOnlyList<FieldError>> CheckAsync(ActionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var errors = new List<FieldError>();
        if (context.Session("session").Recorded)
        {
            errors.Add(ActionContext.Error("input.session", "alreadyRecorded", Messages.SessionAlreadyRecorded));
        }

        if (IsNoShow(context) && context.Input.Text("absentParty") is null)
        {
            errors.Add(ActionContext.Error("input.absentParty", "required", Messages.AbsentPartyRequired));
        }

        return ValueTask.FromResult<IReadOnlyList<FieldError>>(errors);
    }

    public void Record(ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var session = context.Session("session");
        session.Recorded = true;
        session.NoShow = IsNoShow(context);
        session.AbsentPartyId = session.NoShow ? context.IdOf("absentParty") : null;
        session.RecordedAt = context.Now;
    }

    private static bool IsNoShow(ActionContext context) => context.Input.Text("attendance") == "noShow";
}
