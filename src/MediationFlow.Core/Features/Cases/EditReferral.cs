using System.Linq.Expressions;
using FluentValidation;
using MediationFlow.Core.Behaviours;
using MediationFlow.Core.Domain;
using MediationFlow.Core.Persistence;
using MediationFlow.Core.Resources;
using MediationFlow.Core.Security;
using MediationFlow.Core.Validation;
using MediationFlow.Core.Workflow;
using Mediator;

namespace MediationFlow.Core.Features.Cases;

/// <summary>
/// Recording during intake where the case came from (the parties, the other party, a court, a prosecutor, the police,
/// an akimat, other) and a court or administrative proceeding it is part of.
/// </summary>
public static class EditReferral
{
    public sealed record Command(long CaseId, int ExpectedVersion, ReferralSource? ReferralSource, string? ReferralNote = null, string? ProceedingReference = null)
        : ICommand<Edited>, ICaseRequest;

    public sealed record Edited(long CaseId, int Version) : ICaseResult;

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.ExpectedVersion).GreaterThan(0).WithErrorCode("required").WithMessage(_ => Messages.Required);
            Include(new ReferralValidator<Command>(c => c.ReferralSource, c => c.ReferralNote, c => c.ProceedingReference));
        }
    }

    public sealed class Handler(MediationDbContext db, CaseActions actions, CurrentActor current, CaseClock clock) : ICommandHandler<Command, Edited>
    {
        public async ValueTask<Edited> Handle(Command command, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(command);
            var actor = await current.GetAsync(cancellationToken);
            var @case = await CaseEdit.StartAsync(actions, command.CaseId, command.ExpectedVersion, actor, cancellationToken);
            await CaseEdit.RequireEditableAsync(actions, @case, actor, "referral", "referralSource", "referralLocked", Messages.ReferralLocked, cancellationToken);
            Referral.CopyTo(@case, command.ReferralSource, command.ReferralNote, command.ProceedingReference);
            var input = new Dictionary<string, object>();
            Add(input, "referralSource", @case.ReferralSource is { } source ? System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(source.ToString()) : null);
            Add(input, "referralNote", @case.ReferralNote);
            Add(input, "proceedingReference", @case.ProceedingReference);
            CaseHistory.Append(db, @case, CaseHistory.ReferralEdited, @case.State, actor.UserId, await clock.NowForAsync(@case, cancellationToken), input);
            return new Edited(@case.Id, @case.Version);
        }

        private static void Add(Dictionary<string, object> input, string field, string? value)
        {
            if (value is not null)
            {
                input[field] = value;
            }
        }
    }
}

/// <summary>Where a case came from, as stored: blank texts are no texts.</summary>
public static class Referral
{
    public static void CopyTo(Case @case, ReferralSource? source, string? note, string? proceedingReference)
    {
        ArgumentNullException.ThrowIfNull(@case);
        @case.ReferralSource = source;
        @case.ReferralNote = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        @case.ProceedingReference = string.IsNullOrWhiteSpace(proceedingReference) ? null : proceedingReference.Trim();
    }
}

/// <summary>The rules for where a case came from, wherever a command carries it (opening a case, recording it later).</summary>
public sealed class ReferralValidator<T> : AbstractValidator<T>
{
    public ReferralValidator(
        Expression<Func<T, ReferralSource?>> source, Expression<Func<T, string?>> note, Expression<Func<T, string?>> proceedingReference)
    {
        RuleFor(source).Must(s => s is null || Enum.IsDefined(s.Value))
            .WithErrorCode("unknownValue").WithMessage(_ => Messages.ReferralSourceUnknown);
        RuleFor(note).OptionalText(300);
        RuleFor(proceedingReference).OptionalText(200);
    }
}
