using MediationFlow.Core.Domain;
using MediationFlow.Workflows.Definitions;
using MediationFlow.Workflows.Engine;

namespace MediationFlow.Core.Documents;

/// <summary>The words a document prints beside the case's own data, in the document's language (not the reader's).</summary>
internal static class DocumentLabels
{
    public static LocalizedText Role(PartyRole role) => role switch
    {
        PartyRole.Applicant => new("Өтініш беруші", "Заявитель", "Applicant"),
        PartyRole.Respondent => new("Екінші тарап", "Вторая сторона", "Respondent"),
        _ => new("Тарап", "Сторона", "Party"),
    };

    public static LocalizedText Role(ParticipantKind kind) => kind switch
    {
        ParticipantKind.SupportPerson => new("Қолдау көрсетуші тұлға", "Сопровождающее лицо", "Support person"),
        ParticipantKind.Interpreter => new("Аудармашы", "Переводчик", "Interpreter"),
        ParticipantKind.Expert => new("Сарапшы", "Эксперт", "Expert"),
        _ => new("Қатысушы", "Участник", "Participant"),
    };

    public static readonly LocalizedText Representative = new("Өкіл", "Представитель", "Representative");
    public static readonly LocalizedText Iin = new("ЖСН", "ИИН", "IIN");
    public static readonly LocalizedText Bin = new("БСН", "БИН", "BIN");
    public static readonly LocalizedText For = new("{0} атынан {1}", "{1} за {0}", "{1} for {0}");
    public static readonly LocalizedText Online = new("онлайн: {0}", "онлайн: {0}", "online: {0}");
    public static readonly LocalizedText OnlineNoLink = new("онлайн (сілтемені медиатор жібереді)", "онлайн (ссылку пришлёт медиатор)", "online (the mediator sends the link)");
    public static readonly LocalizedText Joint = new("бірлескен", "совместная", "joint");
    public static readonly LocalizedText Separate = new("тараппен жеке кездесу", "отдельная встреча со стороной", "separate meeting with a party");
    public static readonly LocalizedText Full = new("толық", "полное", "full");
    public static readonly LocalizedText Partial = new("ішінара", "частичное", "partial");
    public static readonly LocalizedText Days = new("{0} күнтізбелік күн", "{0} календарных дней", "{0} calendar days");
}
