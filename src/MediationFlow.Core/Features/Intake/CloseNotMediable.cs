using MediationFlow.Core.Workflow;

namespace MediationFlow.Core.Features.Intake;

/// <summary>
/// A ground that bars mediation was found, at registration or later: the case records that ground as answered "yes",
/// so its screening and its outcome agree. Versions 1 and 2 name no ground (their screening answers already bar it).
/// </summary>
public sealed class CloseNotMediable : IActionRecorder
{
    public string Trigger => "closeNotMediable";

    public void Record(ActionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var @case = context.Case;
        // The ground is the id of a screening question of the definition, each answered by a field of the case.
        switch (context.Input.Text("ground"))
        {
            case "affectsThirdParties":
                @case.AffectsThirdParties = true;
                break;
            case "partyLacksCapacity":
                @case.PartyLacksCapacity = true;
                break;
            case "corruptionOrPublicServiceOffence":
                @case.CorruptionOrPublicServiceOffence = true;
                break;
            case "stateBodyIsParty":
                @case.StateBodyIsParty = true;
                break;
        }
    }
}
