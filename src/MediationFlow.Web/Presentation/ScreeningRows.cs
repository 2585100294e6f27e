using System.Globalization;
using MediationFlow.Workflows.Definitions;
using MediationFlow.Workflows.Engine;
using Microsoft.Extensions.Localization;

namespace MediationFlow.Web.Presentation;

/// <summary>One screening question with its answer: in the law's wording, with its legal basis where the definition names one.</summary>
public sealed record ScreeningRow(string Id, string Question, string? Hint, LegalBasisView? Basis, bool Checked);

/// <summary>
/// The screening questions as a definition asks them — the intake form asks those of the definition new cases start on,
/// the case page shows those of the case's own version — or this page's own wording for a definition that states none.
/// </summary>
public static class ScreeningRows
{
    /// <summary>The page's own wording and the hint under each question, by the question's id.</summary>
    private static readonly Dictionary<string, (string Question, string Hint)> Texts = new(StringComparer.Ordinal)
    {
        ["affectsThirdParties"] = ("ScreenThirdParties", "ScreenThirdPartiesHint"),
        ["partyLacksCapacity"] = ("ScreenCapacity", "ScreenCapacityHint"),
        ["corruptionOrPublicServiceOffence"] = ("ScreenCorruption", "ScreenCorruptionHint"),
        ["stateBodyIsParty"] = ("ScreenStateBody", "ScreenStateBodyHint"),
    };

    /// <summary>The rows for the questions answered in <paramref name="answers"/>, in the definition's order or the page's.</summary>
    public static IReadOnlyList<ScreeningRow> For(CompiledWorkflow workflow, IReadOnlyDictionary<string, bool> answers, IStringLocalizer text)
    {
        ArgumentNullException.ThrowIfNull(workflow);
        ArgumentNullException.ThrowIfNull(answers);
        ArgumentNullException.ThrowIfNull(text);
        var language = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        string? Hint(string id) => Texts.TryGetValue(id, out var keys) ? text[keys.Hint].Value : null;
        return workflow.Definition.Screening.Count > 0
            ? [.. workflow.Definition.Screening.Where(q => answers.ContainsKey(q.Id))
                .Select(q => new ScreeningRow(q.Id, q.Question.For(language), Hint(q.Id), workflow.Basis(q.Basis), answers[q.Id]))]
            : [.. Texts.Where(t => answers.ContainsKey(t.Key)).Select(t => new ScreeningRow(t.Key, text[t.Value.Question], text[t.Value.Hint], null, answers[t.Key]))];
    }
}
