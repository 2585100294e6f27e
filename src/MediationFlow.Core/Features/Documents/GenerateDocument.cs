using System.Globalization;
using FluentValidation;
using MediationFlow.Core.Documents;
using MediationFlow.Core.Errors;
using MediationFlow.Core.Resources;
using MediationFlow.Core.Security;
using MediationFlow.Core.Workflow;
using Mediator;

namespace MediationFlow.Core.Features.Documents;

/// <summary>
/// A document filled from a case, as .docx or as the print view's HTML, in the language asked for (not the reader's).
/// Whoever may read the case may have its documents; nobody else learns the case exists.
/// </summary>
public static class GenerateDocument
{
    public const string Docx = CaseDocumentGenerator.Docx;
    public const string Html = CaseDocumentGenerator.Html;
    public const string DocxContentType = CaseDocumentGenerator.DocxContentType;

    /// <param name="Recipient">For a session notice: "party:12", "representative:3" or "participant:5".</param>
    public sealed record Query(long CaseId, string Document, string Language, string Format = Docx, long? Session = null, string? Recipient = null)
        : IQuery<GeneratedDocument>, ICaseRequest, IDocumentRequest;

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator()
        {
            Include(new DocumentRequestRules());
            RuleFor(q => q.Format).Must(f => f is Docx or Html).WithErrorCode("unknownValue").WithMessage(_ => Messages.DocumentFormatUnknown);
        }
    }

    public sealed class Handler(CaseLoader cases, CaseDocumentGenerator generator) : IQueryHandler<Query, GeneratedDocument>
    {
        public async ValueTask<GeneratedDocument> Handle(Query query, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(query);
            var @case = await cases.LoadAsync(query.CaseId, cancellationToken)
                ?? throw new NotFoundException(string.Format(CultureInfo.CurrentCulture, Messages.CaseNotFound, query.CaseId));
            return await generator.GenerateAsync(@case, DocumentKind.Find(query.Document)!, query.Language, query.Format, query.Session, query.Recipient, cancellationToken);
        }
    }
}
