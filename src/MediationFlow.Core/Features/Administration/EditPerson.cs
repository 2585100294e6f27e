using System.Net.Mail;
using FluentValidation;
using MediationFlow.Core.Persistence;
using MediationFlow.Core.Resources;
using MediationFlow.Core.Security;
using MediationFlow.Core.Validation;
using Mediator;

namespace MediationFlow.Core.Features.Administration;

/// <summary>Corrects a person's full name, language, e-mail and phone; the user name they sign in with stays.</summary>
public static class EditPerson
{
    /// <param name="Email">Null or empty to have none.</param>
    /// <param name="Phone">Null or empty to have none.</param>
    public sealed record Command(Guid UserId, string DisplayName, string PreferredLanguage, string? Email, string? Phone) : ICommand<Edited>, IAdministrationRequest;

    public sealed record Edited(Guid UserId, string DisplayName, string PreferredLanguage, string? Email, string? Phone);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.DisplayName).RequiredText(200);
            RuleFor(c => c.PreferredLanguage).Must(l => l is "kk" or "ru" or "en").WithErrorCode("unknownValue").WithMessage(_ => Messages.UserLanguageInvalid);
            RuleFor(c => c.Email).Must(IsEmailOrNone).WithErrorCode("invalidEmail").WithMessage(_ => Messages.ImportEmailInvalid);
            RuleFor(c => c.Phone).Must(IsPhoneOrNone).WithErrorCode("invalidPhone").WithMessage(_ => Messages.ImportPhoneInvalid);
        }
    }

    /// <summary>An empty field means "none"; the rules below are the import's, so a file and a form accept the same.</summary>
    internal static string? OrNone(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    internal static bool IsEmailOrNone(string? value) =>
        OrNone(value) is not { } email || (email.Length <= 256 && MailAddress.TryCreate(email, out var address) && address.Address == email);

    internal static bool IsPhoneOrNone(string? value) => OrNone(value) is not { } phone || ImportPeople.PhonePattern().IsMatch(phone);

    public sealed class Handler(MediationDbContext db) : ICommandHandler<Command, Edited>
    {
        public async ValueTask<Edited> Handle(Command command, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(command);
            var person = await PersonRecords.FindAsync(db, command.UserId, cancellationToken);
            var email = OrNone(command.Email);
            (person.DisplayName, person.PreferredLanguage) = (command.DisplayName.Trim(), command.PreferredLanguage);
            (person.Email, person.NormalizedEmail) = (email, email?.ToUpperInvariant());
            person.PhoneNumber = OrNone(command.Phone);
            // As UserManager does on every update: a form read before this change must not save over it.
            person.ConcurrencyStamp = Guid.NewGuid().ToString();
            return new Edited(person.Id, person.DisplayName, person.PreferredLanguage, person.Email, person.PhoneNumber);
        }
    }
}
