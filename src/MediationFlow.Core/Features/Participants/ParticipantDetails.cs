using FluentValidation;
using MediationFlow.Core.Domain;
using MediationFlow.Core.Resources;
using MediationFlow.Core.Validation;

namespace MediationFlow.Core.Features.Participants;

/// <summary>A participant as a form or API body gives them; <paramref name="AccompaniesPartyId"/> names the party a support person or interpreter comes with.</summary>
public sealed record ParticipantDetails(
    ParticipantKind Kind,
    string FullName,
    string? Iin = null,
    string? Phone = null,
    string PreferredLanguage = "kk",
    long? AccompaniesPartyId = null)
{
    public void CopyTo(Participant participant)
    {
        ArgumentNullException.ThrowIfNull(participant);
        participant.Kind = Kind;
        participant.Rename(FullName);
        participant.Iin = string.IsNullOrWhiteSpace(Iin) ? null : Iin.Trim();
        participant.Phone = string.IsNullOrWhiteSpace(Phone) ? null : Phone.Trim();
        participant.PreferredLanguage = PreferredLanguage;
        participant.AccompaniesPartyId = AccompaniesPartyId;
    }
}

public sealed class ParticipantDetailsValidator : AbstractValidator<ParticipantDetails>
{
    public ParticipantDetailsValidator()
    {
        RuleFor(p => p.Kind).KnownValue(() => Messages.ParticipantKindUnknown);
        RuleFor(p => p.FullName).RequiredText(200);
        RuleFor(p => p.Iin).Must(i => string.IsNullOrWhiteSpace(i) || IdentificationNumber.IsValidIin(i.Trim()))
            .WithErrorCode("invalidIin").WithMessage(_ => Messages.IinInvalid);
        RuleFor(p => p.Phone).OptionalText(40);
        RuleFor(p => p.PreferredLanguage).Must(l => l is "kk" or "ru")
            .WithErrorCode("unknownValue").WithMessage(_ => Messages.PartyLanguageInvalid);
    }
}
