using MediationFlow.Core.Workflow;

namespace MediationFlow.Core.Features.FollowUp;

/// <summary>
/// The chair reopens a breached case for a new round of mediation: the breached agreement's
/// obligations and the earlier round's sessions stay on record but no longer count, so a new
/// settlement needs a session of the new round; reaching it starts a fresh draft.
/// </summary>
public sealed class Reopen : IActionRecorder
{
    public string Trigger => "reopen";

    public void Record(ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        foreach (var obligation in context.Case.Obligations)
        {
            obligation.Superseded = true;
        }

        foreach (var session in context.Case.Sessions)
        {
            session.Superseded = true;
        }

        // A new round has its own deadline and its own allowance of extensions.
        context.Case.Extensions = 0;
    }
}
