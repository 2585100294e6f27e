namespace MediationFlow.Core.Domain;

/// <summary>
/// One entry of a case's file: a scan or photo of a signed paper uploaded to prove an act, or one version of a document
/// generated from the case. The bytes live in the file store under <see cref="Sha256"/>; the row says what they are.
/// </summary>
public sealed class CaseFileEntry
{
    public long Id { get; set; }
    public long CaseId { get; set; }

    /// <summary>The round of mediation under way when the entry was added: a new round needs a new agreement on mediation.</summary>
    public int Round { get; set; } = 1;

    public CaseFileEntryKind Kind { get; set; }

    /// <summary>An attachment: the act it proves.</summary>
    public AttachmentKind? Proves { get; set; }

    /// <summary>A signed copy of the settlement: the party whose signature it carries.</summary>
    public long? PartyId { get; set; }

    /// <summary>Evidence of an obligation's fulfilment: the obligation.</summary>
    public long? ObligationId { get; set; }

    /// <summary>A session's record: the session.</summary>
    public long? SessionId { get; set; }

    /// <summary>An attachment: the generated version the parties signed, when it was one of this case's.</summary>
    public long? SignedVersionId { get; set; }

    /// <summary>A generated document: its name as the generator calls it (e.g. "settlementAgreement").</summary>
    public string? Document { get; set; }

    /// <summary>A generated document: the language it was made in (kk, ru, en).</summary>
    public string? Language { get; set; }

    /// <summary>A generated document: 1, 2, 3… per case, document and language; each regeneration is a new version.</summary>
    public int? DocumentVersion { get; set; }

    /// <summary>The name to download the file as: the uploader's, or the generator's.</summary>
    public required string FileName { get; set; }

    /// <summary>The type detected from the content, never the one the client claimed.</summary>
    public required string ContentType { get; set; }

    public long Length { get; set; }

    /// <summary>The SHA-256 of the bytes, lower-case hex: the key of the file store.</summary>
    public required string Sha256 { get; set; }

    public Guid AddedById { get; set; }
    public DateTimeOffset AddedAt { get; set; }
}

public enum CaseFileEntryKind
{
    /// <summary>Uploaded: a scan or photo of a signed paper.</summary>
    Attachment,

    /// <summary>Made by the product from the case.</summary>
    GeneratedDocument,
}

/// <summary>The act a signed copy proves; definitions name them in camel case ("signedSettlement").</summary>
public enum AttachmentKind
{
    /// <summary>The agreement on mediation signed by the parties and the mediator (Art. 20(1)).</summary>
    SignedAgreementOnMediation,

    /// <summary>A party's signature of the settlement agreement (Art. 27(1)).</summary>
    SignedSettlement,

    /// <summary>Proof that an obligation was fulfilled.</summary>
    ObligationEvidence,

    /// <summary>A record of a session (an attendance sheet signed at the table): read as the session notes are.</summary>
    SessionRecord,
}
