namespace MediationFlow.Workflows.Definitions;

/// <summary>
/// What is wrong with a definition, scenario or migration file, in the three languages: the methodologists
/// and trainers who edit these files read Kazakh or Russian first. Identifiers from the file stay as written.
/// </summary>
public static class AuthoringMessages
{
    // Reading the file
    public static readonly LocalizedText NotJson = new("JSON дұрыс емес", "некорректный JSON", "not valid JSON");
    public static readonly LocalizedText NotJsonAt = new("JSON дұрыс емес ({0}-жол, {1}-позиция)", "некорректный JSON (строка {0}, позиция {1})", "not valid JSON (line {0}, position {1})");
    internal static readonly LocalizedText NoSchemaMatch = new("схемаға сәйкес емес", "не соответствует схеме", "does not match the schema");
    internal static readonly LocalizedText IdNotFileName = new("'{0}' id-і '{1}' файл атауына сәйкес емес", "id '{0}' не совпадает с именем файла '{1}'", "id '{0}' does not match the file name '{1}'");
    internal static readonly LocalizedText VersionNotFileName = new("{0} нұсқасы '{1}' файл атауына сәйкес емес", "версия {0} не совпадает с именем файла '{1}'", "version {0} does not match the file name '{1}'");
    internal static readonly LocalizedText AlsoDefinedIn = new("{0} {1} файлында да анықталған", "{0} определено также в {1}", "{0} is also defined in {1}");
    public static readonly LocalizedText NoDefinitionsInFolder = new("бұл қалтада жұмыс үрдісінің анықтамалары (*.v<N>.json) жоқ", "в этой папке нет определений процесса (*.v<N>.json)", "no workflow definitions (*.v<N>.json) in this folder");
    internal static readonly LocalizedText NoDefinition = new("{0} анықтамасы жоқ", "нет определения {0}", "no definition {0}");
    public static readonly LocalizedText NotStateOf = new("'{0}' — {1} күйі емес", "'{0}' не является состоянием {1}", "'{0}' is not a state of {1}");

    // Schema
    internal static readonly LocalizedText NotAllowedHere = new("бұл жерде мұндай қасиетке рұқсат жоқ", "это свойство здесь не допускается", "property is not allowed here");
    internal static readonly LocalizedText MissingProperty = new("міндетті қасиет жоқ: {0}", "нет обязательного свойства: {0}", "required property missing: {0}");
    internal static readonly LocalizedText WrongType = new("түрі {0} болуы керек", "должно иметь тип {0}", "must be of type {0}");
    internal static readonly LocalizedText NoPatternMatch = new("{0} үлгісіне сәйкес емес", "не соответствует шаблону {0}", "does not match the pattern {0}");
    internal static readonly LocalizedText BelowMinimum = new("кемінде {0} болуы керек", "должно быть не меньше {0}", "must be at least {0}");
    internal static readonly LocalizedText AboveMaximum = new("{0}-ден аспауы керек", "должно быть не больше {0}", "must be at most {0}");
    internal static readonly LocalizedText TooFewItems = new("кемінде {0} элемент керек", "нужно не меньше {0} элементов", "needs at least {0} item(s)");
    internal static readonly LocalizedText TooShort = new("кемінде {0} таңба болуы керек", "должно содержать не меньше {0} символов", "must be at least {0} character(s) long");
    internal static readonly LocalizedText NotOneOf = new("мыналардың бірі болуы керек: {0}", "должно быть одним из: {0}", "must be one of: {0}");

    // Definitions
    internal static readonly LocalizedText LabelMissing = new("'{0}' тіліндегі атауы жоқ", "нет подписи на языке '{0}'", "label is missing in '{0}'");
    internal static readonly LocalizedText UnknownSetting = new("'{0}' баптауы белгісіз; белгілі баптаулар: {1}", "неизвестная настройка '{0}'; известные настройки: {1}", "unknown setting '{0}'; known settings: {1}");
    internal static readonly LocalizedText SettingDuration = new("күнмен, сағатпен немесе минутпен берілген оң ISO-8601 ұзақтығы болуы керек, мысалы \"P30D\"", "должно быть положительной длительностью ISO-8601 в днях, часах или минутах, например \"P30D\"", "must be a positive ISO-8601 duration in days, hours or minutes, e.g. \"P30D\"");
    internal static readonly LocalizedText SettingCount = new("нөлден кем емес бүтін сан болуы керек", "должно быть целым числом, не меньше нуля", "must be a whole number, zero or more");
    internal static readonly LocalizedText SettingOffset = new("UTC-дан ауытқу болуы керек, мысалы \"+05:00\"", "должно быть смещением от UTC, например \"+05:00\"", "must be a UTC offset such as \"+05:00\"");
    internal static readonly LocalizedText SettingList = new("жолдар тізімі болуы керек", "должно быть списком строк", "must be a list of strings");
    internal static readonly LocalizedText StateIsStage = new("'{0}' күйінің id-і кезеңнің id-імен бірдей; диаграммада олар әртүрлі болуы керек", "у состояния '{0}' тот же id, что у этапа; на диаграмме они должны различаться", "state '{0}' has the same id as a stage; diagrams need them distinct");
    internal static readonly LocalizedText UnknownStage = new("'{0}' кезеңі белгісіз", "неизвестный этап '{0}'", "unknown stage '{0}'");
    internal static readonly LocalizedText InitialNotState = new("'{0}' бастапқы күйі күйлер тізімінде жоқ", "начального состояния '{0}' нет среди состояний", "initial state '{0}' is not one of the states");
    internal static readonly LocalizedText UnknownState = new("'{0}' күйі белгісіз", "неизвестное состояние '{0}'", "unknown state '{0}'");
    internal static readonly LocalizedText AmbiguousTrigger = new("'{0}' әрекеті '{1}' күйінен екіұшты: ол transitions[{2}] ішінде де бар", "действие '{0}' неоднозначно из состояния '{1}': оно есть и в transitions[{2}]", "trigger '{0}' is ambiguous from state '{1}': transitions[{2}] also has it");
    internal static readonly LocalizedText UnknownRole = new("'{0}' рөлі белгісіз; белгілі рөлдер: {1}", "неизвестная роль '{0}'; известные роли: {1}", "unknown role '{0}'; known roles: {1}");
    internal static readonly LocalizedText UnknownGuard = new("'{0}' шарты белгісіз; белгілі шарттар: {1}", "неизвестное условие '{0}'; известные условия: {1}", "unknown guard '{0}'; known guards: {1}");
    internal static readonly LocalizedText GuardNoReason = new("'{0}' шартының $.guards ішінде себеп мәтіні жоқ", "у условия '{0}' нет текста причины в $.guards", "guard '{0}' has no reason text in $.guards");
    internal static readonly LocalizedText GuardNeedsSetting = new("'{0}' шартына $.settings ішінде '{1}' баптауы керек", "условию '{0}' нужна настройка '{1}' в $.settings", "guard '{0}' needs the setting '{1}' in $.settings");
    internal static readonly LocalizedText GuardNeedsInput = new("'{0}' шарты '{2}' түріндегі '{1}' енгізу өрісін оқиды, бұл өтуде ондай өріс жоқ", "условие '{0}' читает поле ввода '{1}' типа '{2}', которого у этого перехода нет", "guard '{0}' reads the input field '{1}' of type '{2}', which this transition does not have");
    internal static readonly LocalizedText UnknownInputType = new("'{0}' өріс түрі белгісіз; белгілі түрлер: {1}", "неизвестный тип поля '{0}'; известные типы: {1}", "unknown input type '{0}'; known types: {1}");
    internal static readonly LocalizedText ChoiceNeedsOption = new("таңдау өрісіне кемінде бір нұсқа керек", "для выбора нужен хотя бы один вариант", "a choice needs at least one option");
    internal static readonly LocalizedText OptionsOnlyForChoice = new("нұсқалар тек таңдау өрісінде болады, '{0}' түріндегі өрісте емес", "варианты бывают только у выбора, а не у поля типа '{0}'", "only a choice has options, not a field of type '{0}'");
    internal static readonly LocalizedText NotifyNeedsRole = new("notify үшін хабарланатын рөл керек: {0} немесе {1}", "для notify нужна роль получателя: {0} или {1}", "notify needs the role to tell: {0} or {1}");
    internal static readonly LocalizedText UnknownTemplate = new("'{0}' хабарлама үлгісі $.notifications ішінде жоқ", "шаблона уведомления '{0}' нет в $.notifications", "notification template '{0}' is not in $.notifications");
    internal static readonly LocalizedText ChecksNeedTrigger = new("scheduleObligationChecks үшін іске қосылатын әрекет керек; '{0}' әрекет емес", "scheduleObligationChecks нужно действие для запуска; '{0}' им не является", "scheduleObligationChecks needs a trigger to fire; '{0}' is not one");
    internal static readonly LocalizedText UnknownEffect = new("'{0}' әсері белгісіз; белгілі әсерлер: {1}", "неизвестный эффект '{0}'; известные эффекты: {1}", "unknown effect '{0}'; known effects: {1}");
    internal static readonly LocalizedText TimerFiresNothing = new("таймер '{0}' әрекетін іске қосады, бірақ ондай өту жоқ", "таймер запускает '{0}', но такого перехода нет", "timer fires '{0}', which no transition has");
    internal static readonly LocalizedText TimerFiresElsewhere = new("таймер '{0}' әрекетін іске қосады, бірақ оның '{1}' күйінен бұл әрекет қолжетімсіз", "таймер запускает '{0}', но из его состояния '{1}' это действие недоступно", "timer fires '{0}', which cannot be taken from its state '{1}'");
    internal static readonly LocalizedText TimerFiresNotAllowed = new("таймер '{0}' әрекетін іске қосады, бірақ бұл әрекет '{1}' рөліне рұқсат етілмеген", "таймер запускает '{0}', но это действие не разрешено роли '{1}'", "timer fires '{0}', which does not allow the role '{1}'");
    internal static readonly LocalizedText TimerAfterOrAt = new("таймерге 'after' (ұзақтық) немесе 'at' (іс деректеріндегі күн) екеуінің дәл біреуі керек", "таймеру нужно ровно одно из 'after' (длительность) или 'at' (дата из данных дела)", "a timer needs exactly one of 'after' (a duration) or 'at' (a date in the case data)");
    internal static readonly LocalizedText TimerBadDuration = new("'{0}' күнмен, сағатпен немесе минутпен берілген оң ISO-8601 ұзақтығы емес", "'{0}' не является положительной длительностью ISO-8601 в днях, часах или минутах", "'{0}' is not a positive ISO-8601 duration in days, hours or minutes");
    internal static readonly LocalizedText TimerNoDate = new("'{0}' күйіне апаратын бірде-бір өтуде '{1}' деген күн өрісі жоқ", "ни у одного перехода в '{0}' нет поля даты '{1}'", "no transition into '{0}' has a date input named '{1}'");
    internal static readonly LocalizedText Unreachable = new("'{0}' күйіне '{1}' бастапқы күйінен жету мүмкін емес", "в состояние '{0}' нельзя попасть из начального состояния '{1}'", "state '{0}' cannot be reached from the initial state '{1}'");
    internal static readonly LocalizedText DeadEnd = new("'{0}' күйі соңғы емес, бірақ одан шығатын өту жоқ", "состояние '{0}' не конечное, но из него не выходит ни один переход", "state '{0}' is not terminal but no transition leaves it");
    internal static readonly LocalizedText Duplicate = new("'{0}' қайталанады", "'{0}' повторяется", "duplicate '{0}'");

    // Migration plans
    internal static readonly LocalizedText MigrationShape = new("көшіру жоспарына \"definition\" (мәтін), \"from\" және \"to\" (нұсқалар) мен \"map\" (ескі күй → жаңа күй) керек", "плану переноса нужны \"definition\" (текст), \"from\" и \"to\" (версии) и \"map\" (старое состояние → новое)", "a migration plan needs \"definition\" (text), \"from\" and \"to\" (versions) and \"map\" (old state to new state)");
    internal static readonly LocalizedText TargetNotNewer = new("{0} мақсатты нұсқасы {1} нұсқасынан жаңа болуы керек", "целевая версия {0} должна быть новее {1}", "target version {0} must be newer than {1}");
    internal static readonly LocalizedText CaseOnOtherVersion = new("іс {1} емес, {0} бойынша жүріп жатыр", "дело ведётся по {0}, а не по {1}", "the case runs on {0}, not {1}");
    internal static readonly LocalizedText NotMapped = new("жоспарда '{0}' көрсетілмеген, ал {1} ішінде мұндай күй жоқ", "план не указывает, куда перенести '{0}', а в {1} такого состояния нет", "the plan does not map '{0}' and {1} has no such state");
    internal static readonly LocalizedText NeedsTargetState = new("'{0}' үшін {1} ішінде мақсатты күй керек", "для '{0}' нужно целевое состояние в {1}", "'{0}' needs a target state of {1}");

    // Scenarios
    internal static readonly LocalizedText TextMissing = new("'{0}' тіліндегі мәтін жоқ", "нет текста на языке '{0}'", "text is missing in '{0}'");
    internal static readonly LocalizedText UnknownPartyRole = new("'{0}' тарап рөлі белгісіз; белгілілері: applicant, respondent, other", "неизвестная роль стороны '{0}'; известные: applicant, respondent, other", "unknown party role '{0}'; known: applicant, respondent, other");
    internal static readonly LocalizedText OneApplicant = new("сценарийде дәл бір өтініш беруші болуы керек", "в сценарии должен быть ровно один заявитель", "a scenario needs exactly one applicant");
    internal static readonly LocalizedText OneRespondent = new("сценарийде кемінде бір жауапкер болуы керек", "в сценарии должен быть хотя бы один ответчик", "a scenario needs at least one respondent");
    internal static readonly LocalizedText CheckpointNeeds = new("'{0}' бақылау нүктесіне '{1}' керек", "контрольной точке '{0}' нужно '{1}'", "a '{0}' checkpoint needs '{1}'");
    internal static readonly LocalizedText NotActionOf = new("'{0}' — {1} әрекеті емес", "'{0}' не является действием {1}", "'{0}' is not an action of {1}");
    internal static readonly LocalizedText CheckpointUnused = new("'{0}' өрісінің '{1}' бақылау нүктесі үшін мағынасы жоқ", "поле '{0}' не имеет смысла для контрольной точки '{1}'", "'{0}' has no meaning for a '{1}' checkpoint");
    internal static readonly LocalizedText ThenSameAsTrigger = new("'then' 'trigger'-ден басқа әрекет болуы керек ('{0}')", "'then' должно быть другим действием, чем 'trigger' ('{0}')", "'then' must be another action than 'trigger' ('{0}')");
    internal static readonly LocalizedText UnknownCheckpointKind = new("'{0}' бақылау нүктесінің түрі белгісіз; белгілілері: {1}", "неизвестный вид контрольной точки '{0}'; известные: {1}", "unknown checkpoint kind '{0}'; known: {1}");
}
