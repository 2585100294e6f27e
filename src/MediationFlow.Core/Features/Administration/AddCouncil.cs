using System.Globalization;
using System.Text.RegularExpressions;
using FluentValidation;
using MediationFlow.Core.Domain;
using MediationFlow.Core.Errors;
using MediationFlow.Core.Persistence;
using MediationFlow.Core.Resources;
using MediationFlow.Core.Security;
using MediationFlow.Core.Validation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace MediationFlow.Core.Features.Administration;

/// <summary>
/// Adds a council to the tree, under its parent (a region's district, a district's village council…), with the time
/// zone its days are counted in (Asia/Almaty unless another is given).
/// </summary>
public static partial class AddCouncil
{
    /// <param name="TimeZone">An IANA time zone name, e.g. "Asia/Almaty"; null for the default.</param>
    public sealed record Command(string Code, CouncilLevel Level, string NameKk, string NameRu, string NameEn, string? ParentCode = null, string? TimeZone = null)
        : ICommand<Added>, IAdministrationRequest;

    public sealed record Added(int CouncilId, string Code, string Path);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Code).Cascade(CascadeMode.Stop).NotNull().WithErrorCode("required").WithMessage(_ => Messages.Required)
                .Matches(CodePattern()).WithErrorCode("invalidCode").WithMessage(_ => Messages.CouncilCodeInvalid);
            RuleFor(c => c.Level).IsInEnum().WithErrorCode("unknownValue").WithMessage(_ => Messages.UnknownLevel);
            RuleFor(c => c.NameKk).RequiredText(200);
            RuleFor(c => c.NameRu).RequiredText(200);
            RuleFor(c => c.NameEn).RequiredText(200);
            RuleFor(c => c.TimeZone).Must(z => z is null || (TimeZoneInfo.TryFindSystemTimeZoneById(z, out var zone) && zone.HasIanaId))
                .WithErrorCode("unknownValue").WithMessage(_ => Messages.CouncilTimeZoneUnknown);
        }
    }

    public sealed class Handler(MediationDbContext db) : ICommandHandler<Command, Added>
    {
        public async ValueTask<Added> Handle(Command command, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(command);
            if (await db.Councils.AnyAsync(c => c.Code == command.Code, cancellationToken))
            {
                throw new ValidationFailedException([new FieldError("code", "taken", Format(Messages.CouncilCodeTaken, command.Code))]);
            }

            Council? parent = null;
            if (command.ParentCode is { } parentCode)
            {
                parent = await db.Councils.AsNoTracking().SingleOrDefaultAsync(c => c.Code == parentCode, cancellationToken)
                    ?? throw new ValidationFailedException([new FieldError("parentCode", "unknownValue", Format(Messages.UnknownCouncilCode, parentCode))]);
                CouncilRecords.RequireWorking(parent, "parentCode");
            }

            var council = new Council
            {
                Code = command.Code,
                Level = command.Level,
                ParentId = parent?.Id,
                NameKk = command.NameKk.Trim(),
                NameRu = command.NameRu.Trim(),
                NameEn = command.NameEn.Trim(),
                TimeZone = command.TimeZone ?? Council.DefaultTimeZone,
            };
            db.Councils.Add(council);

            // The path holds the council's own id, known only once saved; the pipeline commits both together.
            await db.SaveChangesAsync(cancellationToken);
            council.Path = $"{parent?.Path ?? "/"}{council.Id.ToString(CultureInfo.InvariantCulture)}/";
            return new Added(council.Id, council.Code, council.Path);
        }

        private static string Format(string template, string value) => string.Format(CultureInfo.CurrentCulture, template, value);
    }

    [GeneratedRegex("^[A-Z0-9][A-Z0-9-]{1,19}$")]
    internal static partial Regex CodePattern();
}
