using FluentValidation;
using MediationFlow.Core.Domain;
using MediationFlow.Core.Resources;
using MediationFlow.Core.Validation;
using MediationFlow.Workflows.Engine;

namespace MediationFlow.Core.Features.Cases;

/// <summary>A party as a form or API body gives it, for opening a case or adding and editing a party.</summary>
public sealed record PartyDetails(
    PartyRole Role,
    string FullName,
    string? Iin = null,
    string? Phone = null,
    string? Email = null,
    string? Address = null,
    string PreferredLanguage = "kk",
    string? Representative = null)
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
        party.Rename(FullName);
        party.Iin = string.IsNullOrWhiteSpace(Iin) ? null : Iin.Trim();
        party.Phone = Phone;
        party.Email = Email;
        party.Address = Address;
        party.PreferredLanguage = PreferredLanguage;
        party.Representative = Representative;
    }
}

public sealed class PartyDetailsValidator : AbstractValidator<PartyDetails>
{
    public PartyDetailsValidator()
    {
        RuleFor(p => p.Role).KnownValue(() => Messages.Required);
        RuleFor(p => p.FullName).RequiredText(200);
        RuleFor(p => p.Iin).Must(i => string.IsNullOrWhiteSpace(i) || Iin.IsValid(i.Trim()))
            .WithErrorCode("invalidIin").WithMessage(_ => Messages.IinInvalid);
        RuleFor(p => p.Phone).OptionalText(40);
        RuleFor(p => p.Email).OptionalText(200)
            .EmailAddress().When(p => !string.IsNullOrWhiteSpace(p.Email)).WithErrorCode("invalidEmail").WithMessage(_ => Messages.EmailInvalid);
        RuleFor(p => p.Address).OptionalText(300);
        RuleFor(p => p.Representative).OptionalText(200);
        RuleFor(p => p.PreferredLanguage).Must(l => l is "kk" or "ru")
            .WithErrorCode("unknownValue").WithMessage(_ => Messages.PartyLanguageInvalid);
    }
}
