using System.Globalization;
using MediationFlow.Core.Domain;
using MediationFlow.Core.Errors;
using MediationFlow.Core.Resources;
using MediationFlow.Core.Security;
using MediationFlow.Core.Workflow;
using MediationFlow.Workflows.Engine;

namespace MediationFlow.Core.Features.Cases;

/// <summary>
/// Changes to a case's data outside workflow actions (parties, representatives, participants, screening,
/// referral): the case at the version the form was built on, edited by its mediator or a chair, while the
/// process allows that part to change.
/// </summary>
public static class CaseEdit
{
    /// <exception cref="ConflictException">The case is no longer at <paramref name="expectedVersion"/>.</exception>
    /// <exception cref="ForbiddenException">The actor is neither the case's mediator nor a chair of its council.</exception>
    public static async Task<Case> StartAsync(CaseActions actions, long caseId, int expectedVersion, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actions);
        ArgumentNullException.ThrowIfNull(actor);
        var @case = await actions.LoadAsync(caseId, cancellationToken)
            ?? throw new NotFoundException(string.Format(CultureInfo.CurrentCulture, Messages.CaseNotFound, caseId));
        if (@case.Version != expectedVersion)
        {
            throw actions.Conflict(@case);
        }

        var roles = CaseAccess.RolesOn(@case, actor);
        if (!roles.Contains(RoleNames.Mediator) && !roles.Contains(RoleNames.Chair))
        {
            throw new ForbiddenException(Messages.NotCouncilCaseworker);
        }

        return @case;
    }

    /// <summary>
    /// The parties, the screening and the referral are those the parties agreed to mediate with: they change
    /// only in the stage the process starts in, before the agreement on mediation.
    /// </summary>
    public static void RequireIntake(CaseActions actions, Case @case, string field, string code, string message)
    {
        ArgumentNullException.ThrowIfNull(actions);
        ArgumentNullException.ThrowIfNull(@case);
        var workflow = actions.WorkflowOf(@case);
        if (@case.Stage != workflow.State(workflow.Definition.Initial).Stage)
        {
            throw new ValidationFailedException([new FieldError(field, code, message)]);
        }
    }

    /// <summary>Representatives and participants may change at any time the case is open.</summary>
    public static void RequireOpen(Case @case, string field, string code, string message)
    {
        ArgumentNullException.ThrowIfNull(@case);
        if (@case.IsClosed)
        {
            throw new ValidationFailedException([new FieldError(field, code, message)]);
        }
    }
}
