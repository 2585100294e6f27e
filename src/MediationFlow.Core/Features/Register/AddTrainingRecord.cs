using FluentValidation;
using MediationFlow.Core.Domain;
using MediationFlow.Core.Errors;
using MediationFlow.Core.Persistence;
using MediationFlow.Core.Resources;
using MediationFlow.Core.Security;
using MediationFlow.Core.Validation;
using MediationFlow.Core.Workflow;
using Mediator;

namespace MediationFlow.Core.Features.Register;

/// <summary>Records a course a registered mediator completed, with its hours and certificate.</summary>
public static class AddTrainingRecord
{
    /// <summary>More than a year of full-time study is a typing mistake, not a course.</summary>
    public const int MaxHours = 2000;

    public sealed record Command(int CouncilId, int EntryId, string Course, int Hours, string? CertificateNumber, DateOnly CompletedOn)
        : ICommand<Added>, IRegisterKeeperRequest;

    public sealed record Added(long TrainingId);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Course).RequiredText(200);
            RuleFor(c => c.Hours).InclusiveBetween(1, MaxHours).WithErrorCode("outOfRange")
                .WithMessage(_ => string.Format(System.Globalization.CultureInfo.CurrentCulture, Messages.RegisterHoursRange, MaxHours));
            RuleFor(c => c.CertificateNumber).OptionalText(100);
        }
    }

    public sealed class Handler(MediationDbContext db, CouncilTimeZones zones, TimeProvider clock) : ICommandHandler<Command, Added>
    {
        public async ValueTask<Added> Handle(Command command, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(command);
            var entry = await RegisterFields.EntryAsync(db, command.CouncilId, command.EntryId, cancellationToken);
            if (command.CompletedOn > await RegisterFields.TodayAsync(db, zones, clock, command.CouncilId, cancellationToken))
            {
                throw new ValidationFailedException([RegisterFields.FutureDate("completedOn")]);
            }

            var record = new TrainingRecord
            {
                EntryId = entry.Id,
                Course = command.Course.Trim(),
                Hours = command.Hours,
                CertificateNumber = string.IsNullOrWhiteSpace(command.CertificateNumber) ? null : command.CertificateNumber.Trim(),
                CompletedOn = command.CompletedOn,
            };
            db.TrainingRecords.Add(record);
            await db.SaveChangesAsync(cancellationToken);
            return new Added(record.Id);
        }
    }
}
