using System.Security.Cryptography;
using MediationFlow.Core.Domain;
using MediationFlow.Core.Errors;
using MediationFlow.Core.Resources;
using MediationFlow.Core.Security;
using MediationFlow.Workflows.Engine;

namespace MediationFlow.Core.CaseFiles;

/// <summary>Who may add to and open which entries of a case's file, beyond reading the case at all.</summary>
public static class CaseFileRules
{
    /// <summary>
    /// A session's record is what was said at the table, so it follows the session notes' rule; everything else in the
    /// file (signed agreements, evidence, generated documents) is what a chair reviews or certifies, and every reader of
    /// the case may open it.
    /// </summary>
    public static bool MayOpen(Actor actor, Case @case, CaseFileEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return entry.Proves != AttachmentKind.SessionRecord || actor.MayReadConfidential(@case);
    }

    /// <summary>The case's mediator and the council's chairs (in a workshop: the team and its trainer) add to the file.</summary>
    public static void RequireContributor(Actor actor, Case @case)
    {
        var roles = CaseAccess.RolesOn(@case, actor);
        if (!roles.Contains(RoleNames.Mediator) && !roles.Contains(RoleNames.Chair))
        {
            throw new ForbiddenException(Messages.NotCaseFileContributor);
        }
    }

    public static string Sha256Of(ReadOnlySpan<byte> content) => Convert.ToHexStringLower(SHA256.HashData(content));
}
