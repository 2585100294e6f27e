using System.Globalization;
using MediationFlow.Core.Errors;
using MediationFlow.Core.Resources;
using MediationFlow.Workflows.Engine;

namespace MediationFlow.Core.Workflow;

/// <summary>
/// The one refusal for a command built on an older version of a case, whichever check caught it (the
/// expected version, or the version-checked update that lost a race): the case as it is now, with its
/// state named in the reader's language.
/// </summary>
public static class CaseConflict
{
    public static ConflictException Of(WorkflowCatalog catalog, long caseId, string definitionId, int definitionVersion, string state, int version)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var stateName = catalog.TryGet(definitionId, definitionVersion, out var workflow) && workflow.HasState(state)
            ? workflow.State(state).Name.For(CultureInfo.CurrentUICulture)
            : state;
        return new ConflictException(caseId, state, version, string.Format(CultureInfo.CurrentCulture, Messages.Conflict, stateName, version));
    }
}
