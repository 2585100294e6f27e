using MediationFlow.Core.Domain;
using MediationFlow.Core.Errors;
using MediationFlow.Core.Features.Participants;
using MediationFlow.Web.Localization;

namespace MediationFlow.Web.Presentation;

/// <summary>A participant as the case page's form posts it ("participant.kind"…); the kind comes as text, checked here.</summary>
public sealed class ParticipantInput
{
    public string? Kind { get; set; }
    public string? FullName { get; set; }
    public string? Iin { get; set; }
    public string? Phone { get; set; }
    public string? PreferredLanguage { get; set; }
    public long? AccompaniesPartyId { get; set; }

    /// <exception cref="ValidationFailedException">The kind is not one the form offers.</exception>
    public ParticipantDetails ToDetails() =>
        Enum.TryParse<ParticipantKind>(Kind, out var kind) && Enum.IsDefined(kind) && !Kind!.All(char.IsAsciiDigit)
            ? new ParticipantDetails(kind, FullName?.Trim() ?? string.Empty, Iin, Phone,
                string.IsNullOrWhiteSpace(PreferredLanguage) ? "kk" : PreferredLanguage.Trim(), AccompaniesPartyId)
            : throw new ValidationFailedException([new FieldError("participant.kind", "unknownValue", UiText.Get("FieldInvalid"))]);
}
