using System.Globalization;
using MediationFlow.Core.Domain;
using MediationFlow.Core.Errors;
using MediationFlow.Core.Persistence;
using MediationFlow.Core.Resources;
using MediationFlow.Core.Workflow;
using MediationFlow.Workflows.Engine;
using Microsoft.EntityFrameworkCore;

namespace MediationFlow.Core.Documents;

/// <summary>What was generated: the .docx file, or the print view's HTML body as UTF-8.</summary>
public sealed record GeneratedDocument(string FileName, string ContentType, byte[] Content, string Title, string Language);

/// <summary>
/// Fills a document's template (the council's own where it has one) from a case the caller has already been allowed to
/// read: the same filling whether the document is only looked at or kept in the case file as a version.
/// </summary>
public sealed class CaseDocumentGenerator(MediationDbContext db, WorkflowCatalog catalog, DocumentTemplates templates, CouncilTimeZones zones, TimeProvider time)
{
    public const string Docx = "docx";
    public const string Html = "html";
    public const string DocxContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /// <param name="recipientText">For a session notice: "party:12", "representative:3" or "participant:5".</param>
    public async Task<GeneratedDocument> GenerateAsync(
        Case @case, DocumentKind kind, string language, string format, long? sessionId, string? recipientText, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(@case);
        ArgumentNullException.ThrowIfNull(kind);
        if (kind == DocumentKind.OutcomeCertificate && !@case.IsClosed)
        {
            throw Refuse("document", "caseOpen", Messages.DocumentCaseNotEnded);
        }

        Session? session = null;
        CaseDocumentModel.Recipient? recipient = null;
        if (kind.NeedsSessionAndRecipient)
        {
            session = @case.Sessions.FirstOrDefault(s => s.Id == sessionId) ?? throw Refuse("session", "notFound", Messages.DocumentSessionNotFound);
            recipient = RecipientOf(recipientText);
            if (recipient is null || !IsPersonOf(@case, recipient))
            {
                throw Refuse("recipient", "notFound", Messages.DocumentRecipientNotFound);
            }
        }

        var council = await db.Councils.AsNoTracking().Where(c => c.Id == @case.CouncilId)
            .Select(c => new { c.Path, c.NameKk, c.NameRu, c.NameEn }).SingleAsync(cancellationToken);
        var upwards = council.Path.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(id => int.Parse(id, CultureInfo.InvariantCulture)).Reverse().ToList();
        var codes = await db.Councils.AsNoTracking().Where(c => upwards.Contains(c.Id)).Select(c => new { c.Id, c.Code }).ToListAsync(cancellationToken);
        var template = templates.Find(kind, language, [.. upwards.Select(id => codes.FirstOrDefault(c => c.Id == id)?.Code ?? string.Empty)]);
        if (template.Problems.Count > 0)
        {
            throw Refuse("document", "templateInvalid", string.Format(
                CultureInfo.CurrentCulture, Messages.DocumentTemplateInvalid, Path.GetFileName(template.Path),
                string.Join("; ", template.Problems.Select(p => $"{p.Place}: {p.Text}"))));
        }

        var zone = await zones.OfAsync(db, @case.CouncilId, cancellationToken);
        var mediator = @case.AssignedMediatorId is { } mediatorId
            ? await db.Users.AsNoTracking().Where(u => u.Id == mediatorId).Select(u => u.DisplayName).SingleOrDefaultAsync(cancellationToken)
            : null;
        var agreement = await db.MediationAgreements.AsNoTracking().Where(a => a.CaseId == @case.Id && a.Round == @case.Round)
            .OrderByDescending(a => a.Id).Select(a => new { a.SignedOn, a.SignedAt }).FirstOrDefaultAsync(cancellationToken);
        var context = new CaseDocumentModel.Context(
            language switch { "kk" => council.NameKk, "ru" => council.NameRu, _ => council.NameEn },
            mediator, catalog.Get(@case.DefinitionId, @case.DefinitionVersion),
            DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), zone).DateTime), zone)
        {
            AgreementOnMediationSignedOn = agreement?.SignedOn ?? (agreement is null ? null : CaseFactsBuilder.LocalDate(agreement.SignedAt, zone)),
        };
        var model = CaseDocumentModel.Build(kind, language, @case, context, session, recipient);
        var filled = TemplateFiller.Fill(template.Content, model);
        var title = kind.Title.For(language);
        return format == Html
            ? new GeneratedDocument(model.FileName(@case.Number, "html"), "text/html", System.Text.Encoding.UTF8.GetBytes(PrintView.Render(filled)), title, language)
            : new GeneratedDocument(model.FileName(@case.Number, Docx), DocxContentType, filled, title, language);
    }

    private static bool IsPersonOf(Case @case, CaseDocumentModel.Recipient recipient) => recipient.Kind switch
    {
        AttendeeKind.Party => @case.Parties.Any(p => p.Id == recipient.Id),
        AttendeeKind.Representative => @case.Representatives.Any(r => r.Id == recipient.Id),
        _ => @case.Participants.Any(p => p.Id == recipient.Id),
    };

    private static ValidationFailedException Refuse(string field, string code, string message) => new([new FieldError(field, code, message)]);

    /// <summary>"party:12" and the like, as session attendance names people; null when it names nobody.</summary>
    public static CaseDocumentModel.Recipient? RecipientOf(string? text)
    {
        var parts = text?.Split(':', 2);
        if (parts is not { Length: 2 } || !long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            return null;
        }

        AttendeeKind? kind = parts[0] switch
        {
            "party" => AttendeeKind.Party,
            "representative" => AttendeeKind.Representative,
            "participant" => AttendeeKind.Participant,
            _ => null,
        };
        return kind is { } k ? new CaseDocumentModel.Recipient(k, id) : null;
    }
}
