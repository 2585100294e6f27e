using MediationFlow.Workflows.Definitions;

namespace MediationFlow.Cli;

/// <summary>
/// The tool's own errors and reports in the three languages, chosen by the terminal's locale (LANG, LC_ALL),
/// as the errors in the files it checks are. The option or file each one is about stays as typed.
/// </summary>
internal static class CliMessages
{
    public static readonly LocalizedText OptionRequired = new("міндетті параметр", "обязательный параметр", "required");
    public static readonly LocalizedText NotAVersion = new("'{0}' — нұсқа нөмірі емес (1, 2, …)", "'{0}' не является номером версии (1, 2, …)", "'{0}' is not a version number (1, 2, …)");
    public static readonly LocalizedText NotOneOf = new("'{0}' мыналардың бірі емес: {1}", "'{0}' не входит в список: {1}", "'{0}' is not one of: {1}");
    public static readonly LocalizedText CouncilAdded = new("{0} кеңесі қосылды (id {1}).", "Совет {0} добавлен (id {1}).", "Council {0} added (id {1}).");
    public static readonly LocalizedText UserAdded = new("{0} пайдаланушысы қосылды. Алғашқы құпиясөз, тек қазір көрсетіледі: {1}", "Пользователь {0} добавлен. Первый пароль, показывается только сейчас: {1}", "User {0} added. First password, shown only now: {1}");
    public static readonly LocalizedText RoleGranted = new("{0} енді {2} кеңесінде: {1}.", "{0} теперь {1} в {2}.", "{0} is now {1} in {2}.");
    public static readonly LocalizedText RoleRevoked = new("{0} енді {2} кеңесінде {1} емес.", "{0} больше не {1} в {2}.", "{0} is no longer {1} in {2}.");
    public static readonly LocalizedText NoSuchFile = new("мұндай файл немесе қалта жоқ", "нет такого файла или папки", "no such file or folder");
    public static readonly LocalizedText DefinitionsInvalid = new("{0} ішіндегі жұмыс үдерісінің анықтамалары қате; алдымен соларды түзетіңіз", "определения процесса в {0} содержат ошибки; сначала исправьте их", "the workflow definitions in {0} are invalid; fix them first");
    public static readonly LocalizedText FilesValid = new("{0} файл дұрыс.", "Файлов без ошибок: {0}.", "{0} file(s) valid.");
    public static readonly LocalizedText FilesInvalid = new("Қате файлдар: {0} (барлығы {1}).", "Файлов с ошибками: {0} из {1}.", "{0} of {1} file(s) invalid.");
    public static readonly LocalizedText LineOutOfLayout = new("{0}-жол бірыңғай пішімге сәйкес емес", "строка {0} не в едином формате", "line {0} is not in the canonical layout");
    public static readonly LocalizedText FilesInLayout = new("{0} файл бірыңғай пішімде.", "Файлов в едином формате: {0}.", "{0} file(s) in the canonical layout.");
    public static readonly LocalizedText FilesOutOfLayout = new("Бірыңғай пішімде емес файлдар: {0} (барлығы {1}); оларды `workflows format` қайта жазады.", "Файлов не в едином формате: {0} из {1}; их перепишет `workflows format`.", "{0} of {1} file(s) not in the canonical layout; `workflows format` rewrites them.");
    public static readonly LocalizedText FilesRewritten = new("Бірыңғай пішімге келтірілген файлдар: {0} (барлығы {1}).", "Приведено к единому формату файлов: {0} из {1}.", "{0} of {1} file(s) rewritten in the canonical layout.");
    public static readonly LocalizedText NoJsonInFolder = new("бұл қалтада JSON файлдары жоқ", "в этой папке нет файлов JSON", "no JSON files in this folder");
    public static readonly LocalizedText NoSuchDefinition = new("'{0}' анықтамасы жоқ; барлары: {1}", "нет определения '{0}'; есть: {1}", "no definition '{0}'; known: {1}");
    public static readonly LocalizedText NotAFolder = new("'{0}' — қалта емес", "'{0}' не является папкой", "'{0}' is not a folder");
    public static readonly LocalizedText DoesNotExist = new("'{0}' жоқ", "'{0}' не существует", "'{0}' does not exist");
    public static readonly LocalizedText DoesNotMatchPlan = new("{0} {2} ішіндегі \"{1}\" мәніне сәйкес емес", "{0} не совпадает с \"{1}\" в {2}", "{0} does not match \"{1}\" in {2}");
    public static readonly LocalizedText ConnectionRequired = new("--database postgreSql үшін міндетті (немесе {0} орта айнымалысы)", "обязателен с --database postgreSql (или переменная окружения {0})", "required with --database postgreSql (or the environment variable {0})");
    public static readonly LocalizedText CannotConnect = new("{0} дерекқорына қосылу мүмкін емес: {1}", "не удаётся подключиться к базе данных {0}: {1}", "cannot connect to the database {0}: {1}");
    public static readonly LocalizedText NoDatabase = new("'{0}' ішінде дерекқор ({1}) жоқ", "в '{0}' нет базы данных ({1})", "'{0}' holds no database ({1})");
    public static readonly LocalizedText NoCasesOn = new("{0} бойынша жүріп жатқан іс жоқ.", "Дел на {0} нет.", "No cases run on {0}.");
    public static readonly LocalizedText TermPassed = new("{0} күйіне келетін {1} істің медиация мерзімі өтіп кеткен.", "В состояние {0} попадут дела с уже истёкшим сроком медиации: {1}.", "{1} case(s) arriving in {0} have a mediation term that has already ended.");
    public static readonly LocalizedText MovesTo = new("{0} → {1}: {2} іс", "{0} → {1}: дел {2}", "{0} → {1}: {2} case(s)");
    public static readonly LocalizedText CannotMove = new("көшіру мүмкін емес", "перенести нельзя", "cannot move");
    public static readonly LocalizedText Moved = new("{2} нұсқасынан {3} нұсқасына көшірілген істер: {0} (барлығы {1}); көшірілмегені: {4}.", "Перенесено дел: {0} из {1}, с {2} на {3}; не удалось перенести: {4}.", "Moved {0} of {1} case(s) from {2} to {3}; {4} could not move.");
    public static readonly LocalizedText DryRun = new("Сынақ: {2} бойынша {1} істің ішінде {3} нұсқасына көшіруге болатыны: {0}; болмайтыны: {4}. Ештеңе өзгерген жоқ; көшіру үшін --apply қосыңыз.", "Пробный прогон: из {1} дел на {2} можно перенести на {3} {0}; нельзя: {4}. Ничего не изменено; чтобы перенести, добавьте --apply.", "Dry run: {0} of {1} case(s) on {2} can move to {3}; {4} cannot. Nothing was changed; add --apply to move them.");
    public static readonly LocalizedText NotAnImportFile = new("'{0}' — .csv немесе .xlsx файлы емес", "'{0}' — не файл .csv или .xlsx", "'{0}' is neither a .csv nor an .xlsx file");
    public static readonly LocalizedText AlreadyExists = new("'{0}' бар; жаңа файл атын көрсетіңіз", "'{0}' уже существует; укажите новое имя файла", "'{0}' already exists; give a new file name");
    public static readonly LocalizedText PasswordsRequired = new("--apply бар кезде міндетті: жаңа адамдардың алғашқы құпиясөздері осы файлға бір рет жазылады", "обязателен с --apply: первые пароли новых людей записываются в этот файл один раз", "required with --apply: the first passwords of new people are written to this file, once");
    public static readonly LocalizedText ImportRowAdded = new("{0}-жол: {1} — жаңа", "строка {0}: {1} — новый", "row {0}: {1} is new");
    public static readonly LocalizedText ImportRowChanged = new("{0}-жол: {1} — өзгереді", "строка {0}: {1} — изменяется", "row {0}: {1} changes");
    public static readonly LocalizedText ImportDryRun = new("Сынақ: {0} қосылады, {1} өзгереді, {2} өзгеріссіз қалады. Ештеңе өзгерген жоқ; импорттау үшін --apply қосыңыз.", "Пробный прогон: добавить {0}, изменить {1}, без изменений {2}. Ничего не изменено; чтобы импортировать, добавьте --apply.", "Dry run: {0} to add, {1} to change, {2} as they are. Nothing was changed; add --apply to import.");
    public static readonly LocalizedText ImportApplied = new("Импортталды: {0} қосылды, {1} өзгерді, {2} өзгеріссіз қалды.", "Импортировано: добавлено {0}, изменено {1}, без изменений {2}.", "Imported: {0} added, {1} changed, {2} as they were.");
    public static readonly LocalizedText ImportProblems = new("{1} ішінде {0} қате; ештеңе өзгерген жоқ.", "Ошибок в {1}: {0}; ничего не изменено.", "{0} problem(s) in {1}; nothing was changed.");
    public static readonly LocalizedText PasswordsWritten = new("{0} жаңа адамның алғашқы құпиясөздері {1} файлында: әркімге өз құпиясөзін беріңіз, содан кейін файлды жойыңыз.", "Первые пароли новых людей ({0}) записаны в {1}: передайте каждому его пароль, затем удалите файл.", "The first passwords of {0} new people are in {1}: hand each person their own, then delete the file.");
    public static readonly LocalizedText TemplateWritten = new("Үлгі {0} файлына жазылды.", "Шаблон записан в {0}.", "Template written to {0}.");
    public static readonly LocalizedText PasswordHeader = new("Құпиясөз", "Пароль", "Password");
}
