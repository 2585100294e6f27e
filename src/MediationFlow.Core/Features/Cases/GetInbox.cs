using System.Globalization;
using System.Linq.Expressions;
using System.Runtime.CompilerServices;
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
            var chaired = actor.Chaired;
            var (chairKeys, assignableKeys, approvalStates) = Read(catalog);

            var page = new List<Item>();
            await foreach (var item in Page(db, me, chaired, actor.Mediating, chairKeys, assignableKeys, now).WithCancellation(cancellationToken))
            {
                page.Add(item);
            }

            // Counted only when the page is full: otherwise the page is the count, and the inbox saves its costliest query.
            var total = page.Count < Limit ? page.Count : await Count(db, me, chaired, actor.Mediating, chairKeys, assignableKeys, now);

            var language = ActionView.Language;
            var notifications = new List<Unread>();
            await foreach (var unread in UnreadPage(db, me).WithCancellation(cancellationToken))
            {
                notifications.Add(unread);
            }

            // Likewise for the notifications.
            var unreadCount = notifications.Count < NotificationLimit ? notifications.Count : await UnreadCount(db, me);

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
            var (chairKeys, assignableKeys, _) = Read(catalog);
            return c => chairKeys.Contains(Key(c.DefinitionId, c.DefinitionVersion, c.State))
                || (c.AssignedMediatorId == null && assignableKeys.Contains(Key(c.DefinitionId, c.DefinitionVersion, c.State)));
        }

        /// <summary>A state named with its version, as the inbox's statement writes it: a state's name means what its own version says.</summary>
        private static string Key(string definitionId, int version, string state) =>
            string.Create(CultureInfo.InvariantCulture, $"{definitionId}/{version}/{state}");

        /// <summary>Each version's states in which only the chair moves a case on, as <see cref="Key"/>s.</summary>
        private static string[] ChairKeys(WorkflowCatalog catalog) =>
            [.. catalog.All.SelectMany(w => ChairMovesOn(w.Definition).Select(state => Key(w.Definition.Id, w.Definition.Version, state)))];

        /// <summary>Each version's states in which the chair may assign a mediator, as <see cref="Key"/>s.</summary>
        private static string[] AssignableKeys(WorkflowCatalog catalog) =>
            [.. catalog.All.SelectMany(w => w.StatesOffering(AssignTrigger).Select(state => Key(w.Definition.Id, w.Definition.Version, state)))];

        /// <summary>States with an action only the chair takes that leads from that one state to another open one.</summary>
        private static string[] ChairMovesOn(WorkflowDefinition definition)
        {
            var terminal = definition.States.Where(s => s.Terminal).Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
            return [.. definition.Transitions
                .Where(t => t.From.Count == 1 && t.To is { } to && to != t.From[0] && !terminal.Contains(to)
                    && t.Roles.Contains(RoleNames.Chair) && t.Roles.All(r => r is RoleNames.Chair or RoleNames.System))
                .Select(t => t.From[0]).Distinct()];
        }

        private const string AssignTrigger = "assignMediator";

        /// <summary>States where the chair's approval is awaited: those an "approve" only the chair may take leaves.</summary>
        internal static string[] ApprovalStates(WorkflowCatalog catalog) => Read(catalog).Approval;

        /// <summary>
        /// What the definitions say of the chair's states, worked out once per catalog rather than on every inbox and
        /// approvals request: a catalog is loaded at start and never changes.
        /// </summary>
        private static ChairStates Read(WorkflowCatalog catalog) => Known.GetValue(catalog, c => new ChairStates(
            ChairKeys(c),
            AssignableKeys(c),
            [.. c.All.SelectMany(w => w.StatesOffering(ApproveTrigger).Intersect(w.StatesWaitingOn(RoleNames.Chair))).Distinct()]));

        private static readonly ConditionalWeakTable<WorkflowCatalog, ChairStates> Known = new();

        private sealed record ChairStates(string[] WaitingOnChair, string[] Assignable, string[] Approval);

        public const string ApproveTrigger = "approve";
    }

    /// <summary>
    /// The open cases waiting on the reader: their own as the mediator; those of the councils they chair that wait on
    /// the chair or are overdue; and those another council asks theirs to take over. One statement with all conditions
    /// rather than the union of lists, which made SQLite prepare and run the access rule for each and sort every half
    /// before merging them. The chair's half is a subquery so that SQLite reads it from the index of open cases; as a
    /// plain condition it walked all of the councils' cases.
    /// </summary>
    private static readonly Expression<Func<MediationDbContext, Guid, int[], int[], string[], string[], DateTimeOffset, IQueryable<Case>>> Waiting =
        (db, me, chaired, mediating, chairKeys, assignableKeys, now) => db.Cases.AsNoTracking().VisibleTo(me, chaired, mediating).Where(c => !c.IsClosed
            && (c.AssignedMediatorId == me
                || (c.AssignedMediatorId == null && c.RegisteredById == me && !c.Declarations.Any(d => d.Recused && d.MediatorId == me))
                || (c.PendingTransferCouncilId != null && chaired.Contains(c.PendingTransferCouncilId.Value))
                || db.Cases
                    .Where(o => !o.IsClosed && chaired.Contains(o.CouncilId)
                        && (o.Deadline <= now
                            || chairKeys.Contains(o.DefinitionId + "/" + o.DefinitionVersion + "/" + o.State)
                            || (o.AssignedMediatorId == null && assignableKeys.Contains(o.DefinitionId + "/" + o.DefinitionVersion + "/" + o.State))))
                    .Select(o => o.Id)
                    .Contains(c.Id)));

    // Compiled: the inbox is the most frequent page, and translating its LINQ on every request cost more than running it.
    // Overdue first, then by the nearest deadline, then without a deadline: an overdue case's deadline is the earliest.
    private static readonly Func<MediationDbContext, Guid, int[], int[], string[], string[], DateTimeOffset, IAsyncEnumerable<Item>> Page =
        EF.CompileAsyncQuery(Over(Waiting, cases => cases
            .OrderBy(c => c.Deadline == null)
            .ThenBy(c => c.Deadline)
            .ThenByDescending(c => c.LastActivityAt)
            .Select(c => new Item(c.Id, c.Number, c.Category, c.State, c.Stage, c.Deadline, c.CouncilId, c.LastActivityAt, c.Version, c.DefinitionId, c.DefinitionVersion, c.AssignedMediatorId == null))
            .Take(Limit)));

    private static readonly Func<MediationDbContext, Guid, int[], int[], string[], string[], DateTimeOffset, Task<int>> Count =
        EF.CompileAsyncQuery(Over(Waiting, cases => cases.Count()));

    /// <summary>The reader's unread notifications of real cases.</summary>
    private static readonly Expression<Func<MediationDbContext, Guid, IQueryable<Notification>>> UnreadOf =
        (db, me) => db.Notifications.AsNoTracking().Where(n => n.UserId == me && n.ReadAt == null && n.Case!.WorkshopId == null);

    private static readonly Func<MediationDbContext, Guid, IAsyncEnumerable<Unread>> UnreadPage =
        EF.CompileAsyncQuery(Over(UnreadOf, unread => unread
            .OrderByDescending(n => n.CreatedAt).ThenByDescending(n => n.Id).Take(NotificationLimit)
            .Select(n => new Unread(n.Id, n.CaseId, n.Case!.Number, n.Template, n.CreatedAt, n.Case.DefinitionId, n.Case.DefinitionVersion))));

    private static readonly Func<MediationDbContext, Guid, Task<int>> UnreadCount =
        EF.CompileAsyncQuery(Over(UnreadOf, unread => unread.Count()));

    private static Expression<Func<MediationDbContext, Guid, int[], int[], string[], string[], DateTimeOffset, TResult>> Over<TResult>(
        Expression<Func<MediationDbContext, Guid, int[], int[], string[], string[], DateTimeOffset, IQueryable<Case>>> source, Expression<Func<IQueryable<Case>, TResult>> then) =>
        Over<Func<MediationDbContext, Guid, int[], int[], string[], string[], DateTimeOffset, TResult>>(source, then);

    private static Expression<Func<MediationDbContext, Guid, TResult>> Over<TResult>(
        Expression<Func<MediationDbContext, Guid, IQueryable<Notification>>> source, Expression<Func<IQueryable<Notification>, TResult>> then) =>
        Over<Func<MediationDbContext, Guid, TResult>>(source, then);

    /// <summary>
    /// A compiled query's lambda: the parameters of <paramref name="source"/>, and <paramref name="then"/> applied to its
    /// query. The page and its count share one condition this way; EF Core cannot look into a method of ours.
    /// </summary>
    private static Expression<TQuery> Over<TQuery>(LambdaExpression source, LambdaExpression then) => CaseAccess.Compilable(
        Expression.Lambda<TQuery>(new Splice(then.Parameters[0], source.Body).Visit(then.Body), source.Parameters));

    /// <summary>An inbox item as read.</summary>
    private sealed record Item(
        long Id, string Number, DisputeCategory Category, string State, string Stage, DateTimeOffset? Deadline, int CouncilId,
        DateTimeOffset LastActivityAt, int Version, string DefinitionId, int DefinitionVersion, bool Unassigned);

    /// <summary>An unread notification as read.</summary>
    private sealed record Unread(long Id, long CaseId, string Number, string Template, DateTimeOffset CreatedAt, string DefinitionId, int DefinitionVersion);

    private sealed class Splice(ParameterExpression parameter, Expression value) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == parameter ? value : base.VisitParameter(node);
    }
}
