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
    /// Makes the shipped templates again from ShippedTemplateTexts, overwriting what methodologists edited: run only on
    /// purpose (<c>dotnet test --filter Writes_the_shipped_templates -- xUnit.Explicit=only</c>) and review the diff.
    /// </summary>
    [Fact(Explicit = true)]
    public void Writes_the_shipped_templates()
    {
        var folder = Path.Combine(RepositoryRoot(), "workflows", "templates");
        Directory.CreateDirectory(folder);
        foreach (var (name, lines) in ShippedTemplateTexts.All)
        {
            File.WriteAllBytes(Path.Combine(folder, name + ".docx"), TemplateWriter.Write(lines));
        }

        Assert.Equal(DocumentKind.All.Count * DocumentKind.Languages.Count, Directory.GetFiles(folder, "*.docx").Length);
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
