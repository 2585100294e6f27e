using System.Linq.Expressions;
using MediationFlow.Core.Domain;
using MediationFlow.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace MediationFlow.Core.Workflow;

/// <summary>
/// Who may mediate a case: a mediator of its council whom the register does not list as suspended or excluded (on a
/// sandbox case, a trainee of the team that works it) and who has not withdrawn from it (Art. 7(2)). The chair's
/// choices, the recorders' checks and the guards that ask whether anyone is left all read this one rule.
/// </summary>
public static class EligibleMediators
{
    // The rule's three conditions, written once: the queries below, compiled or not, are composed of them.
    private static readonly Expression<Func<Membership, bool>> MediatorOfCouncil = m => m.Role == CouncilRole.Mediator;
    private static readonly Expression<Func<MediatorRegisterEntry, bool>> SuspendedOrExcluded = e => e.Status != MediatorStatus.Active;
    private static readonly Expression<Func<ConflictDeclaration, bool>> Withdrawal = d => d.Recused;

    /// <remarks>A mediator with no register entry yet stays eligible: councils enter their mediators over time.</remarks>
    public static IQueryable<Guid> Candidates(MediationDbContext db, long caseId, int councilId, long? workshopId)
    {
        ArgumentNullException.ThrowIfNull(db);
        return workshopId is null
            ? db.Memberships.Where(MediatorOfCouncil).Where(m => m.CouncilId == councilId).Select(m => m.UserId).Where(id => !Inactive(db).Contains(id))
            : db.WorkshopTeams.Where(t => t.CaseId == caseId).SelectMany(t => t.Members).Select(m => m.UserId);
    }

    /// <summary>Mediators the register lists as suspended or excluded: given no case while that lasts.</summary>
    public static IQueryable<Guid> Inactive(MediationDbContext db)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.MediatorRegister.Where(SuspendedOrExcluded).Select(e => e.UserId);
    }

    /// <summary>Those who withdrew from the case: never assigned to it again.</summary>
    public static IQueryable<Guid> Recused(MediationDbContext db, long caseId)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.ConflictDeclarations.Where(Withdrawal).Where(d => d.CaseId == caseId).Select(d => d.MediatorId);
    }

    /// <summary>
    /// Where one person stands for a case, in one compiled statement: whether the register lists them as suspended or
    /// excluded, whether they may mediate it (<see cref="Candidates"/>), and whether they withdrew from it
    /// (<see cref="Recused"/>). The chair's choice is checked on every assignment; three separate queries, each
    /// translated anew, were most of that action's own time. <c>EligibleMediatorsTests</c> keeps it equal to the rule.
    /// </summary>
    public static Task<Standing> StandingAsync(MediationDbContext db, Case @case, Guid person, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(@case);
        return StandingOf.For(db)(db, @case.Id, @case.CouncilId, @case.WorkshopId, person, cancellationToken);
    }

    private static readonly CompiledPerModel<Func<MediationDbContext, long, int, long?, Guid, CancellationToken, Task<Standing>>> StandingOf = new(() => EF.CompileAsyncQuery(
        (MediationDbContext db, long caseId, int councilId, long? workshopId, Guid person, CancellationToken _) => db.Cases
            .Where(c => c.Id == caseId)
            .Select(c => new Standing(
                db.MediatorRegister.Where(SuspendedOrExcluded).Any(e => e.UserId == person),
                workshopId == null
                    ? db.Memberships.Where(MediatorOfCouncil).Any(m => m.CouncilId == councilId && m.UserId == person)
                        && !db.MediatorRegister.Where(SuspendedOrExcluded).Any(e => e.UserId == person)
                    : db.WorkshopTeams.Where(t => t.CaseId == caseId).SelectMany(t => t.Members).Any(m => m.UserId == person),
                db.ConflictDeclarations.Where(Withdrawal).Any(d => d.CaseId == caseId && d.MediatorId == person)))
            .Single()));

    /// <summary>
    /// How many could take the case instead of whoever holds it now (none when nobody is left to assign or to replace
    /// with). Compiled, one statement for a council's case and one for a sandbox case: on version 3 the guards of most
    /// states ask, so every action there counts. <c>EligibleMediatorsTests</c> keeps it equal to the rule.
    /// </summary>
    public static Task<int> CountAsync(MediationDbContext db, Case @case, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(@case);
        return @case.WorkshopId is null
            ? CountInCouncil.For(db)(db, @case.Id, @case.CouncilId, @case.AssignedMediatorId, cancellationToken)
            : CountInTeam.For(db)(db, @case.Id, @case.AssignedMediatorId, cancellationToken);
    }

    private static readonly CompiledPerModel<Func<MediationDbContext, long, int, Guid?, CancellationToken, Task<int>>> CountInCouncil = new(() => EF.CompileAsyncQuery(
        (MediationDbContext db, long caseId, int councilId, Guid? current, CancellationToken _) => db.Memberships
            .Where(MediatorOfCouncil).Where(m => m.CouncilId == councilId).Select(m => m.UserId)
            .Where(id => !db.MediatorRegister.Where(SuspendedOrExcluded).Any(e => e.UserId == id))
            .Where(id => !db.ConflictDeclarations.Where(Withdrawal).Any(d => d.CaseId == caseId && d.MediatorId == id) && (current == null || id != current))
            .Distinct().Count()));

    private static readonly CompiledPerModel<Func<MediationDbContext, long, Guid?, CancellationToken, Task<int>>> CountInTeam = new(() => EF.CompileAsyncQuery(
        (MediationDbContext db, long caseId, Guid? current, CancellationToken _) => db.WorkshopTeams
            .Where(t => t.CaseId == caseId).SelectMany(t => t.Members).Select(m => m.UserId)
            .Where(id => !db.ConflictDeclarations.Where(Withdrawal).Any(d => d.CaseId == caseId && d.MediatorId == id) && (current == null || id != current))
            .Distinct().Count()));
}

/// <summary>Where one person stands for one case (<see cref="EligibleMediators.StandingAsync"/>).</summary>
public sealed record Standing(bool Inactive, bool Candidate, bool Recused);
