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
/// Attaches a scan or photo of a signed paper to the act it proves: the agreement on mediation, a party's signature of
/// the settlement agreement, an obligation's fulfilment, a session's record. The type is read from the bytes; anything
/// else, or anything cut short, is refused before a row or a file is written.
/// </summary>
public static class AttachToCaseFile
{
    /// <param name="SignedVersionId">The generated version the parties signed, when it was made here.</param>
    public sealed record Command(
        long CaseId, AttachmentKind? Proves, string? FileName, byte[]? Content,
        long? PartyId = null, long? ObligationId = null, long? SessionId = null, long? SignedVersionId = null)
        : ICommand<Attached>, ICaseRequest;

    public sealed record Attached(long CaseId, long EntryId, string Sha256, string ContentType, long Length) : ICaseResult;

    /// <summary>The form field and API part that carries the file; its name and bytes are judged under it.</summary>
    public const string FileField = "file";

    public const int MaxFileName = 200;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(CaseFileLimits limits)
        {
            ArgumentNullException.ThrowIfNull(limits);
            RuleFor(c => c.Proves).NotNull().WithErrorCode("required").WithMessage(_ => Messages.Required)
                .IsInEnum().WithErrorCode("unknownKind").WithMessage(_ => Messages.AttachmentKindUnknown);
            RuleFor(c => c.Content).NotNull().WithErrorCode("required").WithMessage(_ => Messages.Required).OverridePropertyName(FileField);
            RuleFor(c => c.Content).Must(c => c!.Length <= limits.MaxBytes).When(c => c.Content is not null)
                .WithErrorCode("tooLarge").WithMessage(_ => string.Format(CultureInfo.CurrentCulture, Messages.ScanTooLarge, limits.MaxMegabytes))
                .OverridePropertyName(FileField);
            RuleFor(c => c.FileName).Must(IsPlainName).WithErrorCode("badFileName").WithMessage(_ => Messages.FileNameInvalid).OverridePropertyName(FileField);
            RuleFor(c => c.PartyId).NotNull().When(c => c.Proves == AttachmentKind.SignedSettlement)
                .WithErrorCode("required").WithMessage(_ => Messages.AttachmentPartyRequired);
            RuleFor(c => c.ObligationId).NotNull().When(c => c.Proves == AttachmentKind.ObligationEvidence)
                .WithErrorCode("required").WithMessage(_ => Messages.ObligationNotFound);
            RuleFor(c => c.SessionId).NotNull().When(c => c.Proves == AttachmentKind.SessionRecord)
                .WithErrorCode("required").WithMessage(_ => Messages.SessionNotFound);
        }

        /// <summary>A name to download the copy as, never a path: no separators, no control characters, not only dots.</summary>
        private static bool IsPlainName(string? name) =>
            name is null || (name.Length <= MaxFileName && name.Trim().Trim('.').Length > 0
                && !name.Any(c => c is '/' or '\\' || char.IsControl(c) || char.GetUnicodeCategory(c) == UnicodeCategory.Format));
    }

    public sealed class Handler(MediationDbContext db, CaseLoader cases, CurrentActor current, ICaseFileStore store, TimeProvider clock)
        : ICommandHandler<Command, Attached>
    {
        public async ValueTask<Attached> Handle(Command command, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(command);
            var actor = await current.GetAsync(cancellationToken);
            var @case = await cases.LoadAsync(command.CaseId, cancellationToken)
                ?? throw new NotFoundException(string.Format(CultureInfo.CurrentCulture, Messages.CaseNotFound, command.CaseId));
            CaseFileRules.RequireContributor(actor, @case);
            if (command.Proves == AttachmentKind.SessionRecord && !actor.MayReadConfidential(@case))
            {
                throw new ForbiddenException(Messages.CaseFileConfidential);
            }

            var errors = await ReferenceErrorsAsync(@case, command, cancellationToken);
            var content = command.Content!;
            var (type, refusal) = ScanContent.Recognise(content);
            if (refusal is { } refused)
            {
                errors.Add(ScanError(refused, content));
            }

            if (errors.Count > 0)
            {
                throw new ValidationFailedException(errors);
            }

            var sha256 = CaseFileRules.Sha256Of(content);
            var entry = new CaseFileEntry
            {
                CaseId = @case.Id,
                Round = @case.Round,
                Kind = CaseFileEntryKind.Attachment,
                Proves = command.Proves,
                PartyId = command.Proves == AttachmentKind.SignedSettlement ? command.PartyId : null,
                ObligationId = command.Proves == AttachmentKind.ObligationEvidence ? command.ObligationId : null,
                SessionId = command.Proves == AttachmentKind.SessionRecord ? command.SessionId : null,
                SignedVersionId = command.SignedVersionId,
                FileName = FileNameFor(command, type!),
                ContentType = type!.ContentType,
                Length = content.Length,
                Sha256 = sha256,
                AddedById = actor.Id,
                AddedAt = clock.GetUtcNow(),
            };
            db.CaseFileEntries.Add(entry);

            // The row first, inside the command's transaction: if keeping the bytes fails, the row goes with it.
            await db.SaveChangesAsync(cancellationToken);
            await store.SaveAsync(sha256, content, cancellationToken);
            return new Attached(@case.Id, entry.Id, sha256, entry.ContentType, entry.Length);
        }

        private async Task<List<FieldError>> ReferenceErrorsAsync(Case @case, Command command, CancellationToken cancellationToken)
        {
            var errors = new List<FieldError>();
            if (command.Proves == AttachmentKind.SignedSettlement && @case.Parties.All(p => p.Id != command.PartyId))
            {
                errors.Add(new FieldError("partyId", "unknownParty", Messages.PartyNotFound));
            }

            if (command.Proves == AttachmentKind.ObligationEvidence && @case.Obligations.All(o => o.Id != command.ObligationId))
            {
                errors.Add(new FieldError("obligationId", "unknownObligation", Messages.ObligationNotFound));
            }

            if (command.Proves == AttachmentKind.SessionRecord && @case.Sessions.All(s => s.Id != command.SessionId))
            {
                errors.Add(new FieldError("sessionId", "unknownSession", Messages.SessionNotFound));
            }

            if (command.SignedVersionId is { } version && !await db.CaseFileEntries.AnyAsync(
                e => e.Id == version && e.CaseId == @case.Id && e.Kind == CaseFileEntryKind.GeneratedDocument, cancellationToken))
            {
                errors.Add(new FieldError("signedVersionId", "unknownVersion", Messages.SignedVersionNotFound));
            }

            return errors;
        }

        private static FieldError ScanError(ScanRefusal refusal, byte[] content) => refusal switch
        {
            ScanRefusal.Empty => new FieldError(FileField, "empty", Messages.ScanEmpty),
            ScanRefusal.Incomplete => new FieldError(FileField, "incomplete",
                string.Format(CultureInfo.CurrentCulture, Messages.ScanIncomplete, content[0] == (byte)'%' ? "PDF" : content[0] == 0xFF ? "JPEG" : "PNG")),
            _ => new FieldError(FileField, "unsupportedType", Messages.ScanUnsupported),
        };

        /// <summary>The uploader's name with the extension of what the bytes are; without a name, one saying what it proves.</summary>
        private static string FileNameFor(Command command, ScanType type)
        {
            var stem = Path.GetFileNameWithoutExtension(command.FileName?.Trim() ?? "").Trim();
            stem = stem.Length == 0 ? CaseFileNames.Of(command.Proves!.Value) : stem;
            return stem[..Math.Min(stem.Length, MaxFileName - type.Extension.Length)] + type.Extension;
        }
    }
}
