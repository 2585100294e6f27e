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
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace MediationFlow.Core.Features.Administration;

/// <summary>
/// Adds a person who can sign in, with a random first password returned once: the administrator hands it
/// over, nobody stores it. What they may do comes from the roles granted afterwards.
/// </summary>
public static partial class AddUser
{
    public sealed record Command(string UserName, string DisplayName, string PreferredLanguage = "ru", string? Email = null, string? Phone = null)
        : ICommand<Added>, IAdministrationRequest;

    public sealed record Added(Guid UserId, string UserName, string Password);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.UserName).Cascade(CascadeMode.Stop).NotNull().WithErrorCode("required").WithMessage(_ => Messages.Required)
                .Matches(UserNamePattern()).WithErrorCode("invalidUserName").WithMessage(_ => Messages.UserNameInvalid);
            RuleFor(c => c.DisplayName).RequiredText(200);
            RuleFor(c => c.PreferredLanguage).Must(l => l is "kk" or "ru" or "en").WithErrorCode("unknownValue").WithMessage(_ => Messages.UserLanguageInvalid);
            RuleFor(c => c.Email).Must(EditPerson.IsEmailOrNone).WithErrorCode("invalidEmail").WithMessage(_ => Messages.ImportEmailInvalid);
            RuleFor(c => c.Phone).Must(EditPerson.IsPhoneOrNone).WithErrorCode("invalidPhone").WithMessage(_ => Messages.ImportPhoneInvalid);
        }
    }

    public sealed class Handler(MediationDbContext db, IPasswordHasher<User> hasher) : ICommandHandler<Command, Added>
    {
        public async ValueTask<Added> Handle(Command command, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(command);
            var normalized = command.UserName.ToUpperInvariant();
            if (await db.Users.AnyAsync(u => u.NormalizedUserName == normalized, cancellationToken))
            {
                throw new ValidationFailedException(
                    [new FieldError("userName", "taken", string.Format(CultureInfo.CurrentCulture, Messages.UserNameTaken, command.UserName))]);
            }

            var password = FirstPassword.New();
            var user = new User
            {
                Id = Guid.NewGuid(),
                UserName = command.UserName,
                NormalizedUserName = normalized,
                DisplayName = command.DisplayName.Trim(),
                PreferredLanguage = command.PreferredLanguage,
                Email = EditPerson.OrNone(command.Email),
                NormalizedEmail = EditPerson.OrNone(command.Email)?.ToUpperInvariant(),
                PhoneNumber = EditPerson.OrNone(command.Phone),
                SecurityStamp = Guid.NewGuid().ToString("N"),
                LockoutEnabled = true,
            };
            user.PasswordHash = hasher.HashPassword(user, password);
            db.Users.Add(user);
            return new Added(user.Id, user.UserName, password);
        }
    }

    [GeneratedRegex("^[A-Za-z0-9._-]{3,50}$")]
    internal static partial Regex UserNamePattern();
}
