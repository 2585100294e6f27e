using MediationFlow.Core.Features.Register;
using MediationFlow.Core.Persistence;
using MediationFlow.Core.Security;
using MediationFlow.Core.Workflow;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace MediationFlow.Core.Features.Intake;

/// <summary>
/// The mediators a chair may assign to a case, or replace its mediator with: the choices of the `user` field, by the
/// rule the recorders check (<see cref="EligibleMediators"/>), so a client offers nothing that would be refused. They
/// come ranked to help the chair: first those who speak every party's language, then those specialised in the case's
/// category, then those with fewer open cases; each says why it stands where it does.
/// </summary>
public static class ListAssignableMediators
{
    public sealed record Query(long CaseId) : IQuery<IReadOnlyList<Assignable>>, ICaseRequest;

    /// <summary>One choice: the value to send, the name to show, and the reasons for its place in the list.</summary>
    /// <param name="MatchedLanguages">The parties' languages the mediator mediates in (the register's languages).</param>
    /// <param name="MissingLanguages">The parties' languages the mediator does not mediate in; empty for a full match.</param>
    /// <param name="Specialised">Whether the register lists the case's category among the mediator's specialisations.</param>
    /// <param name="OpenCases">Cases the mediator holds that are not closed (sandbox cases counted only on a sandbox case).</param>
    /// <param name="Registered">False for a mediator the council has not entered in the register yet: their languages and specialisations are unknown.</param>
    public sealed record Assignable(
        Guid UserId, string DisplayName, IReadOnlyList<string> MatchedLanguages, IReadOnlyList<string> MissingLanguages,
        bool Specialised, int OpenCases, bool Registered);

    public sealed class Handler(MediationDbContext db) : IQueryHandler<Query, IReadOnlyList<Assignable>>
    {
        public async ValueTask<IReadOnlyList<Assignable>> Handle(Query query, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(query);
            var @case = await db.Cases.AsNoTracking().Where(c => c.Id == query.CaseId)
                .Select(c => new { c.Id, c.CouncilId, c.WorkshopId, c.AssignedMediatorId, c.Category }).SingleAsync(cancellationToken);

            // The language each party asked to be addressed in is the language the mediation must be held in for them.
            var partyLanguages = (await db.Parties.AsNoTracking().Where(p => p.CaseId == @case.Id).Select(p => p.PreferredLanguage).ToListAsync(cancellationToken))
                .Select(l => l.ToLowerInvariant()).Distinct().Order(StringComparer.Ordinal).ToList();
            var candidates = EligibleMediators.Candidates(db, @case.Id, @case.CouncilId, @case.WorkshopId);
            var recused = EligibleMediators.Recused(db, @case.Id);
            var people = await db.Users.AsNoTracking()
                .Where(u => candidates.Contains(u.Id) && !recused.Contains(u.Id) && u.Id != @case.AssignedMediatorId)
                .Select(u => new
                {
                    u.Id,
                    u.DisplayName,
                    Entry = db.MediatorRegister.Where(e => e.UserId == u.Id).Select(e => new { e.Languages, e.Specialisations }).FirstOrDefault(),
                    OpenCases = db.Cases.Count(c => c.AssignedMediatorId == u.Id && !c.IsClosed && c.WorkshopId == @case.WorkshopId),
                })
                .ToListAsync(cancellationToken);

            var ranked = people.Select(p =>
            {
                var languages = p.Entry is null ? [] : RegisterFields.Split(p.Entry.Languages);
                var specialised = p.Entry is not null && RegisterFields.Categories(p.Entry.Specialisations).Contains(@case.Category);
                return new Assignable(
                    p.Id, p.DisplayName, [.. partyLanguages.Where(languages.Contains)], [.. partyLanguages.Where(l => !languages.Contains(l))],
                    specialised, p.OpenCases, p.Entry is not null);
            });
            return [.. ranked
                .OrderBy(a => a.MissingLanguages.Count)
                .ThenByDescending(a => a.Specialised)
                .ThenBy(a => a.OpenCases)
                .ThenBy(a => a.DisplayName, StringComparer.CurrentCulture)];
        }
    }
}
