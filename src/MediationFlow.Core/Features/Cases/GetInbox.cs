using MediationFlow.Core.Domain;
using MediationFlow.Core.Persistence;
using MediationFlow.Core.Security;
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
            var chairStates = ChairStates(catalog);
            var approvalStates = ApprovalStates(catalog);

            var open = db.Cases.AsNoTracking().VisibleTo(actor).Where(c => !c.IsClosed);
            var mine = open.Where(c => c.AssignedMediatorId == me || (c.AssignedMediatorId == null && c.RegisteredById == me && !c.Declarations.Any(d => d.Recused && d.MediatorId == me)));
            var forChair = open.Where(c => chaired.Contains(c.CouncilId) && (chairStates.Contains(c.State) || c.Deadline <= now));
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

        /// <summary>States where a chair has something to do, read from the definitions rather than listed in code.</summary>
        private static string[] ChairStates(WorkflowCatalog catalog) =>
            [.. catalog.All.SelectMany(w => w.StatesWaitingOn(RoleNames.Chair)).Distinct()];

        /// <summary>States where the chair's approval is awaited: those an "approve" only the chair may take leaves.</summary>
        internal static string[] ApprovalStates(WorkflowCatalog catalog) =>
            [.. catalog.All.SelectMany(w => w.StatesOffering(ApproveTrigger).Intersect(w.StatesWaitingOn(RoleNames.Chair))).Distinct()];

        public const string ApproveTrigger = "approve";
    }
}
