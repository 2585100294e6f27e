using System.Globalization;
using FluentValidation;
using MediationFlow.Core.Domain;
using MediationFlow.Core.Persistence;
using MediationFlow.Core.Resources;
using MediationFlow.Core.Security;
using MediationFlow.Core.Validation;
using Mediator;

namespace MediationFlow.Core.Features.AccessTokens;

/// <summary>Makes a personal access token for the signed-in person; the token is in the answer and nowhere else.</summary>
public static class CreateAccessToken
{
    public const int MaxDays = 365;

    public sealed record Command(string Name, int Days) : ICommand<Created>, ISignedInRequest;

    public sealed record Created(long Id, string Name, string Token, DateTimeOffset ExpiresAt);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Name).RequiredText(100);
            RuleFor(c => c.Days).InclusiveBetween(1, MaxDays).WithErrorCode("outOfRange")
                .WithMessage(_ => string.Format(CultureInfo.CurrentCulture, Messages.TokenDaysRange, MaxDays));
        }
    }

    public sealed class Handler(MediationDbContext db, CurrentActor current, TimeProvider time) : ICommandHandler<Command, Created>
    {
        public async ValueTask<Created> Handle(Command command, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(command);
            var actor = await current.GetAsync(cancellationToken);
            var now = time.GetUtcNow();
            var token = AccessTokenSecret.New();
            var stored = new AccessToken
            {
                UserId = actor.Id,
                Name = command.Name.Trim(),
                Hash = AccessTokenSecret.Hash(token),
                Hint = token[^4..],
                CreatedAt = now,
                ExpiresAt = now.AddDays(command.Days),
            };
            db.AccessTokens.Add(stored);

            // Saved here for the id; the pipeline's transaction commits it with the audit entry.
            await db.SaveChangesAsync(cancellationToken);
            return new Created(stored.Id, stored.Name, token, stored.ExpiresAt);
        }
    }
}
