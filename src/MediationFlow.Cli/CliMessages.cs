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
    public static readonly LocalizedText NotAFilePath = new("'{0}' — файл жолы емес (бос немесе тым ұзын)", "'{0}' не является путём к файлу (пустой или слишком длинный)", "'{0}' is not a file path (empty or too long)");
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
    public static readonly LocalizedText ExistsUseForce = new("'{0}' бар; үстінен жазу үшін --force қосыңыз", "'{0}' уже существует; чтобы перезаписать, добавьте --force", "'{0}' already exists; add --force to overwrite it");
    public static readonly LocalizedText BackupWritten = new("Сақтық көшірме {0} файлына жазылды: {1} іс, {2} байт, SHA-256 {3}.", "Резервная копия записана в {0}: дел {1}, {2} байт, SHA-256 {3}.", "Backup written to {0}: {1} case(s), {2} bytes, SHA-256 {3}.");
    public static readonly LocalizedText CaseFilesApart = new("Іс файлдары дерекқорда емес: {0} қалтасын (немесе MediationFlow:FilesDirectory қалтасын) онымен бірге көшіріңіз.", "Файлы дел не входят в базу данных: копируйте вместе с ней папку {0} (или папку из MediationFlow:FilesDirectory).", "Case files are not in the database: copy the folder {0} (or the one set in MediationFlow:FilesDirectory) with it.");
    public static readonly LocalizedText NotAMediationFlowDatabase = new("'{0}' — MediationFlow дерекқоры емес ({1})", "'{0}' — не база данных MediationFlow ({1})", "'{0}' is not a MediationFlow database ({1})");
    public static readonly LocalizedText NoMigrations = new("көші-қон тарихы жоқ", "нет истории миграций", "no migration history");
    public static readonly LocalizedText NewerDatabase = new("'{0}' бағдарламаның жаңа нұсқасымен жазылған (бұл бағдарлама білмейтін көші-қондар: {1}); оны сол нұсқамен қалпына келтіріңіз", "'{0}' записана более новой версией программы (неизвестные этой программе миграции: {1}); восстановите её той версией", "'{0}' was written by a newer version of the program (migrations this program does not know: {1}); restore it with that version");
    public static readonly LocalizedText DatabaseInUse = new("'{0}' дерекқоры пайдаланылып жатыр (веб-хост іске қосулы ма?); алдымен оны тоқтатыңыз", "база данных '{0}' используется (запущен веб-хост?); сначала остановите его", "the database '{0}' is in use (is the web host running?); stop it first");
    public static readonly LocalizedText ReplacedKept = new("Ауыстырылған дерекқор {0} ретінде сақталды.", "Заменённая база данных сохранена как {0}.", "The replaced database is kept as {0}.");
    public static readonly LocalizedText Damaged = new("'{0}' зақымдалған: {1}", "'{0}' повреждена: {1}", "'{0}' is damaged: {1}");
    public static readonly LocalizedText RowsDiffer = new("{0} кестесі: {1} жол күтілді, {2} табылды", "таблица {0}: ожидалось строк {1}, найдено {2}", "table {0}: {1} row(s) expected, {2} found");
    public static readonly LocalizedText CaseMissing = new("{0} ісі (id {1}) жоқ", "дела {0} (id {1}) нет", "case {0} (id {1}) is missing");
    public static readonly LocalizedText CaseNotExpected = new("{0} ісі (id {1}) артық", "дело {0} (id {1}) лишнее", "case {0} (id {1}) should not be there");
    public static readonly LocalizedText HistoryDiffers = new("{0} ісінің (id {1}) тарихы басқа ({2} оқиға күтілді, {3} табылды)", "история дела {0} (id {1}) отличается (ожидалось событий {2}, найдено {3})", "the history of case {0} (id {1}) differs ({2} event(s) expected, {3} found)");
    public static readonly LocalizedText NotVerified = new("Тексеру сәтсіз: {0} айырмашылық.", "Проверка не пройдена: различий {0}.", "Verification failed: {0} difference(s).");
    public static readonly LocalizedText Restored = new("{0} файлы {1} ретінде қалпына келтірілді және тексерілді: {2} кесте, {3} жол, {4} істің тарихы сәйкес.", "{0} восстановлена как {1} и проверена: таблиц {2}, строк {3}, история {4} дел совпадает.", "{0} restored as {1} and verified: {2} tables, {3} rows, the history of {4} case(s) equal.");
    public static readonly LocalizedText UsePostgreSqlTools = new("PostgreSQL дерекқоры өз құралдарымен ({0}) сақталады және қалпына келтіріледі: README, \"Backup and restore\" бөлімін қараңыз", "база данных PostgreSQL сохраняется и восстанавливается её собственными средствами ({0}): см. README, раздел \"Backup and restore\"", "a PostgreSQL database is backed up and restored with its own tools ({0}): see the README, \"Backup and restore\"");
    public static readonly LocalizedText NotAConnectionString = new("қосылу жолы емес: {0}", "не строка подключения: {0}", "not a connection string: {0}");
    public static readonly LocalizedText NotCurrent = new("'{0}' бұл бағдарламаның нұсқасына сәйкес емес; алдымен оны осы нұсқамен жаңартыңыз (веб-хостты іске қосыңыз)", "'{0}' не соответствует версии этой программы; сначала обновите её этой версией (запустите веб-хост)", "'{0}' is not at this program's version; bring it up to date with this version first (start the web host on it)");
    public static readonly LocalizedText TargetNotEmpty = new("мақсатты дерекқор бос емес: {0} кестесінде жолдар бар; бос дерекқорды көрсетіңіз", "целевая база данных не пуста: в таблице {0} есть строки; укажите пустую базу данных", "the target database is not empty: table {0} holds rows; give an empty database");
    public static readonly LocalizedText TableCopied = new("{0}: {1} жол", "{0}: строк {1}", "{0}: {1} row(s)");
    public static readonly LocalizedText Copied = new("{0} → {1} көшірілді және тексерілді: {2} кесте, {3} жол, {4} істің тарихы сәйкес.", "{0} скопирована в {1} и проверена: таблиц {2}, строк {3}, история {4} дел совпадает.", "{0} copied to {1} and verified: {2} tables, {3} rows, the history of {4} case(s) equal.");
    public static readonly LocalizedText FilesToMove = new("Іс файлдары дерекқорда емес: {0} қалтасын жаңа орналастыруға көшіріңіз немесе MediationFlow:FilesDirectory параметрін соған бағыттаңыз.", "Файлы дел не входят в базу данных: скопируйте папку {0} в новое развёртывание или укажите на неё в MediationFlow:FilesDirectory.", "Case files are not in the database: copy the folder {0} to the new deployment, or point MediationFlow:FilesDirectory to it.");
    public static readonly LocalizedText PasswordHeader = new("Құпиясөз", "Пароль", "Password");
}
