using MediationFlow.Core.Domain;
using MediationFlow.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace MediationFlow.Core.Security;

/// <summary>Who is acting in this scope: set by the host (sign-in, CLI, timer pump), memberships loaded once.</summary>
public sealed class CurrentActor(MediationDbContext db)
{
    // Compiled: sent on every request, and translating the LINQ each time cost more than running it.
    private static readonly Func<MediationDbContext, Guid, IAsyncEnumerable<Right>> RightsOf = EF.CompileAsyncQuery(
        (MediationDbContext db, Guid userId) => db.Memberships
            .Where(m => m.UserId == userId)
            .Select(m => new Right { Kind = RightKind.Grant, CouncilId = m.CouncilId, Role = (CouncilRole?)m.Role, Id = 0 })
            .Concat(db.Workshops
                .Where(w => w.TrainerId == userId)
                .Select(w => new Right { Kind = RightKind.Trainer, CouncilId = 0, Role = null, Id = w.Id }))
            .Concat(db.WorkshopTeams
                .Where(t => t.CaseId != null && t.Members.Any(m => m.UserId == userId))
                .Select(t => new Right { Kind = RightKind.TeamCase, CouncilId = 0, Role = null, Id = t.CaseId!.Value })));

    private Actor? _actor;

    public Guid? UserId { get; private set; }

    public bool IsSystem { get; private set; }

    public void SignIn(Guid userId)
    {
        UserId = userId;
        IsSystem = false;
        _actor = null;
    }

    /// <summary>The timer pump acts as the system: only workflow actions allowed to the role "system".</summary>
    public void ActAsSystem()
    {
        UserId = null;
        IsSystem = true;
        _actor = null;
    }

    public async ValueTask<Actor> GetAsync(CancellationToken cancellationToken)
    {
        if (_actor is not null)
        {
            return _actor;
        }

        if (IsSystem)
        {
            return _actor = Actor.System;
        }

        if (UserId is not { } userId)
        {
            return _actor = Actor.Anonymous;
        }

        // One round trip for everything the rules read about this person, on every request: a membership
        // or team change takes effect on the next one.
        var grants = new List<Grant>();
        var trained = new List<long>();
        var teamCases = new List<long>();
        await foreach (var row in RightsOf(db, userId).WithCancellation(cancellationToken))
        {
            switch (row.Kind)
            {
                case RightKind.Grant:
                    grants.Add(new Grant(row.CouncilId, row.Role ?? throw new InvalidOperationException("A membership without a role.")));
                    break;
                case RightKind.Trainer:
                    trained.Add(row.Id);
                    break;
                default:
                    teamCases.Add(row.Id);
                    break;
            }
        }

        return _actor = new Actor(userId, grants, IsSystem: false) { TrainerOf = [.. trained], TeamCases = [.. teamCases] };
    }

    private enum RightKind
    {
        Grant,
        Trainer,
        TeamCase,
    }

    /// <summary>One row of <see cref="RightsOf"/>: a role in a council, a workshop trained, or a team's sandbox case (<see cref="Id"/>).</summary>
    private sealed class Right
    {
        public RightKind Kind { get; init; }

        public int CouncilId { get; init; }

        /// <summary>Set on grants only.</summary>
        public CouncilRole? Role { get; init; }

        public long Id { get; init; }
    }
}

/// <summary>A role in a council.</summary>
public sealed record Grant(int CouncilId, CouncilRole Role);

/// <summary>The acting person and their roles per council.</summary>
public sealed record Actor(Guid? UserId, IReadOnlyList<Grant> Grants, bool IsSystem)
{
    public static readonly Actor System = new(null, [], IsSystem: true);
    public static readonly Actor Anonymous = new(null, [], IsSystem: false);

    public bool IsSignedIn => UserId is not null;

    public Guid Id => UserId ?? throw new InvalidOperationException("No user is signed in.");

    public bool Has(CouncilRole role, int councilId) => Grants.Any(g => g.Role == role && g.CouncilId == councilId);

    public int[] CouncilsWhere(CouncilRole role) => [.. Grants.Where(g => g.Role == role).Select(g => g.CouncilId).Distinct()];

    /// <summary>The councils this person chairs (the access rule reads it on every check).</summary>
    public int[] Chaired { get; } = [.. Grants.Where(g => g.Role == CouncilRole.Chair).Select(g => g.CouncilId).Distinct()];

    /// <summary>The councils this person mediates in.</summary>
    public int[] Mediating { get; } = [.. Grants.Where(g => g.Role == CouncilRole.Mediator).Select(g => g.CouncilId).Distinct()];

    /// <summary>Workshops this person runs as the trainer: they play the chair on those sandbox cases.</summary>
    public long[] TrainerOf { get; init; } = [];

    /// <summary>Sandbox cases of the teams this person is a trainee in: they play the mediator there.</summary>
    public long[] TeamCases { get; init; } = [];
}
