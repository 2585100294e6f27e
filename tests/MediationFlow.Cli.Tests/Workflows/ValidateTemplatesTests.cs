using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace MediationFlow.Cli.Tests.Workflows;

/// <summary>Issue 12, point 2: <c>workflows validate</c> checks document templates, shipped or a council's own, naming file and place.</summary>
public sealed class ValidateTemplatesTests : IDisposable
{
    private readonly string _data = Directory.CreateTempSubdirectory("mediationflow-data-").FullName;

    public void Dispose() => Directory.Delete(_data, recursive: true);

    /// <summary>A council's copy of the shipped Russian settlement agreement, with a paragraph added and the end of the signatures' repeat taken out.</summary>
    private string CouncilCopy(string added)
    {
        var folder = Directory.CreateDirectory(Path.Combine(_data, "templates", "AKM-01")).FullName;
        var path = Path.Combine(folder, "settlement-agreement.ru.docx");
        File.Copy(Path.Combine(CliRun.ShippedWorkflows, "templates", "settlement-agreement.ru.docx"), path);
        using var document = WordprocessingDocument.Open(path, isEditable: true);
        var body = document.MainDocumentPart!.Document!.Body!;
        body.Descendants<Paragraph>().Single(p => p.InnerText == "{{/signatures}}").Remove();
        body.Elements<Paragraph>().Last().InsertAfterSelf(new Paragraph(new Run(new Text(added))));
        return path;
    }

    [Fact]
    public void Each_defect_of_a_council_template_is_reported_with_the_file_and_place()
    {
        var file = CouncilCopy("Сумма: {{settlement.amount}}");

        var run = CliRun.Of("workflows", "validate", Path.Combine(_data, "templates"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains(run.ErrorLines, l => l.StartsWith($"{file}: paragraph 20 \"Сумма: {{{{settlement.amount}}}}\": unknown field 'settlement.amount'", StringComparison.Ordinal));
        Assert.Contains($"{file}: paragraph 17 \"{{{{#signatures}}}}\": repeat '{{{{#signatures}}}}' has no '{{{{/signatures}}}}' to end it", run.ErrorLines);
        Assert.Contains("1 of 1 file(s) invalid.", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Messages_follow_the_terminals_language()
    {
        var file = CouncilCopy("{{settlement.amount}}");
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("ru");
        try
        {
            var run = CliRun.Of("workflows", "validate", file);

            Assert.Contains(run.ErrorLines, l => l.StartsWith($"{file}: абзац 20 «{{{{settlement.amount}}}}»: неизвестное поле 'settlement.amount'", StringComparison.Ordinal));
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    [Fact]
    public void The_shipped_templates_are_checked_with_the_definitions()
    {
        var run = CliRun.Of("workflows", "validate", Path.Combine(CliRun.ShippedWorkflows, "templates"));

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("15 file(s) valid.", run.Output, StringComparison.Ordinal);
    }
}
