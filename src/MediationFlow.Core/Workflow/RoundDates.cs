using MediationFlow.Core.Domain;
using MediationFlow.Workflows.Engine;

namespace MediationFlow.Core.Workflow;

/// <summary>Where each date the workflow sets (<see cref="CaseDates.Settable"/>) is kept: a column of the round's row.</summary>
public static class RoundDates
{
    public static void Set(MediationRound round, string name, DateOnly? value)
    {
        ArgumentNullException.ThrowIfNull(round);
        switch (name)
        {
            case CaseDates.MediatorAssignedOn:
                round.MediatorAssignedOn = value;
                break;
            case CaseDates.ProposalSentOn:
                round.ProposalSentOn = value;
                break;
            case CaseDates.MediationStartedOn:
                round.MediationStartedOn = value;
                break;
            case CaseDates.TermEndsOn:
                round.TermEndsOn = value;
                break;
            case CaseDates.DraftApprovedOn:
                round.DraftApprovedOn = value;
                break;
            case CaseDates.SettlementSignedOn:
                round.SettlementSignedOn = value;
                break;
            default:
                throw new InvalidOperationException($"The round keeps no date named '{name}'.");
        }
    }
}
