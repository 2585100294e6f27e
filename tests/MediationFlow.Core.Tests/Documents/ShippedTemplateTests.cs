using MediationFlow.Core.Documents;

namespace MediationFlow.Core.Tests.Documents;

/// <summary>Issue 12, point 2: a template for every document in every language ships in workflows/templates, and each passes the check.</summary>
public sealed class ShippedTemplateTests
{
    public static TheoryData<string, string> Templates() =>
        [.. DocumentKind.All.SelectMany(k => DocumentKind.Languages.Select(l => (k.Name, l)))];

    [Theory]
    [MemberData(nameof(Templates))]
    public void Each_shipped_template_passes_the_check(string document, string language)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "workflows", "templates", $"{document}.{language}.docx");

        var problems = TemplateCheck.CheckFile(path);

        Assert.Empty(problems.Select(p => $"{p.Place}: {p.Text}"));
    }

    /// <summary>
    /// The shipped templates are reproducible: each holds the text it is written from in ShippedTemplateTexts, so a change
    /// to a shipped template is a change to that source (councils change theirs in the data folder, without code). With
    /// MEDIATIONFLOW_WRITE_TEMPLATES=1 the test first writes them again from the source; review the diff.
    /// </summary>
    [Fact]
    public void Each_shipped_template_holds_the_text_it_is_written_from()
    {
        var folder = Path.Combine(RepositoryRoot(), "workflows", "templates");
        if (Environment.GetEnvironmentVariable("MEDIATIONFLOW_WRITE_TEMPLATES") == "1")
        {
            foreach (var (name, lines) in ShippedTemplateTexts.All)
            {
                File.WriteAllBytes(Path.Combine(folder, name + ".docx"), TemplateWriter.Write(lines));
            }
        }

        Assert.Equal(DocumentKind.All.Count * DocumentKind.Languages.Count, ShippedTemplateTexts.All.Count);
        foreach (var (name, lines) in ShippedTemplateTexts.All)
        {
            Assert.Equal(DocumentText.Of(TemplateWriter.Write(lines)), DocumentText.Of(File.ReadAllBytes(Path.Combine(folder, name + ".docx"))));
        }
    }

    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "MediationFlow.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new InvalidOperationException("Run from inside the repository.");
    }
}
