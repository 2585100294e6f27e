using static MediationFlow.Workflows.Tests.Engine.Actors;

namespace MediationFlow.Workflows.Tests.Engine;

/// <summary>
/// Shortcuts along the ordinary path of a version 3 case, each legal act dated the day it is recorded unless a test
/// says otherwise; the walks in <see cref="Version3WalkTests"/> take every other path.
/// </summary>
internal static class Version3Walks
{
    public static string TodayIso(this SimulatedCase c) => SimulatedCase.Iso(c.Today);

    public static SimulatedCase ReadyForConsent(this SimulatedCase c)
    {
        c.Do("acceptForMediation", Chair);
        c.Do("assignMediator", Chair, ("mediator", "user-aigerim"));
        c.Do("declareNoConflict", Mediator, ("declaration", "true"));
        return c;
    }

    public static SimulatedCase ConsentAll(this SimulatedCase c)
    {
        foreach (var party in c.Facts.Parties.Where(p => !p.AcceptedMediator).Select(p => p.Id).ToList())
        {
            c.Do("recordConsent", Mediator, ("party", party), ("consentedOn", c.TodayIso()));
        }

        return c;
    }

    public static SimulatedCase Mediating(this SimulatedCase c, string? signedOn = null)
    {
        c.ReadyForConsent().ConsentAll();
        c.Do("signAgreementOnMediation", Mediator, ("signedOn", signedOn ?? c.TodayIso()), ("signedByAll", "true"), ("withoutCopyReason", "Kept in the council's paper file"));
        return c;
    }

    /// <summary>Schedules a joint session an hour ago and records both parties heard at it.</summary>
    public static SimulatedCase HoldJointSession(this SimulatedCase c)
    {
        var planned = c.Now.AddHours(-1);
        c.Do("scheduleSession", Mediator, ("plannedAt", planned.ToString("yyyy-MM-ddTHH:mmzzz", System.Globalization.CultureInfo.InvariantCulture)), ("kind", "joint"));
        c.Do("recordSession", Mediator, ("session", c.Facts.Sessions[^1].Id), ("heldAt", c.Now.ToString("yyyy-MM-ddTHH:mmzzz", System.Globalization.CultureInfo.InvariantCulture)),
            ("attended", $"party:{SimulatedCase.Applicant},party:{SimulatedCase.Respondent}"));
        return c;
    }

    public static SimulatedCase Drafting(this SimulatedCase c)
    {
        c.Mediating().HoldJointSession();
        c.Do("reachSettlement", Mediator);
        return c;
    }

    public static SimulatedCase OutForSignature(this SimulatedCase c, string? dueOn = null)
    {
        c.Drafting();
        c.Do("setTerms", Mediator, ("terms", "The fence is moved back to the surveyed line."), ("scope", "full"));
        c.Do("addObligation", Mediator, ("party", SimulatedCase.Respondent), ("description", "Move the fence"), ("dueOn", dueOn ?? SimulatedCase.Iso(c.Today.AddDays(20))));
        c.Do("submitForReview", Mediator);
        c.Do("approve", Chair);
        return c;
    }

    public static SimulatedCase SignAll(this SimulatedCase c)
    {
        c.Do("recordSignature", Mediator, ("party", SimulatedCase.Applicant), ("signedOn", c.TodayIso()), ("method", "inPerson"), ("withoutCopyReason", "Kept in the council's paper file"));
        c.Do("recordSignature", Mediator, ("party", SimulatedCase.Respondent), ("signedOn", c.TodayIso()), ("method", "emailCopy"), ("withoutCopyReason", "Kept in the council's paper file"));
        return c;
    }

    public static SimulatedCase InFollowUp(this SimulatedCase c, string? dueOn = null) => c.OutForSignature(dueOn).SignAll();
}
