using FluentValidation;
using MediationFlow.Core.Behaviours;
using MediationFlow.Core.Errors;
using MediationFlow.Core.Resources;
using MediationFlow.Core.Security;
using MediationFlow.Core.Telemetry;
using MediationFlow.Core.Workflow;
using Mediator;

namespace MediationFlow.Core.Features.Cases;

/// <summary>
/// Any workflow action on a case (assign, consent, schedule, approve…), with the input fields the
/// definition declares. The workflow decides; the action's recorder writes its data.
/// </summary>
public static class TakeAction
{
    public sealed record Command(long CaseId, string Trigger, int ExpectedVersion, IReadOnlyDictionary<string, string?> Input)
        : ICommand<Taken>, ICaseRequest, IActionRequest;

    public sealed record Taken(long CaseId, string FromState, string State, int Version) : ICaseResult;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Trigger).NotEmpty().WithErrorCode("required").WithMessage(_ => Messages.Required);
            RuleFor(c => c.ExpectedVersion).GreaterThan(0).WithErrorCode("required").WithMessage(_ => Messages.Required);
            RuleFor(c => c.Input).NotNull().WithErrorCode("required").WithMessage(_ => Messages.Required);
        }
    }

    public sealed class Handler(CaseActions actions, CurrentActor current) : ICommandHandler<Command, Taken>
    {
        public async ValueTask<Taken> Handle(Command command, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(command);
            var actor = await current.GetAsync(cancellationToken);
            var @case = await actions.LoadAsync(command.CaseId, cancellationToken)
                ?? throw new NotFoundException(command.CaseId.ToString(System.Globalization.CultureInfo.InvariantCulture));
            var result = await actions.TakeAsync(@case, command.Trigger, command.Input, command.ExpectedVersion, actor, cancellationToken);
            return new Taken(@case.Id, result.FromState, @case.State, @case.Version);
        }
    }
}
