using System.Buffers;
using System.Text;
using FluentValidation;
using MediationFlow.Core.Resources;

namespace MediationFlow.Core.Validation;

/// <summary>Field rules shared by forms and API bodies, with messages in the user's language.</summary>
public static class Rules
{
    public static IRuleBuilderOptions<T, string?> RequiredText<T>(this IRuleBuilder<T, string?> rule, int maxLength) =>
        rule.NotEmpty().WithErrorCode("required").WithMessage(_ => Messages.Required)
            .MaximumLength(maxLength).WithErrorCode("tooLong").WithMessage(_ => string.Format(System.Globalization.CultureInfo.CurrentCulture, Messages.TooLong, maxLength))
            .Readable();

    public static IRuleBuilderOptions<T, string?> OptionalText<T>(this IRuleBuilder<T, string?> rule, int maxLength) =>
        rule.MaximumLength(maxLength).WithErrorCode("tooLong").WithMessage(_ => string.Format(System.Globalization.CultureInfo.CurrentCulture, Messages.TooLong, maxLength))
            .Readable();

    public static IRuleBuilderOptions<T, TEnum> KnownValue<T, TEnum>(this IRuleBuilder<T, TEnum> rule, Func<string> message)
        where TEnum : struct, Enum =>
        rule.IsInEnum().WithErrorCode("unknownValue").WithMessage(_ => message());

    /// <summary>
    /// Text without a NUL or half a surrogate pair: neither is anything a person types, SQLite would store them as
    /// they came and PostgreSQL cannot store them at all, so they are refused here, alike on both.
    /// </summary>
    private static IRuleBuilderOptions<T, string?> Readable<T>(this IRuleBuilderOptions<T, string?> rule) =>
        rule.Must(text => text is null || IsReadable(text)).WithErrorCode("unreadableText").WithMessage(_ => Messages.TextUnreadable);

    private static bool IsReadable(string text)
    {
        var rest = text.AsSpan();
        while (!rest.IsEmpty)
        {
            if (Rune.DecodeFromUtf16(rest, out var rune, out var length) != OperationStatus.Done || rune.Value == 0)
            {
                return false;
            }

            rest = rest[length..];
        }

        return true;
    }
}
