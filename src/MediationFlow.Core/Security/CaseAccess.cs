using System.Linq.Expressions;
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
    /// Chairs see every case of their councils, and a case another council asks theirs to take over; a mediator sees the cases assigned to them and, until a
    /// mediator is assigned, the ones they registered (unless they recused from it: impartiality in doubt
    /// means hands off, also while the chair looks for someone else). Analysts and administrators see no case content.
    /// </summary>
    private static readonly Expression<Func<Case, Actor, bool>> Visible = (c, a) => c.WorkshopId == null && (
        a.Chaired.Contains(c.CouncilId)
        || (c.PendingTransferCouncilId != null && a.Chaired.Contains(c.PendingTransferCouncilId.Value))
        || (a.Mediating.Contains(c.CouncilId)
            && (c.AssignedMediatorId == a.Id
                || (c.AssignedMediatorId == null && c.RegisteredById == a.Id && !c.Declarations.Any(d => d.Recused && d.MediatorId == a.Id)))));

    /// <summary>
    /// Sandbox cases of training workshops, kept apart from real ones: the workshop's trainer sees them
    /// all, a trainee only their team's.
    /// </summary>
    private static readonly Expression<Func<Case, Actor, bool>> SandboxVisible = (c, a) => c.WorkshopId != null
        && (a.TrainerOf.Contains(c.WorkshopId.Value) || a.TeamCases.Contains(c.Id));

    /// <summary>
    /// What is said in mediation (session notes, reasons for decline, withdrawal and recusal) is for the case's
    /// mediator alone: the mediator assigned now, while a mediator of its council; on a sandbox case, the trainees of
    /// the team working it. Not the chair (who sees that a note exists), not the registering mediator before
    /// assignment, not the trainer, analysts, administrators or other mediators.
    /// </summary>
    private static readonly Expression<Func<Case, Actor, bool>> ReadsConfidential = (c, a) => c.WorkshopId == null
        ? c.AssignedMediatorId == a.Id && a.Mediating.Contains(c.CouncilId)
        : a.TeamCases.Contains(c.Id);

    // The same rules compiled once, for a case already loaded with its declarations.
    private static readonly Func<Case, Actor, bool> VisibleInMemory = Visible.Compile();
    private static readonly Func<Case, Actor, bool> SandboxVisibleInMemory = SandboxVisible.Compile();
    private static readonly Func<Case, Actor, bool> ReadsConfidentialInMemory = ReadsConfidential.Compile();

    /// <summary>The real cases the actor may read. Every query over cases starts from here (or <see cref="ReadableBy"/>).</summary>
    public static IQueryable<Case> VisibleTo(this IQueryable<Case> cases, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return actor.IsSignedIn ? cases.Where(Bind(Visible, actor)) : cases.Where(_ => false);
    }

    /// <summary>Sandbox cases the actor may read. Lists of real work (inbox, search, approvals) never use this.</summary>
    public static IQueryable<Case> SandboxVisibleTo(this IQueryable<Case> cases, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return cases.Where(Bind(SandboxVisible, actor));
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

    /// <summary>
    /// The same rule as <see cref="ReadableBy"/>, decided on a case already loaded with its declarations, so
    /// a request about one case reads it once for both the check and the work.
    /// </summary>
    public static bool MayRead(this Actor actor, Case @case)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(@case);
        return actor.IsSignedIn && (VisibleInMemory(@case, actor) || SandboxVisibleInMemory(@case, actor));
    }

    /// <summary>Whether the actor may read the case's confidential notes (<see cref="ReadsConfidential"/>), decided on a case already loaded.</summary>
    public static bool MayReadConfidential(this Actor actor, Case @case)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(@case);
        return actor.IsSignedIn && ReadsConfidentialInMemory(@case, actor);
    }

    /// <summary>The rule with this actor in it; EF Core sends the actor's values as parameters.</summary>
    private static Expression<Func<Case, bool>> Bind(Expression<Func<Case, Actor, bool>> rule, Actor actor) =>
        Expression.Lambda<Func<Case, bool>>(
            new Substitution(rule.Parameters[1], Expression.Constant(actor)).Visit(rule.Body), rule.Parameters[0]);

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

        if (@case.PendingTransferCouncilId is { } receiving && actor.Has(CouncilRole.Chair, receiving))
        {
            roles.Add(RoleNames.ReceivingChair);
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

    private sealed class Substitution(ParameterExpression parameter, Expression value) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == parameter ? value : base.VisitParameter(node);
    }
}
