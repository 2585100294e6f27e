using System.Text.Json.Serialization;
using MediationFlow.Core.Domain;
using MediationFlow.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace MediationFlow.Core.Security;

/// <summary>
/// The one reader of what was said in mediation. Everyone who may read the case learns that a note exists;
/// only those <see cref="CaseAccess.MayReadConfidential"/> allows get its text, which is not even read otherwise.
/// </summary>
public static class ConfidentialNotes
{
    /// <summary>A case's notes by the history event and the field they were entered with.</summary>
    public static async Task<IReadOnlyDictionary<(int Sequence, string Field), NoteEntry>> ForCaseAsync(
        MediationDbContext db, Case @case, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(@case);
        ArgumentNullException.ThrowIfNull(actor);
        var readsText = actor.MayReadConfidential(@case);
        var notes = await db.Set<ConfidentialNote>().AsNoTracking()
            .Where(n => n.CaseId == @case.Id)
            .OrderBy(n => n.Sequence)
            .Select(n => new { n.Sequence, n.Field, n.SessionId, Text = readsText ? n.Text : null })
            .ToListAsync(cancellationToken);
        return notes.ToDictionary(n => (n.Sequence, n.Field), n => new NoteEntry(n.SessionId, new ConfidentialNoteView(true, n.Text)));
    }

    /// <summary>One note of a case: the session it is about, if any, and what the reader may see of it.</summary>
    public sealed record NoteEntry(long? SessionId, ConfidentialNoteView View);
}

/// <summary>A confidential note as one reader sees it: that it exists, and its text only for the case's mediator.</summary>
public sealed record ConfidentialNoteView(bool Exists, [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Text);
