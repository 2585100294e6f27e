using System.Linq.Expressions;
using MediationFlow.Core.Domain;
using MediationFlow.Core.Persistence;
using MediationFlow.Core.Security;
using MediationFlow.Workflows.Definitions;
using MediationFlow.Workflows.Engine;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace MediationFlow.Core.Features.Cases;

/// <summary>
/// What needs me now: a mediator's open cases, a chair's cases waiting on the chair (approvals,
/// unassigned cases, anything overdue); overdue first, then the nearest deadline.
/// </summary>
public static class GetInbox
{
    public const int Limit = 100;

    /// <summary>The newest unread notifications listed; <see cref="Inbox.UnreadNotifications"/> says how many there are in all.</summary>
    public const int NotificationLimit = 20;

    public sealed record Query : IQuery<Inbox>, ISignedInRequest;

    public sealed record Inbox(IReadOnlyList<InboxItem> Items, int Total, IReadOnlyList<NotificationItem> Notifications, int UnreadNotifications, DateTimeOffset Now);

    public sealed record InboxItem(
        long CaseId, string Number, DisputeCategory Category, string State, string StateName, string Stage,
        DateTimeOffset? Deadline, bool Overdue, bool ForChair, bool AwaitingApproval, DateTimeOffset LastActivityAt, int Version,
        bool Unassigned = false);

    public sealed record NotificationItem(long Id, long CaseId, string CaseNumber, string Template, string Message, DateTimeOffset CreatedAt);

    public sealed class Handler(MediationDbContext db, WorkflowCatalog catalog, CurrentActor current, TimeProvider time) : IQueryHandler<Query, Inbox>
    {
        public async ValueTask<Inbox> Handle(Query query, CancellationToken cancellationToken)
        {
            var actor = await current.GetAsync(cancellationToken);
            var me = actor.Id;
            var now = time.GetUtcNow();
            var chaired = actor.CouncilsWhere(CouncilRole.Chair);
            var waitingOnChair = WaitingOnChair(catalog);
            var approvalStates = ApprovalStates(catalog);

            var open = db.Cases.AsNoTracking().VisibleTo(actor).Where(c => !c.IsClosed);
            var mine = open.Where(c => c.AssignedMediatorId == me || (c.AssignedMediatorId == null && c.RegisteredById == me && !c.Declarations.Any(d => d.Recused && d.MediatorId == me)));
            var forChair = open.Where(c => chaired.Contains(c.CouncilId)).Where(waitingOnChair)
                .Union(open.Where(c => chaired.Contains(c.CouncilId) && c.Deadline <= now))
                // Another council asks the chair's to take the case over.
                .Union(open.Where(c => c.PendingTransferCouncilId != null && chaired.Contains(c.PendingTransferCouncilId.Value)));
            var items = mine.Union(forChair)
                .OrderBy(c => c.Deadline == null ? 2 : c.Deadline <= now ? 0 : 1)
                .ThenBy(c => c.Deadline)
                .ThenByDescending(c => c.LastActivityAt)
                .Select(c => new { c.Id, c.Number, c.Category, c.State, c.Stage, c.Deadline, c.CouncilId, c.LastActivityAt, c.Version, c.DefinitionId, c.DefinitionVersion, Unassigned = c.AssignedMediatorId == null });
            var page = await items.Take(Limit).ToListAsync(cancellationToken);

            // Counted only when the page is full: otherwise the page is the count, and the inbox saves its costliest query.
            var total = page.Count < Limit ? page.Count : await items.CountAsync(cancellationToken);

            var language = ActionView.Language;
            var unread = db.Notifications.AsNoTracking().Where(n => n.UserId == me && n.ReadAt == null && n.Case!.WorkshopId == null);
            var notifications = await unread
                .OrderByDescending(n => n.CreatedAt).Take(NotificationLimit)
                .Select(n => new { n.Id, n.CaseId, n.Case!.Number, n.Template, n.CreatedAt, n.Case.DefinitionId, n.Case.DefinitionVersion })
                .ToListAsync(cancellationToken);

            // Likewise for the notifications.
            var unreadCount = notifications.Count < NotificationLimit ? notifications.Count : await unread.CountAsync(cancellationToken);

            return new Inbox(
                [.. page.Select(c => new InboxItem(
                    c.Id, c.Number, c.Category, c.State, catalog.Get(c.DefinitionId, c.DefinitionVersion).State(c.State).Name.For(language), c.Stage,
                    c.Deadline, c.Deadline <= now, chaired.Contains(c.CouncilId), approvalStates.Contains(c.State), c.LastActivityAt, c.Version, c.Unassigned))],
                total,
                [.. notifications.Select(n => new NotificationItem(
                    n.Id, n.CaseId, n.Number, n.Template,
                    catalog.Get(n.DefinitionId, n.DefinitionVersion).Definition.Notifications.TryGetValue(n.Template, out var text) ? text.For(language) : n.Template,
                    n.CreatedAt))],
                unreadCount,
                now);
        }

        /// <summary>
        /// Cases waiting on their chair, read from each definition rather than listed in code, and matched by version: a
        /// state name means what its own version says. A state waits on the chair when only the chair can move the case
        /// on from it (assign, approve or return, reopen); actions the chair may take from every state (replace the
        /// mediator) do not count, nor does a state's name in another version. A case with nobody mediating it waits on
        /// the chair wherever the chair may assign one.
        /// </summary>
        internal static Expression<Func<Case, bool>> WaitingOnChair(WorkflowCatalog catalog)
        {
            var c = Expression.Parameter(typeof(Case), "c");
            Expression body = Expression.Constant(false);
            foreach (var workflow in catalog.All)
            {
                var (id, version) = (workflow.Definition.Id, workflow.Definition.Version);
                var states = ChairMovesOn(workflow.Definition);
                var assignable = workflow.StatesOffering(AssignTrigger).ToArray();
                Expression<Func<Case, bool>> waiting = x => x.DefinitionId == id && x.DefinitionVersion == version
                    && (states.Contains(x.State) || (x.AssignedMediatorId == null && assignable.Contains(x.State)));
                body = Expression.OrElse(body, new Rebind(waiting.Parameters[0], c).Visit(waiting.Body));
            }

            return Expression.Lambda<Func<Case, bool>>(body, c);
        }

        /// <summary>States with an action only the chair takes that leads from that one state to another open one.</summary>
        private static string[] ChairMovesOn(WorkflowDefinition definition)
        {
            var terminal = definition.States.Where(s => s.Terminal).Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
            return [.. definition.Transitions
                .Where(t => t.From.Count == 1 && t.To is { } to && to != t.From[0] && !terminal.Contains(to)
                    && t.Roles.Contains(RoleNames.Chair) && t.Roles.All(r => r is RoleNames.Chair or RoleNames.System))
                .Select(t => t.From[0]).Distinct()];
        }

        private sealed class Rebind(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
        {
            protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
        }

        private const string AssignTrigger = "assignMediator";

        /// <summary>States where the chair's approval is awaited: those an "approve" only the chair may take leaves.</summary>
        internal static string[] ApprovalStates(WorkflowCatalog catalog) =>
            [.. catalog.All.SelectMany(w => w.StatesOffering(ApproveTrigger).Intersect(w.StatesWaitingOn(RoleNames.Chair))).Distinct()];

        public const string ApproveTrigger = "approve";
    }
}
