using System.Globalization;
using FluentValidation;
using MediationFlow.Core.Behaviours;
using MediationFlow.Core.CaseFiles;
using MediationFlow.Core.Documents;
using MediationFlow.Core.Domain;
using MediationFlow.Core.Errors;
using MediationFlow.Core.Persistence;
using MediationFlow.Core.Resources;
using MediationFlow.Core.Security;
using MediationFlow.Core.Workflow;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace MediationFlow.Core.Features.CaseFile;

/// <summary>
/// Generates a document (an agreement, a certificate, a notice) as .docx and keeps it in the case file as the next version
/// of that document in that language: the copy handed to the parties for signing stays on record even after the case
/// changes, and its signed scan can name it. Only what the product generated can become a version.
/// </summary>
public static class RecordGeneratedDocument
{
    public const string WordContentType = CaseDocumentGenerator.DocxContentType;

    /// <param name="Document">The document's name, e.g. "settlement-agreement".</param>
    /// <param name="Recipient">For a session notice: "party:12", "representative:3" or "participant:5".</param>
    public sealed record Command(long CaseId, string Document, string Language, long? Session = null, string? Recipient = null)
        : ICommand<Recorded>, ICaseRequest, IDocumentRequest;

    public sealed record Recorded(long CaseId, long EntryId, int Version, string Sha256) : ICaseResult;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => Include(new DocumentRequestRules());
    }

    public sealed class Handler(MediationDbContext db, CaseLoader cases, CurrentActor current, CaseDocumentGenerator generator, ICaseFileStore store, TimeProvider clock)
        : ICommandHandler<Command, Recorded>
    {
        public async ValueTask<Recorded> Handle(Command command, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(command);
            var actor = await current.GetAsync(cancellationToken);
            var @case = await cases.LoadAsync(command.CaseId, cancellationToken)
                ?? throw new NotFoundException(string.Format(CultureInfo.CurrentCulture, Messages.CaseNotFound, command.CaseId));
            CaseFileRules.RequireContributor(actor, @case);
            var document = await generator.GenerateAsync(
                @case, DocumentKind.Find(command.Document)!, command.Language, CaseDocumentGenerator.Docx, command.Session, command.Recipient, cancellationToken);

            // Counted with the case held: two generations at once become versions n and n+1, never both n.
            await db.HoldCaseAsync(@case.Id, cancellationToken);
            var last = await db.CaseFileEntries
                .Where(e => e.CaseId == @case.Id && e.Document == command.Document && e.Language == command.Language)
                .MaxAsync(e => e.DocumentVersion, cancellationToken);
            var version = (last ?? 0) + 1;
            var sha256 = CaseFileRules.Sha256Of(document.Content);
            var entry = new CaseFileEntry
            {
                CaseId = @case.Id,
                Round = @case.Round,
                Kind = CaseFileEntryKind.GeneratedDocument,
                Document = command.Document,
                Language = command.Language,
                DocumentVersion = version,
                FileName = string.Create(CultureInfo.InvariantCulture, $"{Path.GetFileNameWithoutExtension(document.FileName)}-v{version}.docx"),
                ContentType = document.ContentType,
                Length = document.Content.Length,
                Sha256 = sha256,
                AddedById = actor.Id,
                AddedAt = clock.GetUtcNow(),
            };
            db.CaseFileEntries.Add(entry);

            await db.SaveChangesAsync(cancellationToken);
            await store.SaveAsync(sha256, document.Content, cancellationToken);
            return new Recorded(@case.Id, entry.Id, version, sha256);
        }
    }
}
