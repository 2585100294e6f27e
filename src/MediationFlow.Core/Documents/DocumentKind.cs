using MediationFlow.Workflows.Definitions;

namespace MediationFlow.Core.Documents;

/// <summary>
/// A document the product fills from a case: its file name in workflows/templates, its title, and the placeholders its
/// template may use. A field outside the list is refused when the template is checked, so a template cannot print what
/// the document must not show (the certificate has no terms or description to offer).
/// </summary>
public sealed record DocumentKind(string Name, LocalizedText Title, IReadOnlyList<string> Fields, IReadOnlyDictionary<string, IReadOnlyList<string>> Repeats)
{
    /// <summary>Fields and repeats the template must use, or the document misses what makes it that document.</summary>
    public IReadOnlyList<string> Required { get; init; } = [];

    /// <summary>The notice is addressed to one person about one session, so it needs both named.</summary>
    public bool NeedsSessionAndRecipient { get; init; }

    /// <summary>The fields a repeat's item has, as the template names them ("obligations.description").</summary>
    public bool IsItemField(string repeat, string field) =>
        Repeats.TryGetValue(repeat, out var fields) && field.StartsWith(repeat + ".", StringComparison.Ordinal) && fields.Contains(field[(repeat.Length + 1)..]);

    private static readonly string[] Common =
    [
        "council.name", "case.number", "mediator.name", "document.date", "document.dateInWords",
    ];

    private static readonly string[] PartyItem = ["name", "role", "idLabel", "id", "address", "representative", "authority"];
    private static readonly string[] SignatureItem = ["party", "role", "signer", "signedOn"];
    private static readonly string[] ObligationItem = ["number", "party", "description", "dueOn", "dueOnInWords"];

    public static readonly DocumentKind MediationProposal = new(
        "mediation-proposal",
        new("Медиация туралы ұсыныс", "Предложение о медиации", "Proposal of mediation"),
        [.. Common, "case.description", "case.registeredOn", "mediation.proposedOn", "mediation.proposedOnInWords", "answer.days"],
        new Dictionary<string, IReadOnlyList<string>> { ["parties"] = PartyItem })
    {
        Required = ["case.number", "council.name", "answer.days", "parties"],
    };

    public static readonly DocumentKind MediationAgreement = new(
        "mediation-agreement",
        new("Медиация туралы шарт", "Договор о медиации", "Agreement on mediation"),
        [.. Common, "case.description", "mediation.startedOn", "mediation.startedOnInWords", "mediation.termDays", "mediation.termEndsOn"],
        new Dictionary<string, IReadOnlyList<string>> { ["parties"] = PartyItem, ["signatures"] = SignatureItem })
    {
        Required = ["case.number", "council.name", "mediator.name", "mediation.termDays", "parties", "signatures"],
    };

    public static readonly DocumentKind SettlementAgreement = new(
        "settlement-agreement",
        new("Дауды реттеу туралы келісім", "Соглашение об урегулировании спора", "Settlement agreement"),
        [.. Common, "case.description", "settlement.terms", "settlement.scope", "settlement.signedOn", "settlement.signedOnInWords", "settlement.copies"],
        new Dictionary<string, IReadOnlyList<string>> { ["parties"] = PartyItem, ["obligations"] = ObligationItem, ["signatures"] = SignatureItem })
    {
        Required = ["case.number", "council.name", "mediator.name", "settlement.terms", "parties", "obligations", "signatures"],
    };

    /// <summary>How the case ended; nothing said in mediation: no description, terms or notes are offered to its template.</summary>
    public static readonly DocumentKind OutcomeCertificate = new(
        "outcome-certificate",
        new("Істің аяқталуы туралы анықтама", "Справка о завершении дела", "Certificate of how the case ended"),
        [.. Common, "case.registeredOn", "mediation.startedOn", "settlement.signedOn", "case.closedOn", "case.closedOnInWords", "case.outcome", "case.outcomeReason"],
        new Dictionary<string, IReadOnlyList<string>> { ["parties"] = ["name", "role"] })
    {
        Required = ["case.number", "council.name", "case.outcome", "parties"],
    };

    public static readonly DocumentKind SessionNotice = new(
        "session-notice",
        new("Медиация сессиясы туралы хабарлама", "Уведомление о сессии медиации", "Notice of a mediation session"),
        [.. Common, "recipient.name", "recipient.role", "session.date", "session.dateInWords", "session.time", "session.kind", "session.place"],
        new Dictionary<string, IReadOnlyList<string>>())
    {
        Required = ["case.number", "recipient.name", "session.dateInWords", "session.time", "session.place"],
        NeedsSessionAndRecipient = true,
    };

    public static IReadOnlyList<DocumentKind> All { get; } = [MediationProposal, MediationAgreement, SettlementAgreement, OutcomeCertificate, SessionNotice];

    public static DocumentKind? Find(string? name) => All.FirstOrDefault(k => k.Name == name);

    /// <summary>The languages a document can be written in, independent of the reader's interface language.</summary>
    public static IReadOnlyList<string> Languages => LocalizedText.Languages;

    /// <summary>"settlement-agreement.kk.docx".</summary>
    public string FileName(string language) => $"{Name}.{language}.docx";
}
