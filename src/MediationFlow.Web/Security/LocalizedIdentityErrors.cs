using System.Globalization;
using MediationFlow.Web.Localization;
using Microsoft.AspNetCore.Identity;

namespace MediationFlow.Web.Security;

/// <summary>Identity's refusals of a password in the reader's language; its own texts are English only.</summary>
public sealed class LocalizedIdentityErrors : IdentityErrorDescriber
{
    public override IdentityError PasswordMismatch() => Error(nameof(PasswordMismatch), UiText.Get("PasswordWrong"));

    public override IdentityError PasswordTooShort(int length) =>
        Error(nameof(PasswordTooShort), string.Format(CultureInfo.CurrentCulture, UiText.Get("PasswordTooShort"), length));

    public override IdentityError PasswordRequiresDigit() => Error(nameof(PasswordRequiresDigit), UiText.Get("PasswordNeedsDigit"));

    public override IdentityError PasswordRequiresLower() => Error(nameof(PasswordRequiresLower), UiText.Get("PasswordNeedsLower"));

    public override IdentityError PasswordRequiresUpper() => Error(nameof(PasswordRequiresUpper), UiText.Get("PasswordNeedsUpper"));

    public override IdentityError DefaultError() => Error(nameof(DefaultError), UiText.Get("PasswordNotChanged"));

    private static IdentityError Error(string code, string description) => new() { Code = code, Description = description };
}
