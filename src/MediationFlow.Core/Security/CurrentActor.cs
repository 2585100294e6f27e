using MediationFlow.Core.Domain;
using MediationFlow.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace MediationFlow.Core.Security;

/// <summary>Who is acting in this scope: set by the host (sign-in, CLI, timer pump), memberships loaded once.</summary>
public sealed class CurrentActor(MediationDbContext db)
{
    // Compiled: sent on every request, and translating the LINQ each time cost more than running it. The account's
    // row comes with the rights, so that the web host's check of a sign-in against it costs no statement of its own.
    private static readonly CompiledPerModel<Func<MediationDbContext, Guid, IAsyncEnumerable<Right>>> RightsOf = new(() => EF.CompileAsyncQuery(
        (MediationDbContext db, Guid userId) => db.Users
            .Where(u => u.Id == userId)
            .Select(u => new Right { Kind = RightKind.Account, CouncilId = 0, Role = null, Id = 0, SecurityStamp = u.SecurityStamp, LockoutEnd = u.LockoutEnd, PasswordChangeRequired = u.PasswordChangeRequired })
            .Concat(db.Memberships
                .Where(m => m.UserId == userId)
                .Select(m => new Right { Kind = RightKind.Grant, CouncilId = m.CouncilId, Role = m.Role.ToString(), Id = 0, SecurityStamp = null, LockoutEnd = null, PasswordChangeRequired = false }))
            .Concat(db.Workshops
                .Where(w => w.TrainerId == userId)
                .Select(w => new Right { Kind = RightKind.Trainer, CouncilId = 0, Role = null, Id = w.Id, SecurityStamp = null, LockoutEnd = null, PasswordChangeRequired = false }))
            .Concat(db.WorkshopTeams
                .Where(t => t.CaseId != null && t.Members.Any(m => m.UserId == userId))
                .Select(t => new Right { Kind = RightKind.TeamCase, CouncilId = 0, Role = null, Id = t.CaseId!.Value, SecurityStamp = null, LockoutEnd = null, PasswordChangeRequired = false }))));

    private Actor? _actor;
    private AccountState? _account;

    public Guid? UserId { get; private set; }

    public bool IsSystem { get; private set; }

    /// <summary>The account as read with the rights by <see cref="SignInWithAccountAsync"/>; null before that or for nobody.</summary>
    public AccountState? Account => _account;

    public void SignIn(Guid userId)
    {
        UserId = userId;
        IsSystem = false;
        _actor = null;
        _account = null;
    }

    /// <summary>
    /// Signs a person in and reads their rights with their account as it is now, for a host that holds a sign-in to the
    /// account on every request (<see cref="SignOut"/> if it no longer stands). Null when there is no such account.
    /// </summary>
    public async ValueTask<AccountState?> SignInWithAccountAsync(Guid userId, CancellationToken cancellationToken)
    {
        SignIn(userId);
        await GetAsync(cancellationToken);
        return _account;
    }

    /// <summary>Nobody acts: a sign-in that no longer stands.</summary>
    public void SignOut()
    {
        UserId = null;
        IsSystem = false;
        _actor = null;
        _account = null;
    }

    /// <summary>The timer pump acts as the system: only workflow actions allowed to the role "system".</summary>
    public void ActAsSystem()
    {
        UserId = null;
        IsSystem = true;
        _actor = null;
        _account = null;
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
        await foreach (var row in RightsOf.For(db)(db, userId).WithCancellation(cancellationToken))
        {
            switch (row.Kind)
            {
                case RightKind.Grant:
                    grants.Add(new Grant(row.CouncilId, Enum.Parse<CouncilRole>(row.Role ?? throw new InvalidOperationException("A membership without a role."))));
                    break;
                case RightKind.Trainer:
                    trained.Add(row.Id);
                    break;
                case RightKind.Account:
                    _account = new AccountState(row.SecurityStamp, row.LockoutEnd, row.PasswordChangeRequired);
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
        Account,
    }

    /// <summary>
    /// One row of <see cref="RightsOf"/>: a role in a council, a workshop trained, a team's sandbox case (<see cref="Id"/>),
    /// or the account's sign-in state.
    /// </summary>
    private sealed class Right
    {
        public RightKind Kind { get; init; }

        public int CouncilId { get; init; }

        /// <summary>
        /// Set on grants only, as the role's name: EF Core reads a union's column with the mapping of its first branch,
        /// the account's, where it is null, and read the converted role wrongly.
        /// </summary>
        public string? Role { get; init; }

        public long Id { get; init; }

        /// <summary>Set on the account's row only, like <see cref="LockoutEnd"/>.</summary>
        public string? SecurityStamp { get; init; }

        public DateTimeOffset? LockoutEnd { get; init; }

        /// <summary>Set on the account's row only; false on the others.</summary>
        public bool PasswordChangeRequired { get; init; }
    }
}

/// <summary>
/// What a sign-in is held to on every request: the account's security stamp (new with a new password) and its lockout;
/// and whether the person must first replace a one-time password an administrator gave them.
/// </summary>
public sealed record AccountState(string? SecurityStamp, DateTimeOffset? LockoutEnd, bool PasswordChangeRequired = false);

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

    public int[] CouncilsWhere(CouncilRole role) => CouncilsWhere(Grants, role);

    /// <summary>The councils this person chairs (the access rule reads it on every check).</summary>
    public int[] Chaired { get; } = CouncilsWhere(Grants, CouncilRole.Chair);

    /// <summary>The councils this person mediates in.</summary>
    public int[] Mediating { get; } = CouncilsWhere(Grants, CouncilRole.Mediator);

    /// <summary>Workshops this person runs as the trainer: they play the chair on those sandbox cases.</summary>
    public long[] TrainerOf { get; init; } = [];

    /// <summary>Sandbox cases of the teams this person is a trainee in: they play the mediator there.</summary>
    public long[] TeamCases { get; init; } = [];

    /// <remarks>A loop rather than a query: made for every request, and a person holds a role in a handful of councils.</remarks>
    private static int[] CouncilsWhere(IReadOnlyList<Grant> grants, CouncilRole role)
    {
        var councils = new List<int>(grants.Count);
        foreach (var grant in grants)
        {
            if (grant.Role == role && !councils.Contains(grant.CouncilId))
            {
                councils.Add(grant.CouncilId);
            }
        }

        return [.. councils];
    }
}
