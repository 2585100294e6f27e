namespace MediationFlow.Core.Domain;

/// <summary>
/// What was said in mediation, entered in a confidential field of an action (a session's outcome note, a
/// reason for recusal or withdrawal…). Kept apart from the history event, which holds only a marker, so that
/// one reader (<c>Security.ConfidentialNotes</c>) decides who sees the text.
/// </summary>
public sealed class ConfidentialNote
{
    public long Id { get; set; }
    public long CaseId { get; set; }
    public int Round { get; set; } = 1;

    /// <summary>The history event the note was entered with.</summary>
    public int Sequence { get; set; }

    /// <summary>The action's input field.</summary>
    public required string Field { get; set; }

    /// <summary>The session the note is about, when the action named one.</summary>
    public long? SessionId { get; set; }

    public required string Text { get; set; }
    public Guid? AuthorId { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
}
