using FluentValidation;
using MediationFlow.Core.Domain;
using MediationFlow.Core.Errors;
using MediationFlow.Core.Resources;
using MediationFlow.Core.Validation;

namespace MediationFlow.Core.Features.Representatives;

/// <summary>A representative as a form or API body gives them: who they are and the document of their authority.</summary>
/// <param name="AuthorityDocument">The document's name and number, e.g. "Power of attorney No. 12, notary Ospanova".</param>
public sealed record RepresentativeDetails(
    string FullName,
    AuthorityKind AuthorityKind,
    string? AuthorityDocument,
    string? Iin = null,
    string? Phone = null,
    DateOnly? AuthorityIssuedOn = null,
    DateOnly? AuthorityValidUntil = null)
{
    public void CopyTo(Representative representative)
    {
        ArgumentNullException.ThrowIfNull(representative);
        representative.FullName = FullName.Trim();
        representative.AuthorityKind = AuthorityKind;
        representative.AuthorityDocument = AuthorityDocument?.Trim();
        representative.Iin = string.IsNullOrWhiteSpace(Iin) ? null : Iin.Trim();
        representative.Phone = string.IsNullOrWhiteSpace(Phone) ? null : Phone.Trim();
        representative.AuthorityIssuedOn = AuthorityIssuedOn;
        representative.AuthorityValidUntil = AuthorityValidUntil;
    }

    /// <summary>A document dated after today cannot have been shown to the mediator; refused naming the field.</summary>
    public void RequireIssuedBy(DateOnly today, string prefix)
    {
        if (AuthorityIssuedOn > today)
        {
            throw new ValidationFailedException([new FieldError($"{prefix}.authorityIssuedOn", "inFuture", Messages.RepresentativeIssuedInFuture)]);
        }
    }
}

public sealed class RepresentativeDetailsValidator : AbstractValidator<RepresentativeDetails>
{
    public RepresentativeDetailsValidator()
    {
        RuleFor(r => r.FullName).RequiredText(200);
        // "Not recorded" describes representatives from before the document was asked for; nobody records one so now.
        RuleFor(r => r.AuthorityKind).Must(k => Enum.IsDefined(k) && k != AuthorityKind.NotRecorded)
            .WithErrorCode("unknownValue").WithMessage(_ => Messages.RepresentativeAuthorityRequired);
        RuleFor(r => r.AuthorityDocument).NotEmpty().WithErrorCode("required").WithMessage(_ => Messages.RepresentativeDocumentRequired)
            .MaximumLength(300).WithErrorCode("tooLong").WithMessage(_ => string.Format(System.Globalization.CultureInfo.CurrentCulture, Messages.TooLong, 300));
        RuleFor(r => r.Iin).Must(i => string.IsNullOrWhiteSpace(i) || IdentificationNumber.IsValidIin(i.Trim()))
            .WithErrorCode("invalidIin").WithMessage(_ => Messages.IinInvalid);
        RuleFor(r => r.Phone).OptionalText(40);
        RuleFor(r => r.AuthorityValidUntil).Must((r, until) => until is null || r.AuthorityIssuedOn is null || until >= r.AuthorityIssuedOn)
            .WithErrorCode("beforeIssued").WithMessage(_ => Messages.RepresentativeValidBeforeIssued);
    }
}
