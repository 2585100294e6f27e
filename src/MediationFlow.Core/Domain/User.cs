using Microsoft.AspNetCore.Identity;

namespace MediationFlow.Core.Domain;

/// <summary>A person who signs in; what they may do depends on their memberships in councils.</summary>
public sealed class User : IdentityUser<Guid>
{
    public required string DisplayName { get; set; }

    /// <summary>kk, ru or en; the UI speaks it after sign-in.</summary>
    public string PreferredLanguage { get; set; } = "ru";

    /// <summary>
    /// Set when an administrator gave the person a one-time password: the pages send them to change it before anything else.
    /// </summary>
    public bool PasswordChangeRequired { get; set; }

    /// <summary>
    /// Deactivation is a lockout with no end: the same per-request check that ends a locked-out sign-in ends theirs,
    /// and the account stays, with its history and memberships, for the record. A whole day, not MaxValue: the stored
    /// value keeps milliseconds only, and must compare equal once read back.
    /// </summary>
    public static readonly DateTimeOffset DeactivatedUntil = new(9999, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public List<Membership> Memberships { get; set; } = [];
}

/// <summary>A role a user holds in one council; one person may hold different roles in different councils.</summary>
public sealed class Membership
{
    public int Id { get; set; }
    public Guid UserId { get; set; }
    public User? User { get; set; }
    public int CouncilId { get; set; }
    public Council? Council { get; set; }
    public CouncilRole Role { get; set; }
}

public enum CouncilRole
{
    Mediator,
    Chair,
    Trainer,
    Analyst,
    Administrator,
}
