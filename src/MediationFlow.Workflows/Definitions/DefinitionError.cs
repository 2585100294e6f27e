namespace MediationFlow.Workflows.Definitions;

/// <summary>One problem in a definition file: the file, the JSON path inside it, and what is wrong in each language.</summary>
public sealed record DefinitionError(string File, string Path, LocalizedText Text)
{
    /// <summary>What is wrong, in the current UI language (English when the culture is none of ours).</summary>
    internal string Message => Text.ToString();

    public override string ToString() => $"{File}: {Path}: {Message}";
}

/// <summary>A loaded file: its value when valid, otherwise every error found.</summary>
public sealed record LoadResult<T>(T? Value, IReadOnlyList<DefinitionError> Errors)
    where T : class
{
    internal bool IsValid => Errors.Count == 0 && Value is not null;
}
