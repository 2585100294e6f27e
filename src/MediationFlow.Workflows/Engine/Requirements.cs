using MediationFlow.Workflows.Definitions;

namespace MediationFlow.Workflows.Engine;

/// <summary>Whether the case file holds what an action requires, and how to say what it lacks.</summary>
internal static class Requirements
{
    public const string SignedAgreementOnMediation = "signedAgreementOnMediation";
    public const string SignedSettlement = "signedSettlement";
    public const string ObligationEvidence = "obligationEvidence";
    public const string SessionRecord = "sessionRecord";

    /// <summary>The acts a signed copy may prove, as definitions name them.</summary>
    public static readonly IReadOnlyList<string> AttachmentKinds = [SignedAgreementOnMediation, SignedSettlement, ObligationEvidence, SessionRecord];

    /// <summary>The input type of the field a copy of this kind is for; null when a copy proves the whole case's act.</summary>
    public static string? ForType(string kind) => kind switch
    {
        SignedSettlement => InputTypes.Party,
        ObligationEvidence => InputTypes.Obligation,
        SessionRecord => InputTypes.Session,
        _ => null,
    };

    /// <summary>
    /// The file holds it: a version of the document, or a copy of the act; for one party's, obligation's or session's act,
    /// the copy for the one the input names, or, before the input is known (listing the actions), one for each that may
    /// still need it (each party yet to sign, each open obligation).
    /// </summary>
    internal static bool Met(RequirementDefinition requirement, CaseFacts facts, ActionInput? input)
    {
        if (requirement.Document is { } document)
        {
            return facts.CaseFile.Any(f => f.Document == document);
        }

        var copies = facts.CaseFile.Where(f => f.Attachment == requirement.Attachment).ToList();
        if (requirement.For is not { } field)
        {
            return copies.Count > 0;
        }

        return input?.Text(field) is { } key
            ? copies.Any(c => c.For == key)
            : Candidates(requirement.Attachment!, facts).All(candidate => copies.Any(c => c.For == candidate));
    }

    private static IEnumerable<string> Candidates(string kind, CaseFacts facts) => ForType(kind) switch
    {
        InputTypes.Party => facts.Parties.Select(p => p.Id).Where(id => facts.Settlement?.SignedParties.Contains(id) != true),
        InputTypes.Obligation => facts.Obligations.Where(o => o.Status == ObligationStatus.Open).Select(o => o.Id),
        _ => facts.Sessions.Where(s => s.Recorded).Select(s => s.Id),
    };

    /// <summary>What the file lacks, in the reader's language; with a reason field, that a reason will also do.</summary>
    internal static LocalizedText Message(RequirementDefinition requirement) => (requirement.Attachment, requirement.OrReason is not null) switch
    {
        (null, _) => DocumentMissing.Format(requirement.Document!),
        (SignedAgreementOnMediation, true) => AgreementMissingOrReason,
        (SignedAgreementOnMediation, false) => AgreementMissing,
        (SignedSettlement, true) => SettlementMissingOrReason,
        (SignedSettlement, false) => SettlementMissing,
        (ObligationEvidence, true) => EvidenceMissingOrReason,
        (ObligationEvidence, false) => EvidenceMissing,
        (_, true) => SessionRecordMissingOrReason,
        _ => SessionRecordMissing,
    };

    private static readonly LocalizedText DocumentMissing = new(
        "«{0}» құжаты бұл іс бойынша әлі жасалмаған", "Документ «{0}» по этому делу ещё не сформирован", "The document {0} has not been generated for this case yet");

    private static readonly LocalizedText AgreementMissing = new(
        "Қол қойылған медиация туралы шарт іс материалдарында жоқ: оның сканын тіркеңіз",
        "Подписанного договора о медиации нет в материалах дела: прикрепите его скан",
        "The signed agreement on mediation is not in the case file: attach its scan");

    private static readonly LocalizedText AgreementMissingOrReason = new(
        "Қол қойылған медиация туралы шарт іс материалдарында жоқ: оның сканын тіркеңіз немесе неге жоқ екенін көрсетіңіз",
        "Подписанного договора о медиации нет в материалах дела: прикрепите его скан или укажите, почему его нет",
        "The signed agreement on mediation is not in the case file: attach its scan, or say why there is none");

    private static readonly LocalizedText SettlementMissing = new(
        "Тараптың қолы қойылған дауды реттеу туралы келісім іс материалдарында жоқ: оның сканын тіркеңіз",
        "Копии соглашения об урегулировании спора с подписью стороны нет в материалах дела: прикрепите её скан",
        "The settlement agreement with the party's signature is not in the case file: attach its scan");

    private static readonly LocalizedText SettlementMissingOrReason = new(
        "Тараптың қолы қойылған дауды реттеу туралы келісім іс материалдарында жоқ: оның сканын тіркеңіз немесе неге жоқ екенін көрсетіңіз",
        "Копии соглашения об урегулировании спора с подписью стороны нет в материалах дела: прикрепите её скан или укажите, почему её нет",
        "The settlement agreement with the party's signature is not in the case file: attach its scan, or say why there is none");

    private static readonly LocalizedText EvidenceMissing = new(
        "Міндеттеменің орындалғанын растайтын құжат іс материалдарында жоқ: оның сканын тіркеңіз",
        "Подтверждения исполнения обязательства нет в материалах дела: прикрепите его скан",
        "Evidence of the obligation's fulfilment is not in the case file: attach its scan");

    private static readonly LocalizedText EvidenceMissingOrReason = new(
        "Міндеттеменің орындалғанын растайтын құжат іс материалдарында жоқ: оның сканын тіркеңіз немесе неге жоқ екенін көрсетіңіз",
        "Подтверждения исполнения обязательства нет в материалах дела: прикрепите его скан или укажите, почему его нет",
        "Evidence of the obligation's fulfilment is not in the case file: attach its scan, or say why there is none");

    private static readonly LocalizedText SessionRecordMissing = new(
        "Сессия жазбасы іс материалдарында жоқ: оның сканын тіркеңіз",
        "Записи сессии нет в материалах дела: прикрепите её скан",
        "The session's record is not in the case file: attach its scan");

    private static readonly LocalizedText SessionRecordMissingOrReason = new(
        "Сессия жазбасы іс материалдарында жоқ: оның сканын тіркеңіз немесе неге жоқ екенін көрсетіңіз",
        "Записи сессии нет в материалах дела: прикрепите её скан или укажите, почему её нет",
        "The session's record is not in the case file: attach its scan, or say why there is none");
}
