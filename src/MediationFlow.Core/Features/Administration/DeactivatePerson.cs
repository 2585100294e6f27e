using MediationFlow.Core.Errors;
using MediationFlow.Core.Persistence;
using MediationFlow.Core.Resources;
using MediationFlow.Core.Security;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace MediationFlow.Core.Features.Administration;

/// <summary>
/// Deactivates a person who no longer works with the councils: signed out everywhere at once (page cookie, sign-in
/// bearer token, personal access tokens, which are revoked), unable to sign in again, and kept with their history and
/// memberships for the record. Nobody deactivates themselves: an administrator could otherwise leave the tree without one.
/// </summary>
public static class DeactivatePerson
{
    public sealed record Command(Guid UserId) : ICommand<Deactivated>, IAdministrationRequest;

    public sealed record Deactivated(Guid UserId, int AccessTokensRevoked);

    public sealed class Handler(MediationDbContext db, CurrentActor current, TimeProvider clock) : ICommandHandler<Command, Deactivated>
    {
        public async ValueTask<Deactivated> Handle(Command command, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(command);
            var person = await PersonRecords.FindAsync(db, command.UserId, cancellationToken);
            if (current.UserId == person.Id)
            {
                throw new ValidationFailedException([new FieldError("userId", "self", Messages.CannotDeactivateYourself)]);
            }

            if (PersonRecords.IsDeactivated(person))
            {
                throw new ValidationFailedException([new FieldError("userId", "alreadyDeactivated", Messages.PersonAlreadyDeactivated)]);
            }

            person.LockoutEnabled = true;
            person.LockoutEnd = Domain.User.DeactivatedUntil;
            PersonRecords.EndSignIns(person);

            // Revoked rather than left to the lockout: reactivating the account must not bring back a token made before.
            var now = clock.GetUtcNow();
            var tokens = await db.AccessTokens.Where(t => t.UserId == person.Id && t.RevokedAt == null).ToListAsync(cancellationToken);
            foreach (var token in tokens)
            {
                token.RevokedAt = now;
            }

            return new Deactivated(person.Id, tokens.Count);
        }
    }
}
