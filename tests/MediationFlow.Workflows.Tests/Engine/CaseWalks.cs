using static MediationFlow.Workflows.Tests.Engine.Actors;

namespace MediationFlow.Workflows.Tests.Engine;

/// <summary>
/// Shortcuts that bring a registered case to a state along the ordinary path, for tests about what
/// happens there. The walks to each closed state (<see cref="ClosingWalkTests"/>) check every step's roles.
/// </summary>
internal static class CaseWalks
{
    public static SimulatedCase ToAwaitingConsent(this SimulatedCase c)
    {
        c.Do("acceptForMediation", Mediator);
        c.Do("assignMediator", Chair, ("mediator", "user-aigerim"));
        c.Do("declareNoConflict", Mediator, ("declaration", "true"));
        return c;
    }

    public static SimulatedCase ToInMediation(this SimulatedCase c)
    {
        c.ToAwaitingConsent();
        c.Do("recordConsent", Mediator, ("party", SimulatedCase.Applicant));
        c.Do("recordConsent", Mediator, ("party", SimulatedCase.Respondent));
        c.Do("signAgreementOnMediation", Mediator, ("signedByAll", "true"));
        return c;
    }

    /// <summary>Schedules a session and records it as held; the case stays where it is.</summary>
    public static SimulatedCase HoldSession(this SimulatedCase c)
    {
        c.Do("scheduleSession", Mediator, ("plannedAt", "2025-03-14T15:00"), ("place", "Akimat, room 4"));
        c.Do("recordSession", Mediator, ("session", c.Facts.Sessions[^1].Id), ("attendance", "held"));
        return c;
    }

    public static SimulatedCase ToDrafting(this SimulatedCase c)
    {
        c.ToInMediation().HoldSession();
        c.Do("reachSettlement", Mediator);
        return c;
    }

    public static SimulatedCase ToAwaitingApproval(this SimulatedCase c)
    {
        c.ToDrafting();
        c.Do("addObligation", Mediator, ("party", SimulatedCase.Respondent), ("description", "Repair the shared fence"), ("dueOn", "2025-05-01"));
        c.Do("signSettlement", Mediator, ("signedByAll", "true"));
        return c;
    }

    public static SimulatedCase ToMonitoring(this SimulatedCase c)
    {
        c.ToAwaitingApproval();
        c.Do("approve", Chair);
        return c;
    }

    public static SimulatedCase ToOverdue(this SimulatedCase c)
    {
        c.ToInMediation();
        c.Do("deadlinePassed", TimerPump);
        return c;
    }
}
