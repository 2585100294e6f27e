using System.Globalization;
using FluentValidation;
using MediationFlow.Core.Resources;

namespace MediationFlow.Core.Documents;

/// <summary>What names one document of a case: looked at (GenerateDocument) or kept as a version (RecordGeneratedDocument).</summary>
public interface IDocumentRequest
{
    string Document { get; }
    string Language { get; }
    long? Session { get; }
    string? Recipient { get; }
}

/// <summary>The document, its language and, for a session notice, the session and the person it is addressed to.</summary>
public sealed class DocumentRequestRules : AbstractValidator<IDocumentRequest>
{
    public DocumentRequestRules()
    {
        RuleFor(q => q.Document).Must(d => DocumentKind.Find(d) is not null).WithErrorCode("unknownValue")
            .WithMessage(_ => string.Format(CultureInfo.CurrentCulture, Messages.DocumentUnknown, string.Join(", ", DocumentKind.All.Select(k => k.Name))));
        RuleFor(q => q.Language).Must(l => DocumentKind.Languages.Contains(l)).WithErrorCode("unknownValue")
            .WithMessage(_ => Messages.DocumentLanguageUnknown);
        When(q => DocumentKind.Find(q.Document) is { NeedsSessionAndRecipient: true }, () =>
        {
            RuleFor(q => q.Session).NotNull().WithErrorCode("required").WithMessage(_ => Messages.DocumentSessionRequired);
            RuleFor(q => q.Recipient).Must(r => CaseDocumentGenerator.RecipientOf(r) is not null).WithErrorCode("required")
                .WithMessage(_ => Messages.DocumentRecipientRequired);
        });
    }
}
