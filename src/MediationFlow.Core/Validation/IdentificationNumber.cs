namespace MediationFlow.Core.Validation;

/// <summary>
/// Kazakhstan's 12-digit identification numbers, which share one check digit (the first 11 digits weighted
/// 1..11, mod 11; if that is 10, weighted 3..11,1,2; if still 10, no number with those digits is valid):
/// a person's IIN (ЖСН/ИИН: YYMMDD, a century-and-sex digit, a serial) and an organisation's BIN
/// (БСН/БИН: YYMM of registration, the kind of entity, the kind of unit, a serial).
/// </summary>
public static class IdentificationNumber
{
    private static readonly int[] FirstWeights = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
    private static readonly int[] SecondWeights = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2];

    public static bool IsValidIin(string? iin) =>
        Digits(iin) is { } d && HasValidCheckDigit(d) && Month(d) is >= 1 and <= 12 && (d[4] * 10) + d[5] is >= 1 and <= 31 && d[6] is >= 0 and <= 6;

    /// <remarks>
    /// The fifth digit is the kind of entity (4 a resident legal entity, 5 a non-resident one, 6 a joint
    /// individual entrepreneurship), the sixth the kind of unit (0 head office, 1 branch, 2 representative office,
    /// 3 peasant farm).
    /// </remarks>
    public static bool IsValidBin(string? bin) =>
        Digits(bin) is { } d && HasValidCheckDigit(d) && Month(d) is >= 1 and <= 12 && d[4] is >= 4 and <= 6 && d[5] is >= 0 and <= 3;

    private static int[]? Digits(string? number) =>
        number is { Length: 12 } && number.All(char.IsAsciiDigit) ? [.. number.Select(c => c - '0')] : null;

    private static int Month(int[] d) => (d[2] * 10) + d[3];

    private static bool HasValidCheckDigit(int[] digits)
    {
        var check = CheckDigit(digits, FirstWeights);
        if (check == 10)
        {
            check = CheckDigit(digits, SecondWeights);
        }

        // A second result of 10 means the number cannot carry a valid check digit at all.
        return check != 10 && check == digits[11];
    }

    private static int CheckDigit(int[] digits, int[] weights) => weights.Select((w, i) => w * digits[i]).Sum() % 11;
}
