using MediationFlow.Core.Domain;
using MediationFlow.Workflows.Scenarios;

namespace MediationFlow.Core.Features.Workshops;

/// <summary>The scenario's scripted events that are due on the workshop clock and have not happened yet.</summary>
public static class WorkshopEvents
{
    public static IEnumerable<ScriptedEvent> Due(Workshop workshop, Scenario scenario, DateTimeOffset workshopNow)
    {
        ArgumentNullException.ThrowIfNull(workshop);
        ArgumentNullException.ThrowIfNull(scenario);
        if (workshop.StartedAt is not { } start)
        {
            return [];
        }

        return scenario.Events.Where(e => start + e.Offset <= workshopNow && workshop.FiredEvents.All(f => f.EventId != e.Id));
    }

    /// <summary>Records every due event as having happened at its scheduled workshop time.</summary>
    public static void FireDue(Workshop workshop, Scenario scenario, DateTimeOffset workshopNow)
    {
        ArgumentNullException.ThrowIfNull(workshop);
        foreach (var due in Due(workshop, scenario, workshopNow).ToList())
        {
            workshop.FiredEvents.Add(new WorkshopEventFiring { EventId = due.Id, FiredAt = workshop.StartedAt!.Value + due.Offset });
        }
    }
}
