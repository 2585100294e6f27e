using MediationFlow.Core.Domain;
using MediationFlow.Core.Errors;
using MediationFlow.Core.Persistence;
using MediationFlow.Core.Resources;
using MediationFlow.Core.Security;
using MediationFlow.Core.Workflow;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace MediationFlow.Core.Behaviours;

/// <summary>
/// One gate for every request: who may make it follows from the kind it declares. Another council's
/// case is reported as not found, so its existence does not leak.
/// </summary>
public sealed class AuthorizationBehaviour<TMessage, TResponse>(CurrentActor current, MediationDbContext db, CaseLoader cases)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(next);
        var actor = await current.GetAsync(cancellationToken);
        switch (message)
        {
            case ISystemRequest:
                if (!actor.IsSystem)
                {
                    throw new ForbiddenException(Messages.SystemOnly);
                }

                break;
            case IAdministrationRequest:
                if (!actor.IsSystem)
                {
                    RequireSignedIn(actor);
                    if (!actor.Grants.Any(g => g.Role == CouncilRole.Administrator))
                    {
                        throw new ForbiddenException(Messages.AdministratorsOnly);
                    }
                }

                break;
            case ICaseRequest request:
                RequireSignedIn(actor);
                // Decided on the case the handler will work on, read once with its parts; the rule is CaseAccess.MayRead's.
                if (await cases.LoadAsync(request.CaseId, cancellationToken) is not { } @case || !actor.MayRead(@case))
                {
                    throw new NotFoundException(string.Format(System.Globalization.CultureInfo.CurrentCulture, Messages.CaseNotFound, request.CaseId));
                }

                break;
            case ICouncilCaseworkRequest request:
                RequireSignedIn(actor);
                if (!actor.Has(CouncilRole.Mediator, request.CouncilId) && !actor.Has(CouncilRole.Chair, request.CouncilId))
                {
                    throw new ForbiddenException(Messages.NotCouncilCaseworker);
                }

                break;
            case ICouncilTrainerRequest request:
                RequireSignedIn(actor);
                if (!actor.Has(CouncilRole.Trainer, request.CouncilId))
                {
                    throw new ForbiddenException(Messages.NotCouncilTrainer);
                }

                break;
            case IWorkshopRequest request:
                RequireSignedIn(actor);
                await RequireWorkshopAsync(request.WorkshopId, w => w.TrainerId == actor.UserId, cancellationToken);
                break;
            case IWorkshopParticipantRequest request:
                RequireSignedIn(actor);
                await RequireWorkshopAsync(
                    request.WorkshopId,
                    w => w.TrainerId == actor.UserId || w.Teams.Any(t => t.Members.Any(m => m.UserId == actor.UserId)),
                    cancellationToken);
                break;
            case ICouncilMemberRequest request:
                RequireSignedIn(actor);
                if (!actor.Grants.Any(g => g.CouncilId == request.CouncilId))
                {
                    throw new NotFoundException(string.Format(System.Globalization.CultureInfo.CurrentCulture, Messages.CouncilNotFound, request.CouncilId));
                }

                break;
            case ICouncilRegisterRequest request:
                RequireSignedIn(actor);
                if (await RegisterKeepers.AccessAsync(db, actor, request.CouncilId, cancellationToken) == RegisterAccess.None)
                {
                    throw CouncilNotFound(request.CouncilId);
                }

                break;
            case IRegisterKeeperRequest request:
                RequireSignedIn(actor);
                switch (await RegisterKeepers.AccessAsync(db, actor, request.CouncilId, cancellationToken))
                {
                    case RegisterAccess.None:
                        throw CouncilNotFound(request.CouncilId);
                    case RegisterAccess.Read:
                        throw new ForbiddenException(Messages.NotRegisterKeeper);
                }

                break;
            case ICouncilFiguresRequest request:
                RequireSignedIn(actor);
                await RequireFiguresAsync(actor, request.CouncilId, cancellationToken);
                break;
            case ISignedInRequest:
                RequireSignedIn(actor);
                break;
            default:
                throw new InvalidOperationException($"{typeof(TMessage).Name} does not declare who may send it.");
        }

        return await next(message, cancellationToken);
    }

    /// <summary>A workshop the actor takes no part in is reported as not found, like another council's case.</summary>
    private async Task RequireWorkshopAsync(long workshopId, System.Linq.Expressions.Expression<Func<Workshop, bool>> takesPart, CancellationToken cancellationToken)
    {
        if (!await db.Workshops.Where(w => w.Id == workshopId).AnyAsync(takesPart, cancellationToken))
        {
            throw new NotFoundException(string.Format(System.Globalization.CultureInfo.CurrentCulture, Messages.WorkshopNotFound, workshopId));
        }
    }

    /// <summary>Figures roll up the tree: a council's analysts and chairs see it and every council under it.</summary>
    private async Task RequireFiguresAsync(Actor actor, int councilId, CancellationToken cancellationToken)
    {
        var path = await db.Councils.Where(c => c.Id == councilId).Select(c => c.Path).SingleOrDefaultAsync(cancellationToken);
        if (path is null || !actor.Grants.Any(g => g.Role is CouncilRole.Analyst or CouncilRole.Chair
            && path.Contains($"/{g.CouncilId.ToString(System.Globalization.CultureInfo.InvariantCulture)}/", StringComparison.Ordinal)))
        {
            throw new NotFoundException(string.Format(System.Globalization.CultureInfo.CurrentCulture, Messages.CouncilNotFound, councilId));
        }
    }

    private static NotFoundException CouncilNotFound(int councilId) =>
        new(string.Format(System.Globalization.CultureInfo.CurrentCulture, Messages.CouncilNotFound, councilId));

    private static void RequireSignedIn(Actor actor)
    {
        if (!actor.IsSignedIn)
        {
            throw new UnauthenticatedException();
        }
    }
}
