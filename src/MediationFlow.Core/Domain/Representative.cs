namespace MediationFlow.Core.Domain;

/// <summary>Someone who acts for a party (a lawyer, a parent, an organisation's director), with the document of their authority.</summary>
public sealed class Representative
{
    public long Id { get; set; }
    public long CaseId { get; set; }
    public long PartyId { get; set; }
    public required string FullName { get; set; }
    public string? Iin { get; set; }
    public string? Phone { get; set; }
    public AuthorityKind AuthorityKind { get; set; }

    /// <summary>The document's name and number, e.g. "Power of attorney No. 12 of the notary Ospanova".</summary>
    public string? AuthorityDocument { get; set; }

    public DateOnly? AuthorityIssuedOn { get; set; }
    public DateOnly? AuthorityValidUntil { get; set; }

    /// <summary>Set when the representative no longer acts for the party; the case keeps them on record.</summary>
    public DateTimeOffset? RemovedAt { get; set; }

    /// <summary>The document of authority is on record, so the representative may act (consent, sign) for the party.</summary>
    public bool HasAuthority => AuthorityKind != AuthorityKind.NotRecorded && !string.IsNullOrWhiteSpace(AuthorityDocument);
}

/// <summary>What gives a representative the right to act for the party.</summary>
public enum AuthorityKind
{
    PowerOfAttorney,

    /// <summary>A parent or guardian of a minor or of a person under guardianship.</summary>
    LegalRepresentative,

    /// <summary>The head of an organisation acting under its charter.</summary>
    OrganisationHead,

    /// <summary>Only a name was recorded (representatives recorded before version 3).</summary>
    NotRecorded,
}

/// <summary>
/// Someone who takes part in sessions without being a party: a support person, an interpreter, an expert.
/// They never consent, sign or carry obligations, and their leaving does not end the case.
/// </summary>
public sealed class Participant
{
    public long Id { get; set; }
    public long CaseId { get; set; }
    public ParticipantKind Kind { get; set; }
    public required string FullName { get; set; }

    /// <summary>Lower-cased name, as parties have it.</summary>
    public string NameKey { get; set; } = string.Empty;

    public string? Iin { get; set; }
    public string? Phone { get; set; }

    /// <summary>kk or ru: the language the participant wants to be addressed in.</summary>
    public string PreferredLanguage { get; set; } = "kk";

    /// <summary>The party a support person or interpreter comes with, if any.</summary>
    public long? AccompaniesPartyId { get; set; }

    public DateTimeOffset? RemovedAt { get; set; }

    /// <summary>Sets the name together with its search key.</summary>
    public void Rename(string fullName)
    {
        ArgumentNullException.ThrowIfNull(fullName);
        FullName = fullName.Trim();
        NameKey = FullName.ToLowerInvariant();
    }
}

public enum ParticipantKind
{
    SupportPerson,
    Interpreter,
    Expert,
    Other,
}
