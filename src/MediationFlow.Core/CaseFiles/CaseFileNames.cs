using MediationFlow.Core.Domain;

namespace MediationFlow.Core.CaseFiles;

/// <summary>The names definitions and downloads give the acts a copy proves.</summary>
public static class CaseFileNames
{
    /// <summary>"signedSettlement" for <see cref="AttachmentKind.SignedSettlement"/>: the camel-case name definitions use.</summary>
    public static string Of(AttachmentKind kind)
    {
        var name = kind.ToString();
        return char.ToLowerInvariant(name[0]) + name[1..];
    }

    public static AttachmentKind? Parse(string? name) =>
        Enum.GetValues<AttachmentKind>().Cast<AttachmentKind?>().FirstOrDefault(k => Of(k!.Value) == name);
}
