using System.Text.RegularExpressions;

namespace MediationFlow.Core.Tests.Structure;

/// <summary>
/// What is said in mediation has one writer (<c>CaseHistory</c>, which moves confidential input into notes) and one
/// reader (<c>Security.ConfidentialNotes</c>, which gives the text only to the case's mediator). Any other product
/// file that names the note entity or reaches the notes table could show a note to someone else.
/// </summary>
public sealed partial class ConfidentialNotesStructureTests
{
    private static readonly string Source = Path.Combine(AppContext.BaseDirectory, "source");

    /// <summary>The entity, its configuration, the context that maps it, the migrations, the writer and the reader.</summary>
    private static readonly string[] Allowed =
    [
        "MediationFlow.Core/Domain/ConfidentialNote.cs",
        "MediationFlow.Core/Persistence/Configurations/ConfidentialNoteConfiguration.cs",
        "MediationFlow.Core/Persistence/MediationDbContext.cs",
        "MediationFlow.Core/Persistence/Migrations/",
        "MediationFlow.Migrations.PostgreSql/Migrations/",
        "MediationFlow.Core/Workflow/CaseHistory.cs",
        "MediationFlow.Core/Security/ConfidentialNotes.cs",
    ];

    /// <summary>The entity's name as a word, or the notes table reached as a member (<c>db.ConfidentialNotes</c>).</summary>
    [GeneratedRegex(@"\bConfidentialNote\b|\w\.ConfidentialNotes\b")]
    private static partial Regex TouchesNotes();

    private static IEnumerable<string> Touching() =>
        Directory.EnumerateFiles(Source, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".cshtml", StringComparison.Ordinal))
            .Where(f => TouchesNotes().IsMatch(File.ReadAllText(f)))
            .Select(f => Path.GetRelativePath(Source, f).Replace('\\', '/'));

    [Fact]
    public void Only_the_writer_and_the_reader_touch_confidential_notes()
    {
        var others = Touching().Where(f => !Allowed.Any(a => f.StartsWith(a, StringComparison.Ordinal))).Order().ToList();

        Assert.True(others.Count == 0, "Confidential notes are read only through Security/ConfidentialNotes: " + string.Join(", ", others));
    }

    [Fact]
    public void The_scan_finds_the_writer_and_the_reader_themselves()
    {
        Assert.Contains("MediationFlow.Core/Workflow/CaseHistory.cs", Touching());
        Assert.Contains("MediationFlow.Core/Security/ConfidentialNotes.cs", Touching());
    }
}
