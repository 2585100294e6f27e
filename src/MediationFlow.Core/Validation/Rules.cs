using FluentValidation;
using MediationFlow.Core.Resources;

namespace MediationFlow.Core.Validation;

/// <summary>Field rules shared by forms and API bodies, with messages in the user's language.</summary>
public static class Rules
{
    public static IRuleBuilderOptions<T, string?> RequiredText<T>(this IRuleBuilder<T, string?> rule, int maxLength) =>
        rule.NotEmpty().WithErrorCode("required").WithMessage(_ => Messages.Required)
            .MaximumLength(maxLength).WithErrorCode("tooLong").WithMessage(_ => string.Format(System.Globalization.CultureInfo.CurrentCulture, Messages.TooLong, maxLength));

    public static IRuleBuilderOptions<T, string?> OptionalText<T>(this IRuleBuilder<T, string?> rule, int maxLength) =>
        rule.MaximumLength(maxLength).WithErrorCode("tooLong").WithMessage(_ => string.Format(System.Globalization.CultureInfo.CurrentCulture, Messages.TooLong, maxLength));

    public static IRuleBuilderOptions<T, TEnum> KnownValue<T, TEnum>(this IRuleBuilder<T, TEnum> rule, Func<string> message)
        where TEnum : struct, Enum =>
        rule.IsInEnum().WithErrorCode("unknownValue").WithMessage(_ => message());
}
