using System.Globalization;
using FluentValidation;
using MediationFlow.Core.Behaviours;
using MediationFlow.Core.CaseFiles;
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
/// Keeps a document generated from the case (an agreement, a certificate, a notice) in its file as the next version
/// of that document in that language: what was handed to the parties stays on record even after the case changes.
/// </summary>
public static class RecordGeneratedDocument
{
    public const string WordContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /// <param name="Document">The generator's name of the document, e.g. "settlementAgreement".</param>
    /// <param name="ContentType">What the generator made; the bytes are the product's own, not an upload.</param>
    public sealed record Command(long CaseId, string Document, string Language, byte[] Content, string ContentType = WordContentType)
        : ICommand<Recorded>, ICaseRequest;

    public sealed record Recorded(long CaseId, long EntryId, int Version, string Sha256) : ICaseResult;

    private static readonly string[] Languages = ["kk", "ru", "en"];

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Document).Matches("^[a-zA-Z][a-zA-Z0-9]{0,49}$").WithErrorCode("invalid").WithMessage(_ => Messages.DocumentNameInvalid)
                .NotEmpty().WithErrorCode("required").WithMessage(_ => Messages.Required);
            RuleFor(c => c.Language).Must(l => Languages.Contains(l)).WithErrorCode("invalid").WithMessage(_ => Messages.DocumentLanguageInvalid);
            RuleFor(c => c.Content).NotEmpty().WithErrorCode("required").WithMessage(_ => Messages.Required);
            RuleFor(c => c.ContentType).NotEmpty().MaximumLength(100).WithErrorCode("required").WithMessage(_ => Messages.Required);
        }
    }

    public sealed class Handler(MediationDbContext db, CaseLoader cases, CurrentActor current, ICaseFileStore store, TimeProvider clock)
        : ICommandHandler<Command, Recorded>
    {
        public async ValueTask<Recorded> Handle(Command command, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(command);
            var actor = await current.GetAsync(cancellationToken);
            var @case = await cases.LoadAsync(command.CaseId, cancellationToken)
                ?? throw new NotFoundException(string.Format(CultureInfo.CurrentCulture, Messages.CaseNotFound, command.CaseId));
            CaseFileRules.RequireContributor(actor, @case);

            // Counted under the write lock: two generations at once become versions n and n+1, never both n.
            await db.BeginWritingAsync(cancellationToken);
            var last = await db.CaseFileEntries
                .Where(e => e.CaseId == @case.Id && e.Document == command.Document && e.Language == command.Language)
                .MaxAsync(e => e.DocumentVersion, cancellationToken);
            var version = (last ?? 0) + 1;
            var sha256 = CaseFileRules.Sha256Of(command.Content);
            var entry = new CaseFileEntry
            {
                CaseId = @case.Id,
                Round = @case.Round,
                Kind = CaseFileEntryKind.GeneratedDocument,
                Document = command.Document,
                Language = command.Language,
                DocumentVersion = version,
                FileName = string.Create(CultureInfo.InvariantCulture, $"{@case.Number}-{command.Document}-{command.Language}-v{version}{ExtensionOf(command.ContentType)}"),
                ContentType = command.ContentType,
                Length = command.Content.Length,
                Sha256 = sha256,
                AddedById = actor.Id,
                AddedAt = clock.GetUtcNow(),
            };
            db.CaseFileEntries.Add(entry);

            await db.SaveChangesAsync(cancellationToken);
            await store.SaveAsync(sha256, command.Content, cancellationToken);
            return new Recorded(@case.Id, entry.Id, version, sha256);
        }

        private static string ExtensionOf(string contentType) => contentType switch
        {
            WordContentType => ".docx",
            "application/pdf" => ".pdf",
            _ when contentType.StartsWith("text/html", StringComparison.Ordinal) => ".html",
            _ => "",
        };
    }
}
