using MediationFlow.Core.Features.Cases;
using MediationFlow.Workflows.Engine;

namespace MediationFlow.Web.Presentation;

/// <summary>A party as the intake and party forms post it; names match the application's field names (fullName, iin…).</summary>
public sealed class PartyInput
{
    public PartyRole Role { get; set; } = PartyRole.Respondent;
    public PartyKind Kind { get; set; }
    public string? FullName { get; set; }
    public string? Iin { get; set; }
    public string? Bin { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }
    public string? Address { get; set; }
    public string? PreferredLanguage { get; set; }

    /// <summary>An untouched respondent row of the intake form: not sent.</summary>
    public bool IsBlank =>
        string.IsNullOrWhiteSpace(FullName) && string.IsNullOrWhiteSpace(Iin) && string.IsNullOrWhiteSpace(Bin) && string.IsNullOrWhiteSpace(Phone)
        && string.IsNullOrWhiteSpace(Email) && string.IsNullOrWhiteSpace(Address);

    public PartyDetails ToDetails() => new(
        Role, FullName?.Trim() ?? string.Empty, Blank(Iin), Blank(Phone), Blank(Email), Blank(Address),
        string.IsNullOrWhiteSpace(PreferredLanguage) ? "kk" : PreferredLanguage.Trim(), Kind, Blank(Bin));

    public static PartyInput From(PartyView party)
    {
        ArgumentNullException.ThrowIfNull(party);
        return new PartyInput
        {
            Role = party.Role,
            Kind = party.Kind,
            FullName = party.FullName,
            Iin = party.Iin,
            Bin = party.Bin,
            Phone = party.Phone,
            Email = party.Email,
            Address = party.Address,
            PreferredLanguage = party.PreferredLanguage,
        };
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}

/// <summary>What the party fields partial needs: the posted name prefix ("parties[1]", "party"), values and errors.</summary>
public sealed record PartyFields(string Prefix, string IdPrefix, PartyInput Party, IReadOnlyDictionary<string, string> Errors, bool ChooseRole)
{
    public string Name(string field) => $"{Prefix}.{field}";

    public string Id(string field) => $"{IdPrefix}-{field}";

    public string? Error(string field) => Errors.TryGetValue(Name(field), out var error) ? error : null;
}
