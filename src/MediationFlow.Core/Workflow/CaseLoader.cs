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
        if (_loaded is { } loaded && loaded.Id == caseId && db.Entry(loaded).State != EntityState.Detached)
        {
            return loaded;
        }

        return _loaded = await CaseWithParts(db, caseId, cancellationToken);
    }

    // Compiled: every request about a case starts here, and translating the includes each time cost more than the statement.
    // One statement rather than one per collection: a case has a handful of parties, consents, sessions, obligations
    // and declarations, and few (often no) representatives, participants, rounds, attendances, signatures and court
    // records, so the joined rows stay few, and each statement EF Core sends costs more than its rows.
    private static readonly Func<MediationDbContext, long, CancellationToken, Task<Case?>> CaseWithParts = EF.CompileAsyncQuery(
        (MediationDbContext db, long caseId, CancellationToken _) => db.Cases
            .Include(c => c.Parties)
            .Include(c => c.Representatives)
            .Include(c => c.Participants)
            .Include(c => c.Rounds)
            .Include(c => c.Consents)
            .Include(c => c.Sessions).ThenInclude(s => s.Attendance)
            .Include(c => c.Obligations)
            .Include(c => c.Settlements).ThenInclude(s => s.Signatures)
            .Include(c => c.Declarations)
            .Include(c => c.CourtProceedings)
            .AsSingleQuery()
            .SingleOrDefault(c => c.Id == caseId));
}
