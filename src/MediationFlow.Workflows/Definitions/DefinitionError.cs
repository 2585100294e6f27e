namespace MediationFlow.Workflows.Definitions;

/// <summary>One problem in a definition file: the file, the JSON path inside it, and what is wrong.</summary>
public sealed record DefinitionError(string File, string Path, string Message)
{
    public override string ToString() => $"{File}: {Path}: {Message}";
}

/// <summary>A loaded file: its value when valid, otherwise every error found.</summary>
public sealed record LoadResult<T>(T? Value, IReadOnlyList<DefinitionError> Errors)
    where T : class
{
    public bool IsValid => Errors.Count == 0 && Value is not null;
}
