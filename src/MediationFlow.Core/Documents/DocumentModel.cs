namespace MediationFlow.Core.Documents;

/// <summary>
/// What one document says about a case, in the document's language: each field's text and each repeat's items. The
/// .docx and the print view are both rendered from it through the same template.
/// </summary>
public sealed record DocumentModel(
    DocumentKind Kind,
    string Language,
    IReadOnlyDictionary<string, string> Fields,
    IReadOnlyDictionary<string, IReadOnlyList<IReadOnlyDictionary<string, string>>> Repeats)
{
    /// <summary>Printed where a value is not known yet, so it can be written in by hand on paper.</summary>
    public const string Blank = "__________";

    /// <summary>"AKM-01-2026-0001_settlement-agreement_kk.docx": letters, digits, dashes and underscores only.</summary>
    public string FileName(string caseNumber, string extension)
    {
        ArgumentNullException.ThrowIfNull(caseNumber);
        var safe = new string([.. caseNumber.Select(c => char.IsAsciiLetterOrDigit(c) || c == '-' ? c : '-')]);
        return $"{safe}_{Kind.Name}_{Language}.{extension}";
    }
}
