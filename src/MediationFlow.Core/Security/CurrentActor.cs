using MediationFlow.Core.Domain;
using MediationFlow.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace MediationFlow.Core.Security;

/// <summary>Who is acting in this scope: set by the host (sign-in, CLI, timer pump), memberships loaded once.</summary>
public sealed class CurrentActor(MediationDbContext db)
{
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

        var grants = await db.Memberships.AsNoTracking()
            .Where(m => m.UserId == userId)
            .Select(m => new Grant(m.CouncilId, m.Role))
            .ToListAsync(cancellationToken);
        var trained = await db.Workshops.AsNoTracking().Where(w => w.TrainerId == userId).Select(w => w.Id).ToListAsync(cancellationToken);
        var teamCases = await db.WorkshopTeams.AsNoTracking()
            .Where(t => t.CaseId != null && t.Members.Any(m => m.UserId == userId))
            .Select(t => t.CaseId!.Value)
            .ToListAsync(cancellationToken);
        return _actor = new Actor(userId, grants, IsSystem: false) { TrainerOf = [.. trained], TeamCases = [.. teamCases] };
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

    /// <summary>Workshops this person runs as the trainer: they play the chair on those sandbox cases.</summary>
    public long[] TrainerOf { get; init; } = [];

    /// <summary>Sandbox cases of the teams this person is a trainee in: they play the mediator there.</summary>
    public long[] TeamCases { get; init; } = [];
}
