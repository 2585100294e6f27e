using MediationFlow.Core.Domain;
using MediationFlow.Workflows.Engine;

namespace MediationFlow.Core.Security;

/// <summary>
/// The confidentiality rules in one place: who may read a case, and which workflow roles they hold on it.
/// Every query over cases starts from <see cref="VisibleTo"/>.
/// </summary>
public static class CaseAccess
{
    /// <summary>
    /// Chairs see every case of their councils; a mediator sees the cases assigned to them and, until a
    /// mediator is assigned, the ones they registered. Analysts and administrators see no case content.
    /// </summary>
    public static IQueryable<Case> VisibleTo(this IQueryable<Case> cases, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.IsSignedIn)
        {
            return cases.Where(_ => false);
        }

        var me = actor.Id;
        var chaired = actor.CouncilsWhere(CouncilRole.Chair);
        var mediating = actor.CouncilsWhere(CouncilRole.Mediator);
        return cases.Where(c => c.WorkshopId == null && (
            chaired.Contains(c.CouncilId)
            || (mediating.Contains(c.CouncilId)
                && (c.AssignedMediatorId == me || (c.AssignedMediatorId == null && c.RegisteredById == me)))));
    }

    /// <summary>The workflow roles the actor holds on this case, for the engine to check actions against.</summary>
    public static IReadOnlySet<string> RolesOn(Case @case, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(@case);
        ArgumentNullException.ThrowIfNull(actor);
        var roles = new HashSet<string>(StringComparer.Ordinal);
        if (actor.IsSystem)
        {
            roles.Add(RoleNames.System);
            return roles;
        }

        if (!actor.IsSignedIn)
        {
            return roles;
        }

        if (actor.Has(CouncilRole.Chair, @case.CouncilId))
        {
            roles.Add(RoleNames.Chair);
        }

        var isTheMediator = @case.AssignedMediatorId == actor.Id
            || (@case.AssignedMediatorId is null && @case.RegisteredById == actor.Id);
        if (isTheMediator && actor.Has(CouncilRole.Mediator, @case.CouncilId))
        {
            roles.Add(RoleNames.Mediator);
        }

        return roles;
    }
}
