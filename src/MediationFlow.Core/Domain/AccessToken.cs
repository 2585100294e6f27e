namespace MediationFlow.Core.Domain;

/// <summary>
/// A personal access token an API client (a reporting script, another system) signs in with instead of the
/// person's password. Only its SHA-256 hash is stored: the token itself is shown once, when it is made.
/// </summary>
public sealed class AccessToken
{
    public long Id { get; set; }
    public Guid UserId { get; set; }
    public User? User { get; set; }

    /// <summary>What the person called it, to recognise it when revoking ("figures export").</summary>
    public required string Name { get; set; }

    /// <summary>Lowercase hex SHA-256 of the whole token.</summary>
    public required string Hash { get; set; }

    /// <summary>The token's last four characters, to tell tokens apart without storing them.</summary>
    public required string Hint { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }
}
