using MediationFlow.Core.Errors;
using MediationFlow.Core.Persistence;
using MediationFlow.Core.Resources;
using MediationFlow.Core.Security;
using Mediator;

namespace MediationFlow.Core.Features.Administration;

/// <summary>Lets a deactivated person sign in again with their password, their memberships as they were.</summary>
public static class ReactivatePerson
{
    public sealed record Command(Guid UserId) : ICommand<Reactivated>, IAdministrationRequest;

    public sealed record Reactivated(Guid UserId);

    public sealed class Handler(MediationDbContext db) : ICommandHandler<Command, Reactivated>
    {
        public async ValueTask<Reactivated> Handle(Command command, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(command);
            var person = await PersonRecords.FindAsync(db, command.UserId, cancellationToken);
            if (!PersonRecords.IsDeactivated(person))
            {
                throw new ValidationFailedException([new FieldError("userId", "notDeactivated", Messages.PersonNotDeactivated)]);
            }

            (person.LockoutEnd, person.AccessFailedCount) = (null, 0);
            PersonRecords.EndSignIns(person);
            return new Reactivated(person.Id);
        }
    }
}
