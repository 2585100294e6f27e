using System.Linq.Expressions;
using System.Reflection;
using MediationFlow.Core.Domain;
using MediationFlow.Workflows.Engine;

namespace MediationFlow.Core.Security;

/// <summary>
/// The confidentiality rules in one place: who may read a case, and which workflow roles they hold on it.
/// Every query over cases starts from <see cref="VisibleTo(IQueryable{Case}, Actor)"/>.
/// </summary>
public static class CaseAccess
{
    /// <summary>
    /// Chairs see every case of their councils; a mediator sees the cases assigned to them and, until a
    /// mediator is assigned, the ones they registered (unless they recused from it: impartiality in doubt
    /// means hands off, also while the chair looks for someone else). Analysts and administrators see no case content.
    /// Written over the actor's id and councils rather than the actor, so that compiled queries can take them as parameters.
    /// </summary>
    private static readonly Expression<Func<Case, Guid, int[], int[], bool>> OfTheirCouncils = (c, me, chaired, mediating) => c.WorkshopId == null && (
        chaired.Contains(c.CouncilId)
        || (mediating.Contains(c.CouncilId)
            && (c.AssignedMediatorId == me
                || (c.AssignedMediatorId == null && c.RegisteredById == me && !c.Declarations.Any(d => d.Recused && d.MediatorId == me)))));

    /// <summary>A case another council asks a council to take over, seen by the chairs of the council asked while it waits on them.</summary>
    private static readonly Expression<Func<Case, Guid, int[], int[], bool>> AskedOfTheirCouncil = (c, me, chaired, mediating) =>
        c.WorkshopId == null && c.PendingTransferCouncilId != null && chaired.Contains(c.PendingTransferCouncilId.Value);

    /// <summary>
    /// The real cases the actor may read: those of their councils and those asked of a council they chair. Lists of a
    /// council's work (search, approvals) keep to the first: the second half's <c>OR</c> over another column made SQLite
    /// read and sort all of a council's cases for every one-council search (docs/benchmarks.md), and a case only asked
    /// of a council reaches its chair through the inbox.
    /// </summary>
    private static readonly Expression<Func<Case, Guid, int[], int[], bool>> Visible = Expression.Lambda<Func<Case, Guid, int[], int[], bool>>(
        Expression.OrElse(
            OfTheirCouncils.Body,
            new Substitution(AskedOfTheirCouncil.Parameters.Zip(OfTheirCouncils.Parameters).ToDictionary(p => p.First, p => (Expression)p.Second))
                .Visit(AskedOfTheirCouncil.Body)),
        OfTheirCouncils.Parameters);

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
    private static readonly Func<Case, Guid, int[], int[], bool> VisibleInMemory = Visible.Compile();
    private static readonly Func<Case, Actor, bool> SandboxVisibleInMemory = SandboxVisible.Compile();
    private static readonly Func<Case, Actor, bool> ReadsConfidentialInMemory = ReadsConfidential.Compile();

    /// <summary>
    /// The real cases of the actor's councils that the actor may read: every list of a council's work starts from here.
    /// A single case is decided by <see cref="MayRead"/>, which also admits a case asked of a council the actor chairs.
    /// </summary>
    public static IQueryable<Case> VisibleTo(this IQueryable<Case> cases, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.IsSignedIn)
        {
            return cases.Where(_ => false);
        }

        return cases.Where(Expression.Lambda<Func<Case, bool>>(new ActorBinding(actor, OfTheirCouncils.Parameters).Visit(OfTheirCouncils.Body), OfTheirCouncils.Parameters[0]));
    }

    /// <summary>
    /// Every real case the actor may read (also those asked of a council they chair: the inbox lists them) inside a
    /// compiled query, whose parameters carry the actor's id and councils: the query is made <see cref="Compilable"/>,
    /// which puts the rule in place of this call.
    /// </summary>
    public static IQueryable<Case> VisibleTo(this IQueryable<Case> cases, Guid me, int[] chaired, int[] mediating) =>
        cases.Where(BindValuesOf(Expression.Constant(new Values(me, chaired, mediating))));

    /// <summary>
    /// A query for <c>EF.CompileAsyncQuery</c> with the rule written out where it calls
    /// <see cref="VisibleTo(IQueryable{Case}, Guid, int[], int[])"/>: EF Core translates only what it can see.
    /// </summary>
    public static Expression<TQuery> Compilable<TQuery>(Expression<TQuery> query) => (Expression<TQuery>)new RuleInlining().Visit(query);

    /// <summary>
    /// Whether the actor may read this case (a real case they see, or a sandbox case of their workshop), decided on a
    /// case already loaded with its declarations, so a request about one case reads it once for both the check and the work.
    /// </summary>
    public static bool MayRead(this Actor actor, Case @case)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(@case);
        return actor.IsSignedIn && (VisibleInMemory(@case, actor.Id, actor.Chaired, actor.Mediating) || SandboxVisibleInMemory(@case, actor));
    }

    /// <summary>Whether the actor may read the case's confidential notes (<see cref="ReadsConfidential"/>), decided on a case already loaded.</summary>
    public static bool MayReadConfidential(this Actor actor, Case @case)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(@case);
        return actor.IsSignedIn && ReadsConfidentialInMemory(@case, actor);
    }

    /// <summary>The visibility rule over the Id, Chaired and Mediating of a constant, which EF Core sends as parameters.</summary>
    private static Expression<Func<Case, bool>> BindValuesOf(ConstantExpression values) => Bind(
        Visible,
        Expression.Property(values, nameof(Actor.Id)),
        Expression.Property(values, nameof(Actor.Chaired)),
        Expression.Property(values, nameof(Actor.Mediating)));

    /// <summary>The rule over a case, with these values in place of its other parameters.</summary>
    private static Expression<Func<Case, bool>> Bind(LambdaExpression rule, params Expression[] values) =>
        Expression.Lambda<Func<Case, bool>>(
            new Substitution(rule.Parameters.Skip(1).Zip(values).ToDictionary(p => p.First, p => p.Second)).Visit(rule.Body), rule.Parameters[0]);

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

    private sealed record Values(Guid Id, int[] Chaired, int[] Mediating);

    /// <summary>
    /// The rule with an actor's values in it, shaped by how many councils each list holds: an empty list drops its branch
    /// and a list of one becomes an equality. SQLite plans <c>IN (SELECT value FROM json_each(@list))</c> without knowing
    /// the list, so it evaluated an empty list's branch on every search and read all of a one-council chair's cases to
    /// sort them, where <c>= @council</c> walks the council's index newest first and stops after a page (docs/benchmarks.md,
    /// inbox and search latency). At most nine shapes of SQL, each generated once.
    /// </summary>
    private sealed class ActorBinding(Actor actor, IReadOnlyList<ParameterExpression> rule) : ExpressionVisitor
    {
        private readonly ConstantExpression _actor = Expression.Constant(actor);

        protected override Expression VisitParameter(ParameterExpression node) =>
            node == rule[1] ? Expression.Property(_actor, nameof(Actor.Id))
            : node == rule[2] ? Expression.Property(_actor, nameof(Actor.Chaired))
            : node == rule[3] ? Expression.Property(_actor, nameof(Actor.Mediating))
            : base.VisitParameter(node);

        protected override Expression VisitMethodCall(MethodCallExpression node)
        {
            if (node.Method.Name != nameof(Enumerable.Contains) || node.Arguments.Count != 2 || ListOf(node.Arguments[0]) is not { } list)
            {
                return base.VisitMethodCall(node);
            }

            return (list == rule[2] ? actor.Chaired : actor.Mediating).Length switch
            {
                0 => Expression.Constant(false),
                1 => Expression.Equal(Visit(node.Arguments[1]), Expression.ArrayIndex(VisitParameter(list), Expression.Constant(0))),
                _ => base.VisitMethodCall(node),
            };
        }

        /// <summary>The list a <c>Contains</c> looks in, through the conversion to a span the compiler may put around it.</summary>
        private ParameterExpression? ListOf(Expression list) => list switch
        {
            ParameterExpression p when p == rule[2] || p == rule[3] => p,
            MethodCallExpression { Method.Name: "op_Implicit", Arguments: [var array] } => ListOf(array),
            UnaryExpression { NodeType: ExpressionType.Convert } conversion => ListOf(conversion.Operand),
            _ => null,
        };
    }

    private sealed class Substitution(Dictionary<ParameterExpression, Expression> values) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => values.TryGetValue(node, out var value) ? value : base.VisitParameter(node);
    }

    /// <summary>Replaces each call of the compiled queries' <c>VisibleTo</c> with a <c>Where</c> holding the rule over the call's arguments.</summary>
    private sealed class RuleInlining : ExpressionVisitor
    {
        private static readonly MethodInfo Marker = ((Func<IQueryable<Case>, Guid, int[], int[], IQueryable<Case>>)VisibleTo).Method;
        private static readonly MethodInfo Where = ((Func<IQueryable<Case>, Expression<Func<Case, bool>>, IQueryable<Case>>)Queryable.Where).Method;

        protected override Expression VisitMethodCall(MethodCallExpression node) =>
            node.Method == Marker
                ? Expression.Call(Where, Visit(node.Arguments[0]), Expression.Quote(Bind(Visible, [.. node.Arguments.Skip(1)])))
                : base.VisitMethodCall(node);
    }
}
