using MediationFlow.Core.Domain;
using MediationFlow.Core.Persistence;
using MediationFlow.Core.Security;
using Mediator;
using Microsoft.AspNetCore.Identity;

namespace MediationFlow.Core.Features.Administration;

/// <summary>
/// A forgotten password: a new random one-time password, returned once for the administrator to hand over and stored
/// nowhere but as a hash. The old password stops working, the person's sign-ins end, a lockout after failed attempts
/// is lifted (not a deactivation), and the pages ask them for a password of their own before anything else.
/// </summary>
public static class ResetPassword
{
    public sealed record Command(Guid UserId) : ICommand<Reset>, IAdministrationRequest;

    public sealed record Reset(Guid UserId, string UserName, string Password)
    {
        // The password must not reach a log through the audit trail or a debugger's view of the record.
        public override string ToString() => UserName;
    }

    public sealed class Handler(MediationDbContext db, IPasswordHasher<User> hasher) : ICommandHandler<Command, Reset>
    {
        public async ValueTask<Reset> Handle(Command command, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(command);
            var person = await PersonRecords.FindAsync(db, command.UserId, cancellationToken);
            var password = FirstPassword.New();
            person.PasswordHash = hasher.HashPassword(person, password);
            person.PasswordChangeRequired = true;
            person.AccessFailedCount = 0;
            if (!PersonRecords.IsDeactivated(person))
            {
                person.LockoutEnd = null;
            }

            PersonRecords.EndSignIns(person);
            return new Reset(person.Id, person.UserName!, password);
        }
    }
}
