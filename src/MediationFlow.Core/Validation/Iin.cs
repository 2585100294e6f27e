namespace MediationFlow.Core.Validation;

/// <summary>
/// The 12-digit individual identification number (ЖСН/ИИН): YYMMDD, a century-and-sex digit, a serial
/// and a check digit computed from the first 11 digits.
/// </summary>
public static class Iin
{
    private static readonly int[] FirstWeights = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
    private static readonly int[] SecondWeights = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2];

    public static bool IsValid(string? iin)
    {
        if (iin is not { Length: 12 } || !iin.All(char.IsAsciiDigit))
        {
            return false;
        }

        var digits = iin.Select(c => c - '0').ToArray();
        var check = CheckDigit(digits, FirstWeights);
        if (check == 10)
        {
            check = CheckDigit(digits, SecondWeights);
        }

        // A second result of 10 means the number cannot carry a valid check digit at all.
        return check != 10 && check == digits[11] && HasPlausibleDate(digits);
    }

    private static int CheckDigit(int[] digits, int[] weights) => weights.Select((w, i) => w * digits[i]).Sum() % 11;

    private static bool HasPlausibleDate(int[] d)
    {
        var month = (d[2] * 10) + d[3];
        var day = (d[4] * 10) + d[5];
        return month is >= 1 and <= 12 && day is >= 1 and <= 31 && d[6] is >= 0 and <= 6;
    }
}
