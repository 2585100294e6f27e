using System.Globalization;
using MediationFlow.Workflows.Definitions;

namespace MediationFlow.Workflows.Engine;

/// <summary>The engine's own texts (input errors, role refusals) in the three languages.</summary>
internal static class EngineMessages
{
    public static readonly LocalizedText Required = new("«{0}» толтырылуы керек", "Поле «{0}» обязательно", "{0} is required");
    public static readonly LocalizedText TooLong = new("«{0}» тым ұзын ({1} таңбадан аспауы керек)", "Поле «{0}» слишком длинное (не более {1} символов)", "{0} is too long (at most {1} characters)");
    public static readonly LocalizedText NotBoolean = new("«{0}»: иә немесе жоқ деп көрсетіңіз", "Поле «{0}»: укажите да или нет", "{0} must be yes or no");
    public static readonly LocalizedText NotInteger = new("«{0}» бүтін сан болуы керек", "Поле «{0}» должно быть целым числом", "{0} must be a whole number");
    public static readonly LocalizedText NotDate = new("«{0}» өрісіне күнді ЖЖЖЖ-АА-КК түрінде енгізіңіз", "Поле «{0}»: дата в формате ГГГГ-ММ-ДД", "{0} must be a date (YYYY-MM-DD)");
    public static readonly LocalizedText NotDateTime = new("«{0}» өрісіне күн мен уақытты енгізіңіз", "Поле «{0}»: укажите дату и время", "{0} must be a date and time");
    public static readonly LocalizedText YearOutOfRange = new("«{0}»: жылы {1}–{2} аралығында болуы керек", "Поле «{0}»: год должен быть от {1} до {2}", "{0} must fall in the years {1} to {2}");
    public static readonly LocalizedText UnreadableText = new("«{0}» оқылмайтын таңбалар бар", "Поле «{0}» содержит нечитаемые символы", "{0} contains characters that cannot be read");
    public static readonly LocalizedText NotOption = new("«{0}»: тізімнен таңдаңыз", "Поле «{0}»: выберите значение из списка", "{0} must be one of the listed options");
    public static readonly LocalizedText MustConfirm = new("Растау қажет: «{0}»", "Необходимо подтвердить: «{0}»", "You must confirm: {0}");
    public static readonly LocalizedText UnknownReference = new("«{0}»: бұл іске жатпайды", "Поле «{0}»: не относится к этому делу", "{0} does not belong to this case");
    public static readonly LocalizedText NoAuthority = new("«{0}»: өкілдің өкілеттік құжаты тіркелмеген", "Поле «{0}»: документ о полномочиях представителя не записан", "{0}: the representative's document of authority is not recorded");
    public static readonly LocalizedText NotPartysRepresentative = new("«{0}» — «{1}» өрісінде көрсетілген тараптың өкілі емес", "Поле «{0}»: это не представитель стороны из поля «{1}»", "{0} does not represent the party given as {1}");
    public static readonly LocalizedText InFuture = new("«{0}» болашақта бола алмайды ({1}: {2})", "Поле «{0}» не может быть в будущем ({1}: {2})", "{0} cannot be in the future ({1}: {2})");
    public static readonly LocalizedText InPast = new("«{0}» өткен уақытта бола алмайды ({1}: {2})", "Поле «{0}» не может быть в прошлом ({1}: {2})", "{0} cannot be in the past ({1}: {2})");
    public static readonly LocalizedText TooEarly = new("«{0}» «{1}» ({2}) күнінен бұрын бола алмайды", "Поле «{0}» не может быть раньше, чем «{1}» ({2})", "{0} cannot be before {1} ({2})");
    public static readonly LocalizedText TooLate = new("«{0}» «{1}» ({2}) күнінен кейін бола алмайды", "Поле «{0}» не может быть позже, чем «{1}» ({2})", "{0} cannot be after {1} ({2})");
    public static readonly LocalizedText TodayLabel = new("бүгін", "сегодня", "today");
    public static readonly LocalizedText NowLabel = new("қазір", "сейчас", "now");
    public static readonly LocalizedText PlannedTimeOf = new("«{0}» жоспарланған уақыты", "запланированное время: «{0}»", "the planned time of {0}");
    public static readonly LocalizedText DueDateOf = new("«{0}» орындау мерзімі", "срок исполнения: «{0}»", "the due date of {0}");
    public static readonly LocalizedText NotEditable = new("Істің қазіргі күйінде мұны өзгертуге болмайды", "В текущем состоянии дела это нельзя изменить", "This cannot be changed in the case's current state");
    public static readonly LocalizedText UnknownField = new("«{0}» өрісі бұл әрекетте жоқ", "У этого действия нет поля «{0}»", "This action has no field {0}");
    public static readonly LocalizedText RoleRequired = new("Бұл әрекетті тек мына рөлдер орындай алады: {0}", "Это действие доступно только роли: {0}", "Only these roles may take this action: {0}");
    public static readonly LocalizedText NotAvailable = new("Бұл әрекет істің қазіргі күйінде қолжетімсіз", "Это действие недоступно в текущем состоянии дела", "This action is not available in the case's current state");
    public static readonly LocalizedText UnknownAction = new("Мұндай әрекет жоқ", "Такого действия нет", "There is no such action");

    public static readonly IReadOnlyDictionary<string, LocalizedText> Roles = new Dictionary<string, LocalizedText>
    {
        ["mediator"] = new("медиатор", "медиатор", "mediator"),
        ["chair"] = new("төраға", "председатель", "chair"),
        ["system"] = new("жүйе", "система", "the system"),
        ["receivingChair"] = new("қабылдаушы кеңестің төрағасы", "председатель принимающего совета", "chair of the receiving council"),
    };

    /// <summary>
    /// The questions of versions 1 and 2, whose definitions do not list them: each bars mediation, by the law's Article 1.
    /// </summary>
    public static readonly IReadOnlyList<ScreeningQuestion> ClassicScreening =
    [
        new(ScreeningIds.AffectsThirdParties, new(
            "Медиацияға қатыспайтын тұлғалардың құқықтары мен заңды мүдделерін қозғайды немесе қозғауы мүмкін",
            "Затрагивает или может затронуть права и законные интересы лиц, не участвующих в медиации",
            "Affects, or may affect, the rights or legitimate interests of persons who take no part in the mediation")),
        new(ScreeningIds.PartyLacksCapacity, new(
            "Тарап әрекетке қабілетсіз немесе әрекет қабілеті шектеулі деп танылған",
            "Сторона признана недееспособной или ограниченно дееспособной",
            "A party is declared legally incapable or of limited capacity")),
        new(ScreeningIds.CorruptionOrPublicServiceOffence, new(
            "Сыбайлас жемқорлық қылмыс немесе мемлекеттік қызмет пен мемлекеттік басқару мүдделеріне қарсы өзге де қылмыс туралы қылмыстық іс",
            "Уголовное дело о коррупционном преступлении или ином преступлении против интересов государственной службы и государственного управления",
            "A criminal case of a corruption crime or another crime against the interests of the public service and public administration")),
    ];

    /// <summary>
    /// Fills a template with a label, each language with the label in that language; a further argument that is a
    /// <see cref="LocalizedText"/> is put in each language too.
    /// </summary>
    public static LocalizedText Compose(LocalizedText template, LocalizedText label, params object[] more) => new(
        Fill(template.Kk, label.Kk, [.. more.Select(m => m is LocalizedText text ? text.Kk ?? string.Empty : m)]),
        Fill(template.Ru, label.Ru, [.. more.Select(m => m is LocalizedText text ? text.Ru ?? string.Empty : m)]),
        Fill(template.En, label.En, [.. more.Select(m => m is LocalizedText text ? text.En ?? string.Empty : m)]));

    public static LocalizedText RoleRefusal(IReadOnlyList<string> roles)
    {
        LocalizedText Join(Func<LocalizedText, string?> pick) =>
            new(null, null, string.Join(", ", roles.Select(r => Roles.TryGetValue(r, out var l) ? pick(l) : r)));

        return new(
            Fill(RoleRequired.Kk, Join(l => l.Kk).En, []),
            Fill(RoleRequired.Ru, Join(l => l.Ru).En, []),
            Fill(RoleRequired.En, Join(l => l.En).En, []));
    }

    private static string? Fill(string? template, string? first, object[] more) =>
        template is null ? null : string.Format(CultureInfo.InvariantCulture, template, [first, .. more]);
}
