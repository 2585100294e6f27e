using System.Globalization;
using MediationFlow.Core.Errors;
using MediationFlow.Core.Persistence;
using MediationFlow.Core.Resources;
using MediationFlow.Core.Security;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace MediationFlow.Core.Features.Administration;

/// <summary>
/// Closes a council that no longer exists. Its cases, members and history stay for the record; it takes no new case,
/// member or council under it. Refused while a case of it is open (or asked of it in a transfer), naming how many, and
/// while a council under it still works: those are decided first, by the people who hold them.
/// </summary>
public static class CloseCouncil
{
    public sealed record Command(int CouncilId) : ICommand<Closed>, IAdministrationRequest;

    public sealed record Closed(int CouncilId, DateTimeOffset ClosedAt);

    public sealed class Handler(MediationDbContext db, TimeProvider clock) : ICommandHandler<Command, Closed>
    {
        public async ValueTask<Closed> Handle(Command command, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(command);
            var council = await CouncilRecords.FindAsync(db, command.CouncilId, cancellationToken);
            if (council.ClosedAt is not null)
            {
                throw new ValidationFailedException([new FieldError("councilId", "alreadyClosed", Messages.CouncilAlreadyClosed)]);
            }

            var openCases = await db.Cases.CountAsync(
                c => c.WorkshopId == null && !c.IsClosed && (c.CouncilId == council.Id || c.PendingTransferCouncilId == council.Id), cancellationToken);
            if (openCases > 0)
            {
                throw new ValidationFailedException([new FieldError("councilId", "openCases", string.Format(CultureInfo.CurrentCulture, Messages.CouncilHasOpenCases, openCases))]);
            }

            var working = await db.Councils.CountAsync(c => c.ParentId == council.Id && c.ClosedAt == null, cancellationToken);
            if (working > 0)
            {
                throw new ValidationFailedException([new FieldError("councilId", "workingCouncils", string.Format(CultureInfo.CurrentCulture, Messages.CouncilHasWorkingChildren, working))]);
            }

            council.ClosedAt = clock.GetUtcNow();
            return new Closed(council.Id, council.ClosedAt.Value);
        }
    }
}
