using System.Globalization;
using MediationFlow.Core.Domain;
using MediationFlow.Core.Errors;
using MediationFlow.Core.Features.Cases;
using MediationFlow.Core.Features.Representatives;
using MediationFlow.Web.Localization;

namespace MediationFlow.Web.Presentation;

/// <summary>
/// A representative as the case page's form posts it ("representative.fullName"…). The authority and the dates come
/// as text, so that a value no browser would send is a field error, not a default taken silently.
/// </summary>
public sealed class RepresentativeInput
{
    public string? FullName { get; set; }
    public string? AuthorityKind { get; set; }
    public string? AuthorityDocument { get; set; }
    public string? Iin { get; set; }
    public string? Phone { get; set; }
    public string? AuthorityIssuedOn { get; set; }
    public string? AuthorityValidUntil { get; set; }

    /// <summary>The kinds a person may choose; "not recorded" describes representatives from before the document was asked for.</summary>
    public static readonly Core.Domain.AuthorityKind[] Choosable =
        [Core.Domain.AuthorityKind.PowerOfAttorney, Core.Domain.AuthorityKind.LegalRepresentative, Core.Domain.AuthorityKind.OrganisationHead];

    /// <exception cref="ValidationFailedException">The authority or a date is not one the form offers.</exception>
    public RepresentativeDetails ToDetails()
    {
        var errors = new List<FieldError>();
        var kind = Enum.TryParse<AuthorityKind>(AuthorityKind, out var parsed) && Choosable.Contains(parsed) && !AuthorityKind!.All(char.IsAsciiDigit)
            ? parsed
            : (AuthorityKind?)null;
        if (kind is null)
        {
            errors.Add(new FieldError("representative.authorityKind", "unknownValue", UiText.Get("FieldInvalid")));
        }

        var issuedOn = Date(AuthorityIssuedOn, "representative.authorityIssuedOn", errors);
        var validUntil = Date(AuthorityValidUntil, "representative.authorityValidUntil", errors);
        return errors.Count > 0
            ? throw new ValidationFailedException(errors)
            : new RepresentativeDetails(FullName?.Trim() ?? string.Empty, kind!.Value, AuthorityDocument, Iin, Phone, issuedOn, validUntil);
    }

    public static RepresentativeInput From(RepresentativeView representative)
    {
        ArgumentNullException.ThrowIfNull(representative);
        return new RepresentativeInput
        {
            FullName = representative.FullName,
            AuthorityKind = representative.AuthorityKind.ToString(),
            AuthorityDocument = representative.AuthorityDocument,
            Iin = representative.Iin,
            Phone = representative.Phone,
            AuthorityIssuedOn = Iso(representative.AuthorityIssuedOn),
            AuthorityValidUntil = Iso(representative.AuthorityValidUntil),
        };
    }

    private static string? Iso(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateOnly? Date(string? text, string field, List<FieldError> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        errors.Add(new FieldError(field, "invalid", UiText.Get("FieldInvalid")));
        return null;
    }
}

/// <summary>What the representative fields partial needs: the form's id prefix, the values and the errors.</summary>
public sealed record RepresentativeFields(string IdPrefix, RepresentativeInput Representative, IReadOnlyDictionary<string, string> Errors)
{
    public static string Name(string field) => $"representative.{field}";

    public string Id(string field) => $"{IdPrefix}-{field}";

    public string? Error(string field) => Errors.TryGetValue(Name(field), out var error) ? error : null;
}
