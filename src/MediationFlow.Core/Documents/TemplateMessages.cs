using MediationFlow.Workflows.Definitions;

namespace MediationFlow.Core.Documents;

/// <summary>What is wrong with a document template, and where, in the three languages, as definition files' errors are told.</summary>
public static class TemplateMessages
{
    public static readonly LocalizedText Paragraph = new("{0}-абзац «{1}»", "абзац {0} «{1}»", "paragraph {0} \"{1}\"");
    public static readonly LocalizedText TableRow = new("{0}-кесте, {1}-жол", "таблица {0}, строка {1}", "table {0}, row {1}");
    public static readonly LocalizedText Header = new("жоғарғы колонтитул", "верхний колонтитул", "header");
    public static readonly LocalizedText Footer = new("төменгі колонтитул", "нижний колонтитул", "footer");
    public static readonly LocalizedText WholeDocument = new("құжат", "документ", "document");
    public static readonly LocalizedText NotADocument = new("Word құжаты (.docx) емес немесе бүлінген", "не документ Word (.docx) или файл повреждён", "not a Word document (.docx), or damaged");
    public static readonly LocalizedText UnknownDocument = new("'{0}' құжаты белгісіз; белгілі құжаттар: {1}", "неизвестный документ '{0}'; известные документы: {1}", "unknown document '{0}'; known documents: {1}");
    public static readonly LocalizedText FileNameExpected = new("файл атауы <құжат>.<тіл>.docx болуы керек, мысалы settlement-agreement.kk.docx", "имя файла должно быть <документ>.<язык>.docx, например settlement-agreement.kk.docx", "the file name must be <document>.<language>.docx, e.g. settlement-agreement.kk.docx");
    public static readonly LocalizedText UnknownField = new("'{0}' өрісі белгісіз; бұл құжаттың өрістері: {1}", "неизвестное поле '{0}'; поля этого документа: {1}", "unknown field '{0}'; this document's fields: {1}");
    public static readonly LocalizedText ItemFieldOutsideRepeat = new("'{0}' өрісі тек '{1}' қайталауының ішінде қолданылады", "поле '{0}' используется только внутри повтора '{1}'", "field '{0}' belongs inside the repeat '{1}'");
    public static readonly LocalizedText UnknownRepeat = new("'{0}' қайталауы белгісіз; бұл құжаттың қайталаулары: {1}", "неизвестный повтор '{0}'; повторы этого документа: {1}", "unknown repeat '{0}'; this document's repeats: {1}");
    public static readonly LocalizedText MissingField = new("міндетті '{0}' өрісі жоқ", "нет обязательного поля '{0}'", "required field '{0}' is missing");
    public static readonly LocalizedText StartWithoutEnd = new("'{{{{#{0}}}}}' қайталауы '{{{{/{0}}}}}' белгісімен аяқталмаған", "повтор '{{{{#{0}}}}}' не закрыт меткой '{{{{/{0}}}}}'", "repeat '{{{{#{0}}}}}' has no '{{{{/{0}}}}}' to end it");
    public static readonly LocalizedText EndWithoutStart = new("'{{{{/{0}}}}}' белгісінің алдында '{{{{#{0}}}}}' жоқ", "перед '{{{{/{0}}}}}' нет '{{{{#{0}}}}}'", "'{{{{/{0}}}}}' has no '{{{{#{0}}}}}' before it");
    public static readonly LocalizedText EndOfAnother = new("'{{{{/{0}}}}}' '{1}' қайталауының ішінде тұр; алдымен '{{{{/{1}}}}}' жабыңыз", "'{{{{/{0}}}}}' стоит внутри повтора '{1}'; сначала закройте '{{{{/{1}}}}}'", "'{{{{/{0}}}}}' comes inside the repeat '{1}'; end '{{{{/{1}}}}}' first");
    public static readonly LocalizedText RepeatInsideRepeat = new("'{0}' қайталауы '{1}' қайталауының ішінде басталады; қайталауларды бір-бірінің ішіне салуға болмайды", "повтор '{0}' начинается внутри повтора '{1}'; вкладывать повторы нельзя", "repeat '{0}' starts inside the repeat '{1}'; repeats cannot be nested");
    public static readonly LocalizedText UnclosedBraces = new("'{{' мен '}}' жұптаспаған", "'{{' и '}}' не образуют пару", "'{{' and '}}' do not pair up");
    public static readonly LocalizedText TemplateInvalid = new("'{0}' үлгісінде қате бар: {1}", "В шаблоне '{0}' есть ошибки: {1}", "The template '{0}' has errors: {1}");
}
