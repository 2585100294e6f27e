using MediationFlow.Workflows.Engine;

namespace MediationFlow.Core.Domain;

/// <summary>A side of the dispute: the applicant, a respondent, or another participant.</summary>
public sealed class Party
{
    public long Id { get; set; }
    public long CaseId { get; set; }
    public PartyRole Role { get; set; }
    public required string FullName { get; set; }

    /// <summary>Lower-cased name for prefix search with an index.</summary>
    public string NameKey { get; set; } = string.Empty;

    /// <summary>Individual identification number (ЖСН/ИИН), validated by its check digit when given.</summary>
    public string? Iin { get; set; }

    public string? Phone { get; set; }
    public string? Email { get; set; }
    public string? Address { get; set; }

    /// <summary>kk or ru: the language the party wants to be addressed in.</summary>
    public string PreferredLanguage { get; set; } = "kk";

    public string? Representative { get; set; }

    /// <summary>A party known by role and name only, as a training scenario gives it.</summary>
    public static Party Named(PartyRole role, string fullName)
    {
        var party = new Party { Role = role, FullName = fullName };
        party.Rename(fullName);
        return party;
    }

    /// <summary>Sets the name together with the search key derived from it.</summary>
    public void Rename(string fullName)
    {
        ArgumentNullException.ThrowIfNull(fullName);
        FullName = fullName.Trim();
        NameKey = FullName.ToLowerInvariant();
    }
}

/// <summary>A party's voluntary consent to mediation (Art. 20), recorded per round of mediation.</summary>
public sealed class Consent
{
    public long Id { get; set; }
    public long CaseId { get; set; }
    public long PartyId { get; set; }
    public DateTimeOffset GivenAt { get; set; }
    public Guid RecordedById { get; set; }
}

/// <summary>A mediator's declaration of no conflict of interest, or recusal (Art. 7).</summary>
public sealed class ConflictDeclaration
{
    public long Id { get; set; }
    public long CaseId { get; set; }
    public Guid MediatorId { get; set; }
    public bool Recused { get; set; }
    public string? Reason { get; set; }
    public DateTimeOffset DeclaredAt { get; set; }
}

/// <summary>The agreement on mediation; mediation starts the day it is signed.</summary>
public sealed class MediationAgreement
{
    public long Id { get; set; }
    public long CaseId { get; set; }
    public DateTimeOffset SignedAt { get; set; }
    public Guid MediatorId { get; set; }
}
