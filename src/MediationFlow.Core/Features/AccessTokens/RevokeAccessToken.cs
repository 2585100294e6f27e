using System.Globalization;
using MediationFlow.Core.Errors;
using MediationFlow.Core.Persistence;
using MediationFlow.Core.Resources;
using MediationFlow.Core.Security;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace MediationFlow.Core.Features.AccessTokens;

/// <summary>Revokes one of the signed-in person's tokens at once; someone else's is reported as not found.</summary>
public static class RevokeAccessToken
{
    public sealed record Command(long TokenId) : ICommand<Revoked>, ISignedInRequest;

    public sealed record Revoked(long Id, DateTimeOffset RevokedAt);

    public sealed class Handler(MediationDbContext db, CurrentActor current, TimeProvider time) : ICommandHandler<Command, Revoked>
    {
        public async ValueTask<Revoked> Handle(Command command, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(command);
            var actor = await current.GetAsync(cancellationToken);
            var token = await db.AccessTokens.SingleOrDefaultAsync(t => t.Id == command.TokenId && t.UserId == actor.Id, cancellationToken)
                ?? throw new NotFoundException(string.Format(CultureInfo.CurrentCulture, Messages.TokenNotFound, command.TokenId));

            // Revoking twice keeps the first time: that is when the token stopped working.
            token.RevokedAt ??= time.GetUtcNow();
            return new Revoked(token.Id, token.RevokedAt.Value);
        }
    }
}
