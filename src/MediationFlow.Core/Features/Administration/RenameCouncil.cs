using FluentValidation;
using MediationFlow.Core.Persistence;
using MediationFlow.Core.Security;
using MediationFlow.Core.Validation;
using Mediator;

namespace MediationFlow.Core.Features.Administration;

/// <summary>Gives a council its names in the three languages anew (a renamed village, a corrected spelling); its code and cases stay.</summary>
public static class RenameCouncil
{
    public sealed record Command(int CouncilId, string NameKk, string NameRu, string NameEn) : ICommand<Renamed>, IAdministrationRequest;

    public sealed record Renamed(int CouncilId, string NameKk, string NameRu, string NameEn);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.NameKk).RequiredText(200);
            RuleFor(c => c.NameRu).RequiredText(200);
            RuleFor(c => c.NameEn).RequiredText(200);
        }
    }

    public sealed class Handler(MediationDbContext db) : ICommandHandler<Command, Renamed>
    {
        public async ValueTask<Renamed> Handle(Command command, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(command);
            var council = await CouncilRecords.FindAsync(db, command.CouncilId, cancellationToken);
            (council.NameKk, council.NameRu, council.NameEn) = (command.NameKk.Trim(), command.NameRu.Trim(), command.NameEn.Trim());
            return new Renamed(council.Id, council.NameKk, council.NameRu, council.NameEn);
        }
    }
}
