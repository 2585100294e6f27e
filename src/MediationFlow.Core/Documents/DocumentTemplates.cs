using System.Collections.Concurrent;

namespace MediationFlow.Core.Documents;

/// <summary>
/// Where each document's template is found: a council's own in <c>&lt;data&gt;/templates/&lt;council code&gt;/</c> wins for
/// that council and the councils under it (the nearest one up the tree that has one), else the one shipped in
/// <c>workflows/templates/</c>. Each file is read and checked once until it changes.
/// </summary>
public sealed class DocumentTemplates(string shippedFolder, string? overridesFolder)
{
    private readonly ConcurrentDictionary<string, Loaded> _loaded = new(StringComparer.Ordinal);

    /// <summary>A template's bytes once checked, with the problems found; a template with problems is not used.</summary>
    public sealed record Loaded(string Path, DateTime WrittenAt, byte[] Content, IReadOnlyList<TemplateCheck.Problem> Problems);

    public string ShippedFolder { get; } = shippedFolder;

    public string? OverridesFolder { get; } = overridesFolder;

    /// <summary>
    /// The template for a document in a language, for a council given by the codes from itself up to the root.
    /// </summary>
    public Loaded Find(DocumentKind kind, string language, IReadOnlyList<string> councilCodesUpwards)
    {
        ArgumentNullException.ThrowIfNull(kind);
        ArgumentNullException.ThrowIfNull(councilCodesUpwards);
        var fileName = kind.FileName(language);
        var path = (OverridesFolder is null ? null : councilCodesUpwards
                .Where(IsSafeFolderName)
                .Select(code => Path.Combine(OverridesFolder, code, fileName))
                .FirstOrDefault(File.Exists))
            ?? Path.Combine(ShippedFolder, fileName);
        return Load(path, kind);
    }

    private Loaded Load(string path, DocumentKind kind)
    {
        var writtenAt = File.GetLastWriteTimeUtc(path);
        if (_loaded.TryGetValue(path, out var known) && known.WrittenAt == writtenAt)
        {
            return known;
        }

        var content = File.ReadAllBytes(path);
        using var stream = new MemoryStream(content, writable: false);
        return _loaded[path] = new Loaded(path, writtenAt, content, TemplateCheck.Check(stream, kind));
    }

    /// <summary>A council code names a folder only when it cannot step out of the overrides folder.</summary>
    private static bool IsSafeFolderName(string code) =>
        code.Length > 0 && code.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}
