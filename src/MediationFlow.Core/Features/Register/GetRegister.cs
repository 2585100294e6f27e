using MediationFlow.Core.Domain;
using MediationFlow.Core.Persistence;
using MediationFlow.Core.Security;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace MediationFlow.Core.Features.Register;

/// <summary>
/// A council's register of mediators (Art. 8-1; order No. 126): each entry with its status and the history of it, the
/// training records, and, for its keepers, the council's mediators who have no entry yet.
/// </summary>
public static class GetRegister
{
    public sealed record Query(int CouncilId) : IQuery<RegisterView>, ICouncilRegisterRequest;

    /// <param name="MayKeep">Whether the reader may change the register (its forms are shown).</param>
    /// <param name="Unregistered">The council's mediators without an entry, for the keepers' form; empty for other readers.</param>
    public sealed record RegisterView(int CouncilId, bool MayKeep, IReadOnlyList<Entry> Entries, IReadOnlyList<Person> Unregistered);

    public sealed record Person(Guid UserId, string UserName, string DisplayName);

    public sealed record Entry(
        int Id, string Number, Guid UserId, string UserName, string DisplayName, MediatorType Type, MediatorStatus Status, DateOnly? ElectedOn,
        IReadOnlyList<string> Languages, IReadOnlyList<DisputeCategory> Specialisations,
        IReadOnlyList<StatusChange> History, IReadOnlyList<Training> Training);

    /// <param name="Reason">Null for the status the entry was made with.</param>
    public sealed record StatusChange(MediatorStatus Status, DateOnly EffectiveOn, string? Reason, DateTimeOffset RecordedAt);

    public sealed record Training(string Course, int? Hours, string? CertificateNumber, DateOnly CompletedOn);

    public sealed class Handler(MediationDbContext db, CurrentActor current) : IQueryHandler<Query, RegisterView>
    {
        public async ValueTask<RegisterView> Handle(Query query, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(query);
            var actor = await current.GetAsync(cancellationToken);
            var mayKeep = await RegisterKeepers.AccessAsync(db, actor, query.CouncilId, cancellationToken) == RegisterAccess.Keep;
            var entries = await db.MediatorRegister.AsNoTracking().AsSplitQuery()
                .Where(e => e.CouncilId == query.CouncilId)
                .Include(e => e.User).Include(e => e.StatusChanges).Include(e => e.Training)
                .ToListAsync(cancellationToken);
            var unregistered = mayKeep
                ? await db.Memberships.AsNoTracking()
                    .Where(m => m.CouncilId == query.CouncilId && m.Role == CouncilRole.Mediator && !db.MediatorRegister.Any(e => e.UserId == m.UserId))
                    .Select(m => new Person(m.UserId, m.User!.UserName!, m.User.DisplayName))
                    .ToListAsync(cancellationToken)
                : [];
            return new RegisterView(
                query.CouncilId, mayKeep,
                [.. entries.Select(View).OrderBy(e => e.DisplayName, StringComparer.CurrentCulture)],
                [.. unregistered.OrderBy(p => p.DisplayName, StringComparer.CurrentCulture)]);
        }

        private static Entry View(MediatorRegisterEntry e) => new(
            e.Id, e.Number, e.UserId, e.User!.UserName!, e.User.DisplayName, e.Type, e.Status, e.ElectedOn,
            RegisterFields.Split(e.Languages), RegisterFields.Categories(e.Specialisations),
            [.. e.StatusChanges.OrderByDescending(c => c.EffectiveOn).ThenByDescending(c => c.Id).Select(c => new StatusChange(c.Status, c.EffectiveOn, c.Reason, c.RecordedAt))],
            [.. e.Training.OrderByDescending(t => t.CompletedOn).Select(t => new Training(t.Course, t.Hours, t.CertificateNumber, t.CompletedOn))]);
    }
}
