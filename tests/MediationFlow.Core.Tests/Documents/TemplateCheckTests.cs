using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using MediationFlow.Core.Documents;

namespace MediationFlow.Core.Tests.Documents;

/// <summary>Issue 12, point 2: a template's defects are reported with the file's place, in the reader's language; Word's split runs do not matter.</summary>
public sealed class TemplateCheckTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("mediationflow-templates-").FullName;

    private static readonly string[] Settlement = ShippedTemplateTexts.All["settlement-agreement.ru"];

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private List<string> Check(IEnumerable<string> lines, string name = "settlement-agreement.ru.docx", string culture = "en")
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllBytes(path, TemplateWriter.Write(lines));
        var culture0 = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            return [.. TemplateCheck.CheckFile(path).Select(p => $"{p.Place}: {p.Text}")];
        }
        finally
        {
            CultureInfo.CurrentUICulture = culture0;
        }
    }

    [Fact]
    public void The_shipped_text_has_no_problem() => Assert.Empty(Check(Settlement));

    [Fact]
    public void An_unknown_field_is_named_with_its_paragraph()
    {
        var problem = Assert.Single(Check([.. Settlement, "Сумма: {{settlement.amount}}"]));

        Assert.StartsWith("paragraph 21 \"Сумма: {{settlement.amount}}\": unknown field 'settlement.amount'; this document's fields: ", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_field_in_a_table_row_is_placed_by_table_and_row()
    {
        var lines = Settlement.Select(l => l.Replace("{{obligations.party}}", "{{obligations.who}}", StringComparison.Ordinal));

        Assert.Equal(["table 2, row 2: unknown field 'obligations.who'; this document's fields: " + string.Join(", ", Known("settlement-agreement"))], Check(lines));
    }

    [Fact]
    public void A_missing_required_field_is_reported_for_the_document_in_the_readers_language()
    {
        var lines = Settlement.Where(l => l != "{{settlement.terms}}");

        Assert.Equal(["document: required field 'settlement.terms' is missing"], Check(lines));
        Assert.Equal(["документ: нет обязательного поля 'settlement.terms'"], Check(lines, culture: "ru"));
        Assert.Equal(["құжат: міндетті 'settlement.terms' өрісі жоқ"], Check(lines, culture: "kk"));
    }

    [Fact]
    public void A_repeat_that_starts_without_ending_is_reported_where_it_starts()
    {
        var lines = Settlement.Where(l => l != "{{/signatures}}");

        Assert.Equal(["paragraph 17 \"{{#signatures}}\": repeat '{{#signatures}}' has no '{{/signatures}}' to end it"], Check(lines));
    }

    [Fact]
    public void A_repeat_nested_wrongly_is_reported()
    {
        string[] lines = [.. Settlement, "{{#parties}}", "{{#signatures}}", "{{/parties}}", "{{/signatures}}"];

        var problems = Check(lines);

        Assert.Contains(problems, p => p.StartsWith("paragraph 22 \"{{#signatures}}\": repeat 'signatures' starts inside the repeat 'parties'", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("paragraph 23 \"{{/parties}}\": '{{/parties}}' comes inside the repeat 'signatures'", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("paragraph 24 \"{{/signatures}}\": '{{/signatures}}' has no '{{#signatures}}' before it", StringComparison.Ordinal));
    }

    [Fact]
    public void An_item_field_outside_its_repeat_and_an_unknown_repeat_are_reported()
    {
        var problems = Check([.. Settlement, "{{obligations.description}}", "{{#witnesses}}", "{{/witnesses}}"]);

        Assert.Contains("paragraph 21 \"{{obligations.description}}\": field 'obligations.description' belongs inside the repeat 'obligations'", problems);
        Assert.Contains(problems, p => p.StartsWith("paragraph 22 \"{{#witnesses}}\": unknown repeat 'witnesses'", StringComparison.Ordinal));
    }

    [Fact]
    public void The_certificate_may_not_print_the_terms()
    {
        var lines = ShippedTemplateTexts.All["outcome-certificate.ru"].Append("{{settlement.terms}}");

        Assert.Contains(Check(lines, "outcome-certificate.ru.docx"), p => p.Contains("unknown field 'settlement.terms'", StringComparison.Ordinal));
    }

    [Fact]
    public void A_file_that_is_not_a_document_or_is_misnamed_is_reported()
    {
        var broken = Path.Combine(_folder, "session-notice.kk.docx");
        File.WriteAllText(broken, "not a zip");

        Assert.Equal(["document: not a Word document (.docx), or damaged"], TemplateCheck.CheckFile(broken).Select(p => $"{p.Place.For("en")}: {p.Text.For("en")}"));
        Assert.Contains(Check(Settlement, "settlement.ru.docx"), p => p.Contains("unknown document 'settlement'", StringComparison.Ordinal));
        Assert.Contains(Check(Settlement, "settlement-agreement.de.docx"), p => p.Contains("<document>.<language>.docx", StringComparison.Ordinal));
    }

    [Fact]
    public void Placeholders_split_across_runs_as_Word_saves_them_are_found_and_filled()
    {
        var split = Split(TemplateWriter.Write(["> Дело № {{case.number}}", "| {{#parties}}{{parties.name}} | {{parties.role}}{{/parties}}", "{{case.nomer}}"]));
        var path = Path.Combine(_folder, "outcome-certificate.ru.docx");
        File.WriteAllBytes(path, split);
        Assert.Contains(TemplateCheck.CheckFile(path), p => p.Text.For("en").StartsWith("unknown field 'case.nomer'", StringComparison.Ordinal));

        var model = new DocumentModel(DocumentKind.OutcomeCertificate, "ru",
            new Dictionary<string, string> { ["case.number"] = "AKM-01-2026-0007" },
            new Dictionary<string, IReadOnlyList<IReadOnlyDictionary<string, string>>>
            {
                ["parties"] = [new Dictionary<string, string> { ["name"] = "Айгерим", ["role"] = "Заявитель" }, new Dictionary<string, string> { ["name"] = "Нурлан", ["role"] = "Вторая сторона" }],
            });
        var text = DocumentText.Of(TemplateFiller.Fill(split, model));

        Assert.Contains("Дело № AKM-01-2026-0007", text, StringComparison.Ordinal);
        Assert.Contains("Айгерим\nЗаявитель\nНурлан\nВторая сторона", text, StringComparison.Ordinal);
        Assert.DoesNotContain("{{#", text, StringComparison.Ordinal);
    }

    /// <summary>Cuts every run into runs of three characters each, alternately bold, as Word's editing leaves them.</summary>
    private static byte[] Split(byte[] docx)
    {
        using var stream = new MemoryStream();
        stream.Write(docx);
        using (var document = WordprocessingDocument.Open(stream, isEditable: true))
        {
            foreach (var run in document.MainDocumentPart!.Document!.Body!.Descendants<Run>().ToList())
            {
                var text = string.Concat(run.Elements<Text>().Select(t => t.Text));
                for (var i = 0; i < text.Length; i += 3)
                {
                    var piece = new Run(new Text(text.Substring(i, Math.Min(3, text.Length - i))) { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve });
                    if (i / 3 % 2 == 1)
                    {
                        piece.PrependChild(new RunProperties(new Bold()));
                    }

                    run.InsertBeforeSelf(piece);
                }

                run.Remove();
            }
        }

        return stream.ToArray();
    }

    private static IEnumerable<string> Known(string document)
    {
        var kind = DocumentKind.Find(document)!;
        return kind.Fields.Concat(kind.Repeats.SelectMany(r => r.Value.Select(f => r.Key + "." + f)));
    }
}
