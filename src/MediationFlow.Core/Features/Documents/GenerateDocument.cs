using System.Globalization;
using FluentValidation;
using MediationFlow.Core.Documents;
using MediationFlow.Core.Domain;
using MediationFlow.Core.Errors;
using MediationFlow.Core.Persistence;
using MediationFlow.Core.Resources;
using MediationFlow.Core.Security;
using MediationFlow.Core.Workflow;
using MediationFlow.Workflows.Engine;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace MediationFlow.Core.Features.Documents;

/// <summary>
/// A document filled from a case, as .docx or as the print view's HTML, in the language asked for (not the reader's).
/// Whoever may read the case may have its documents; nobody else learns the case exists.
/// </summary>
public static class GenerateDocument
{
    public const string Docx = "docx";
    public const string Html = "html";
    public const string DocxContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /// <param name="Recipient">For a session notice: "party:12", "representative:3" or "participant:5".</param>
    public sealed record Query(long CaseId, string Document, string Language, string Format = Docx, long? Session = null, string? Recipient = null)
        : IQuery<Generated>, ICaseRequest;

    /// <param name="Content">The .docx file, or the print view's HTML body as UTF-8.</param>
    public sealed record Generated(string FileName, string ContentType, byte[] Content, string Title, string Language);

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator()
        {
            RuleFor(q => q.Document).Must(d => DocumentKind.Find(d) is not null).WithErrorCode("unknownValue")
                .WithMessage(_ => string.Format(CultureInfo.CurrentCulture, Messages.DocumentUnknown, string.Join(", ", DocumentKind.All.Select(k => k.Name))));
            RuleFor(q => q.Language).Must(l => DocumentKind.Languages.Contains(l)).WithErrorCode("unknownValue")
                .WithMessage(_ => Messages.DocumentLanguageUnknown);
            RuleFor(q => q.Format).Must(f => f is Docx or Html).WithErrorCode("unknownValue").WithMessage(_ => Messages.DocumentFormatUnknown);
            When(q => DocumentKind.Find(q.Document) is { NeedsSessionAndRecipient: true }, () =>
            {
                RuleFor(q => q.Session).NotNull().WithErrorCode("required").WithMessage(_ => Messages.DocumentSessionRequired);
                RuleFor(q => q.Recipient).Must(r => RecipientOf(r) is not null).WithErrorCode("required").WithMessage(_ => Messages.DocumentRecipientRequired);
            });
        }
    }

    public sealed class Handler(MediationDbContext db, CaseLoader cases, WorkflowCatalog catalog, DocumentTemplates templates, CouncilTimeZones zones, TimeProvider time)
        : IQueryHandler<Query, Generated>
    {
        public async ValueTask<Generated> Handle(Query query, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(query);
            var kind = DocumentKind.Find(query.Document)!;
            var @case = await cases.LoadAsync(query.CaseId, cancellationToken)
                ?? throw new NotFoundException(string.Format(CultureInfo.CurrentCulture, Messages.CaseNotFound, query.CaseId));
            if (kind == DocumentKind.OutcomeCertificate && !@case.IsClosed)
            {
                throw Refuse("document", "caseOpen", Messages.DocumentCaseNotEnded);
            }

            Session? session = null;
            CaseDocumentModel.Recipient? recipient = null;
            if (kind.NeedsSessionAndRecipient)
            {
                session = @case.Sessions.FirstOrDefault(s => s.Id == query.Session) ?? throw Refuse("session", "notFound", Messages.DocumentSessionNotFound);
                recipient = RecipientOf(query.Recipient);
                if (recipient is null || !IsPersonOf(@case, recipient))
                {
                    throw Refuse("recipient", "notFound", Messages.DocumentRecipientNotFound);
                }
            }

            var council = await db.Councils.AsNoTracking().Where(c => c.Id == @case.CouncilId)
                .Select(c => new { c.Path, c.NameKk, c.NameRu, c.NameEn }).SingleAsync(cancellationToken);
            var upwards = council.Path.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(id => int.Parse(id, CultureInfo.InvariantCulture)).Reverse().ToList();
            var codes = await db.Councils.AsNoTracking().Where(c => upwards.Contains(c.Id)).Select(c => new { c.Id, c.Code }).ToListAsync(cancellationToken);
            var template = templates.Find(kind, query.Language, [.. upwards.Select(id => codes.FirstOrDefault(c => c.Id == id)?.Code ?? string.Empty)]);
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
                query.Language switch { "kk" => council.NameKk, "ru" => council.NameRu, _ => council.NameEn },
                mediator, catalog.Get(@case.DefinitionId, @case.DefinitionVersion),
                DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), zone).DateTime), zone)
            {
                AgreementOnMediationSignedOn = agreement?.SignedOn ?? (agreement is null ? null : CaseFactsBuilder.LocalDate(agreement.SignedAt, zone)),
            };
            var model = CaseDocumentModel.Build(kind, query.Language, @case, context, session, recipient);
            var filled = TemplateFiller.Fill(template.Content, model);
            var title = kind.Title.For(query.Language);
            return query.Format == Html
                ? new Generated(model.FileName(@case.Number, "html"), "text/html", System.Text.Encoding.UTF8.GetBytes(PrintView.Render(filled)), title, query.Language)
                : new Generated(model.FileName(@case.Number, Docx), DocxContentType, filled, title, query.Language);
        }

        private static bool IsPersonOf(Case @case, CaseDocumentModel.Recipient recipient) => recipient.Kind switch
        {
            AttendeeKind.Party => @case.Parties.Any(p => p.Id == recipient.Id),
            AttendeeKind.Representative => @case.Representatives.Any(r => r.Id == recipient.Id),
            _ => @case.Participants.Any(p => p.Id == recipient.Id),
        };

        private static ValidationFailedException Refuse(string field, string code, string message) => new([new FieldError(field, code, message)]);
    }

    /// <summary>"party:12" and the like, as session attendance names people; null when it names nobody.</summary>
    private static CaseDocumentModel.Recipient? RecipientOf(string? text)
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
