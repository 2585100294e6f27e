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
    /// mediator is assigned, the ones they registered (unless they recused from it: impartiality in doubt
    /// means hands off, also while the chair looks for someone else). Analysts and administrators see no case content.
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
                && (c.AssignedMediatorId == me
                    || (c.AssignedMediatorId == null && c.RegisteredById == me && !c.Declarations.Any(d => d.Recused && d.MediatorId == me))))));
    }

    /// <summary>
    /// Sandbox cases of training workshops, kept apart from real ones: the workshop's trainer sees them
    /// all, a trainee only their team's. Lists of real work (inbox, search, approvals) never use this.
    /// </summary>
    public static IQueryable<Case> SandboxVisibleTo(this IQueryable<Case> cases, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var trainerOf = actor.TrainerOf.Cast<long?>().ToArray();
        var teamCases = actor.TeamCases;
        return cases.Where(c => c.WorkshopId != null && (trainerOf.Contains(c.WorkshopId) || teamCases.Contains(c.Id)));
    }

    /// <summary>A case the actor may open: a real one visible to them, or a sandbox case of their workshop.</summary>
    public static IQueryable<Case> ReadableBy(this IQueryable<Case> cases, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);

        // Someone in no workshop can read no sandbox case: the second half would select nothing, so it is not sent.
        return actor.TrainerOf.Length == 0 && actor.TeamCases.Length == 0
            ? cases.VisibleTo(actor)
            : cases.VisibleTo(actor).Concat(cases.SandboxVisibleTo(actor));
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

        if (@case.WorkshopId is { } workshop)
        {
            // In a workshop the trainer plays the chair and every trainee of the team works as the mediator.
            if (actor.TrainerOf.Contains(workshop))
            {
                roles.Add(RoleNames.Chair);
            }

            if (actor.TeamCases.Contains(@case.Id))
            {
                roles.Add(RoleNames.Mediator);
            }

            return roles;
        }

        if (actor.Has(CouncilRole.Chair, @case.CouncilId))
        {
            roles.Add(RoleNames.Chair);
        }

        var isTheMediator = @case.AssignedMediatorId == actor.Id
            || (@case.AssignedMediatorId is null && @case.RegisteredById == actor.Id
                && !@case.Declarations.Any(d => d.Recused && d.MediatorId == actor.Id));
        if (isTheMediator && actor.Has(CouncilRole.Mediator, @case.CouncilId))
        {
            roles.Add(RoleNames.Mediator);
        }

        return roles;
    }
}
