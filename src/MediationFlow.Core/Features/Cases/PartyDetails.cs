using FluentValidation;
using MediationFlow.Core.Domain;
using MediationFlow.Core.Resources;
using MediationFlow.Core.Validation;
using MediationFlow.Workflows.Engine;

namespace MediationFlow.Core.Features.Cases;

/// <summary>
/// A party as a form or API body gives it, for opening a case or adding and editing a party: a person (with
/// an IIN when known) or an organisation (with a BIN when known). Representatives are recorded on their own.
/// </summary>
public sealed record PartyDetails(
    PartyRole Role,
    string FullName,
    string? Iin = null,
    string? Phone = null,
    string? Email = null,
    string? Address = null,
    string PreferredLanguage = "kk",
    PartyKind Kind = PartyKind.Person,
    string? Bin = null)
{
    public Party ToParty()
    {
        var party = new Party { FullName = FullName };
        CopyTo(party);
        return party;
    }

    public void CopyTo(Party party)
    {
        ArgumentNullException.ThrowIfNull(party);
        party.Role = Role;
        party.Kind = Kind;
        party.Rename(FullName);
        party.Iin = Blank(Iin);
        party.Bin = Blank(Bin);
        party.Phone = Phone;
        party.Email = Email;
        party.Address = Address;
        party.PreferredLanguage = PreferredLanguage;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

public sealed class PartyDetailsValidator : AbstractValidator<PartyDetails>
{
    public PartyDetailsValidator()
    {
        RuleFor(p => p.Role).KnownValue(() => Messages.Required);
        RuleFor(p => p.Kind).KnownValue(() => Messages.PartyKindUnknown);
        RuleFor(p => p.FullName).RequiredText(200);
        RuleFor(p => p.Iin).Cascade(CascadeMode.Stop)
            .Must((p, i) => string.IsNullOrWhiteSpace(i) || p.Kind != PartyKind.Organisation)
            .WithErrorCode("personOnly").WithMessage(_ => Messages.PartyIinOfPersonOnly)
            .Must(i => string.IsNullOrWhiteSpace(i) || IdentificationNumber.IsValidIin(i.Trim()))
            .WithErrorCode("invalidIin").WithMessage(_ => Messages.IinInvalid);
        RuleFor(p => p.Bin).Cascade(CascadeMode.Stop)
            .Must((p, b) => string.IsNullOrWhiteSpace(b) || p.Kind == PartyKind.Organisation)
            .WithErrorCode("organisationOnly").WithMessage(_ => Messages.PartyBinOfOrganisationOnly)
            .Must(b => string.IsNullOrWhiteSpace(b) || IdentificationNumber.IsValidBin(b.Trim()))
            .WithErrorCode("invalidBin").WithMessage(_ => Messages.PartyBinInvalid);
        RuleFor(p => p.Phone).OptionalText(40);
        RuleFor(p => p.Email).OptionalText(200)
            .EmailAddress().When(p => !string.IsNullOrWhiteSpace(p.Email)).WithErrorCode("invalidEmail").WithMessage(_ => Messages.EmailInvalid);
        RuleFor(p => p.Address).OptionalText(300);
        RuleFor(p => p.PreferredLanguage).Must(l => l is "kk" or "ru")
            .WithErrorCode("unknownValue").WithMessage(_ => Messages.PartyLanguageInvalid);
    }
}
