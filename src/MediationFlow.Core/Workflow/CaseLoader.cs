using MediationFlow.Core.Domain;
using MediationFlow.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace MediationFlow.Core.Workflow;

/// <summary>
/// Reads a case with every part the access rule, the guards and the recorders read, once per request: the
/// authorization behaviour decides on it and the handler works on the same tracked instance.
/// </summary>
public sealed class CaseLoader(MediationDbContext db)
{
    private Case? _loaded;

    public async Task<Case?> LoadAsync(long caseId, CancellationToken cancellationToken)
    {
        // Detached: a failed command cleared the change tracker, so the instance is no longer the database's.
        if (_loaded is { } loaded && loaded.Id == caseId && StateOf(loaded) != EntityState.Detached)
        {
            return loaded;
        }

        var @case = await CaseWithPeopleAndCommitments.For(db)(db, caseId, cancellationToken);
        if (@case is not null)
        {
            // Tracked, so EF Core's fix-up puts them into the case's collections; the lists themselves are not needed.
            await SessionsWithAttendance.For(db)(db, caseId).ToListAsync(cancellationToken);
            await SettlementsWithSignatures.For(db)(db, caseId).ToListAsync(cancellationToken);
        }

        return _loaded = @case;
    }

    /// <summary>
    /// The entry's state without detecting changes first, as <c>Entry</c> otherwise does: that walked the case and all
    /// its parts on every command, to answer whether it is still tracked at all.
    /// </summary>
    private EntityState StateOf(Case loaded)
    {
        var detecting = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            return db.Entry(loaded).State;
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = detecting;
        }
    }

    // Three statements, each compiled (translating the includes on every request cost more than the statements). Sibling
    // collections in one statement multiply into each other's rows (a case with three sessions of three attendances and
    // two signed drafts sent every party and consent 18 times over), so sessions and settlements, each with its nested
    // rows, come on their own; the rest stay few per case. The three reads are not one snapshot: a command that wrote
    // in between changed the case's version, and the version-checked update refuses the decision taken on them.
    private static readonly CompiledPerModel<Func<MediationDbContext, long, CancellationToken, Task<Case?>>> CaseWithPeopleAndCommitments = new(() => EF.CompileAsyncQuery(
        (MediationDbContext db, long caseId, CancellationToken _) => db.Cases
            .Include(c => c.Parties)
            .Include(c => c.Representatives)
            .Include(c => c.Participants)
            .Include(c => c.Rounds)
            .Include(c => c.Consents)
            .Include(c => c.Obligations)
            .Include(c => c.Declarations)
            .Include(c => c.CourtProceedings)
            .AsSingleQuery()
            .SingleOrDefault(c => c.Id == caseId)));

    private static readonly CompiledPerModel<Func<MediationDbContext, long, IAsyncEnumerable<Session>>> SessionsWithAttendance = new(() => EF.CompileAsyncQuery(
        (MediationDbContext db, long caseId) => db.Sessions.Include(s => s.Attendance).Where(s => s.CaseId == caseId)));

    private static readonly CompiledPerModel<Func<MediationDbContext, long, IAsyncEnumerable<SettlementAgreement>>> SettlementsWithSignatures = new(() => EF.CompileAsyncQuery(
        (MediationDbContext db, long caseId) => db.SettlementAgreements.Include(s => s.Signatures).Where(s => s.CaseId == caseId)));
}
