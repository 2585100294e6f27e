using System.Globalization;

namespace MediationFlow.Web.Tests.Infrastructure;

/// <summary>Kazakhstan IINs for test parties: birth date, century-and-sex digit, serial, check digit (DOMAIN.md).</summary>
public static class Iins
{
    private static readonly int[] FirstWeights = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
    private static readonly int[] SecondWeights = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2];

    /// <summary>A valid IIN for a person born on 1 January 1990, with the given serial (0–9999).</summary>
    public static string Valid(int serial)
    {
        for (var candidate = serial; ; candidate = (candidate + 1) % 10000)
        {
            var first11 = "9001013" + candidate.ToString("0000", CultureInfo.InvariantCulture);
            if (CheckDigit(first11) is { } check)
            {
                return first11 + check.ToString(CultureInfo.InvariantCulture);
            }
        }
    }

    /// <summary>A 12-digit number whose last digit is not the check digit.</summary>
    public static string WrongCheckDigit(int serial)
    {
        var valid = Valid(serial);
        var wrong = (valid[^1] - '0' + 1) % 10;
        return valid[..^1] + wrong.ToString(CultureInfo.InvariantCulture);
    }

    private static int? CheckDigit(string first11)
    {
        var digits = first11.Select(c => c - '0').ToArray();
        var check = digits.Zip(FirstWeights, (d, w) => d * w).Sum() % 11;
        if (check == 10)
        {
            check = digits.Zip(SecondWeights, (d, w) => d * w).Sum() % 11;
        }

        return check == 10 ? null : check;
    }
}
