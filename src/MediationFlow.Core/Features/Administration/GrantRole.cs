using System.Globalization;
using FluentValidation;
using MediationFlow.Core.Domain;
using MediationFlow.Core.Errors;
using MediationFlow.Core.Persistence;
using MediationFlow.Core.Resources;
using MediationFlow.Core.Security;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace MediationFlow.Core.Features.Administration;

/// <summary>Gives a person a role in a council; it takes effect on their next request.</summary>
public static class GrantRole
{
    public sealed record Command(string UserName, string CouncilCode, CouncilRole Role) : ICommand<Membership>, IAdministrationRequest;

    public sealed record Membership(string UserName, string CouncilCode, CouncilRole Role);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator() => RuleFor(c => c.Role).IsInEnum().WithErrorCode("unknownValue").WithMessage(_ => Messages.UnknownRole);
    }

    public sealed class Handler(MediationDbContext db) : ICommandHandler<Command, Membership>
    {
        public async ValueTask<Membership> Handle(Command command, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(command);
            var (userId, councilId) = await RoleTarget.FindAsync(db, command.UserName, command.CouncilCode, cancellationToken);
            CouncilRecords.RequireWorking(await db.Councils.AsNoTracking().SingleAsync(c => c.Id == councilId, cancellationToken), "councilCode");
            if (await db.Memberships.AnyAsync(m => m.UserId == userId && m.CouncilId == councilId && m.Role == command.Role, cancellationToken))
            {
                throw new ValidationFailedException([new FieldError("role", "alreadyGranted",
                    string.Format(CultureInfo.CurrentCulture, Messages.RoleAlreadyGranted, command.UserName, command.CouncilCode))]);
            }

            db.Memberships.Add(new Domain.Membership { UserId = userId, CouncilId = councilId, Role = command.Role });
            return new Membership(command.UserName, command.CouncilCode, command.Role);
        }
    }
}
