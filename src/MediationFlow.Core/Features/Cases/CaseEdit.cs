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
    /// Whether the process lets <paramref name="what"/> (parties, screening, referral, representatives, participants)
    /// change in the case's state, as its definition says: version 3 keeps the parties, the screening and the referral
    /// fixed once the agreement on mediation is signed; versions 1 and 2 in the stage they start in. Refused as a field
    /// error with the first reason, in the reader's language.
    /// </summary>
    public static async Task RequireEditableAsync(
        CaseActions actions, Case @case, Actor actor, string what, string field, string code, string message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actions);
        ArgumentNullException.ThrowIfNull(@case);
        var workflow = actions.WorkflowOf(@case);
        var blocked = workflow.MayEdit(@case.State, what, await actions.FactsAsync(@case, workflow, cancellationToken), CaseAccess.RolesOn(@case, actor));
        if (blocked.Count > 0)
        {
            // The state's own lock reads best in the application's words; a guard's reason says what must happen first.
            var reason = blocked[0].Kind == BlockKind.Guard ? blocked[0].Message.For(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName) : message;
            throw new ValidationFailedException([new FieldError(field, code, reason)]);
        }
    }

    /// <summary>The party roles the definition allows (version 3: applicants and respondents; others join as participants).</summary>
    public static FieldError? RoleAllowed(CompiledWorkflow workflow, PartyRole role, string field)
    {
        ArgumentNullException.ThrowIfNull(workflow);
        var allowed = workflow.Definition.PartyRoles;
        return allowed is null || allowed.Contains(RoleName(role))
            ? null
            : new FieldError(field, "roleNotAllowed", Messages.PartyRoleNotAllowed);
    }

    private static string RoleName(PartyRole role) => role switch
    {
        PartyRole.Applicant => "applicant",
        PartyRole.Respondent => "respondent",
        _ => "other",
    };
}
