using System.Globalization;

namespace MediationFlow.Workflows.Definitions;

/// <summary>A label in the three languages the product speaks: Kazakh, Russian and English.</summary>
public sealed record LocalizedText(string? Kk, string? Ru, string? En)
{
    /// <summary>The product's languages, in the order forms and files list them.</summary>
    public static readonly IReadOnlyList<string> Languages = ["kk", "ru", "en"];

    public string For(string language) => language switch
    {
        "kk" => Kk ?? En ?? Ru ?? string.Empty,
        "ru" => Ru ?? En ?? Kk ?? string.Empty,
        _ => En ?? Ru ?? Kk ?? string.Empty,
    };

    public string For(CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        return For(culture.TwoLetterISOLanguageName);
    }

    /// <summary>The label in the current UI culture.</summary>
    public override string ToString() => For(CultureInfo.CurrentUICulture);

    internal IEnumerable<string> MissingLanguages()
    {
        if (string.IsNullOrWhiteSpace(Kk))
        {
            yield return "kk";
        }

        if (string.IsNullOrWhiteSpace(Ru))
        {
            yield return "ru";
        }

        if (string.IsNullOrWhiteSpace(En))
        {
            yield return "en";
        }
    }

    /// <summary>Fills "{0}"-style placeholders in every language.</summary>
    public LocalizedText Format(params object[] args) => new(
        Kk is null ? null : string.Format(CultureInfo.InvariantCulture, Kk, args),
        Ru is null ? null : string.Format(CultureInfo.InvariantCulture, Ru, args),
        En is null ? null : string.Format(CultureInfo.InvariantCulture, En, args));
}
