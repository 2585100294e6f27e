using System.Globalization;

namespace MediationFlow.Core.Documents;

/// <summary>
/// Numbers and dates as Kazakh and Russian legal documents write them: figures followed by words in brackets
/// («5 000 (бес мың) теңге», «5 000 (пять тысяч) тенге») and dates with the month in words («2026 жылғы 5 желтоқсан»,
/// «5 декабря 2026 года»). No package covers Kazakh (Humanizer has Russian but not Kazakh), so the three are written here.
/// </summary>
public static class InWords
{
    /// <summary>Figures grouped by threes with a no-break space, so a number never wraps across lines in print.</summary>
    public static string Figures(long number) =>
        number.ToString("#,0", CultureInfo.InvariantCulture).Replace(',', '\u00A0');

    /// <summary>"5 000 (бес мың)": the figures, then the words in brackets.</summary>
    public static string FiguresAndWords(long number, string language) => $"{Figures(number)} ({Number(number, language)})";

    public static string Number(long number, string language) => language switch
    {
        "kk" => Kazakh(number),
        "ru" => Russian(number),
        _ => English(number),
    };

    /// <summary>«05.12.2026» in Kazakh and Russian, «5 December 2026» in English.</summary>
    public static string Date(DateOnly date, string language) => language is "kk" or "ru"
        ? date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture)
        : DateText(date, language);

    /// <summary>«2026 жылғы 5 желтоқсан», «5 декабря 2026 года», «5 December 2026».</summary>
    public static string DateText(DateOnly date, string language)
    {
        var (day, year) = (date.Day.ToString(CultureInfo.InvariantCulture), date.Year.ToString(CultureInfo.InvariantCulture));
        return language switch
        {
            "kk" => $"{year} жылғы {day} {KazakhMonths[date.Month - 1]}",
            "ru" => $"{day} {RussianMonthsGenitive[date.Month - 1]} {year} года",
            _ => $"{day} {EnglishMonths[date.Month - 1]} {year}",
        };
    }

    private static readonly string[] KazakhMonths =
        ["қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз", "қыркүйек", "қазан", "қараша", "желтоқсан"];

    private static readonly string[] RussianMonthsGenitive =
        ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"];

    private static readonly string[] EnglishMonths =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    private static readonly string[] KazakhUnits = ["", "бір", "екі", "үш", "төрт", "бес", "алты", "жеті", "сегіз", "тоғыз"];
    private static readonly string[] KazakhTens = ["", "он", "жиырма", "отыз", "қырық", "елу", "алпыс", "жетпіс", "сексен", "тоқсан"];
    private static readonly string[] KazakhScales = ["", "мың", "миллион", "миллиард"];

    /// <summary>Kazakh counts hundreds and thousands with their multiplier, «бір жүз», «бір мың», as financial documents write them.</summary>
    private static string Kazakh(long number)
    {
        if (number == 0)
        {
            return "нөл";
        }

        return Scaled(number, "минус", (group, scale) =>
        {
            var words = new List<string>();
            if (group / 100 > 0)
            {
                words.Add(KazakhUnits[group / 100]);
                words.Add("жүз");
            }

            AddIfAny(words, KazakhTens[group % 100 / 10]);
            AddIfAny(words, KazakhUnits[group % 10]);
            AddIfAny(words, KazakhScales[scale]);
            return words;
        });
    }

    private static readonly string[] RussianUnits = ["", "один", "два", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять"];
    private static readonly string[] RussianFeminineUnits = ["", "одна", "две", "три", "четыре", "пять", "шесть", "семь", "восемь", "девять"];

    private static readonly string[] RussianTeens =
        ["десять", "одиннадцать", "двенадцать", "тринадцать", "четырнадцать", "пятнадцать", "шестнадцать", "семнадцать", "восемнадцать", "девятнадцать"];

    private static readonly string[] RussianTens = ["", "", "двадцать", "тридцать", "сорок", "пятьдесят", "шестьдесят", "семьдесят", "восемьдесят", "девяносто"];
    private static readonly string[] RussianHundreds = ["", "сто", "двести", "триста", "четыреста", "пятьсот", "шестьсот", "семьсот", "восемьсот", "девятьсот"];

    /// <summary>Each scale's forms for one, two to four, and five or more; thousands are feminine.</summary>
    private static readonly (string One, string Few, string Many)[] RussianScales =
        [("", "", ""), ("тысяча", "тысячи", "тысяч"), ("миллион", "миллиона", "миллионов"), ("миллиард", "миллиарда", "миллиардов")];

    private static string Russian(long number)
    {
        if (number == 0)
        {
            return "ноль";
        }

        return Scaled(number, "минус", (group, scale) =>
        {
            var words = new List<string>();
            AddIfAny(words, RussianHundreds[group / 100]);
            var rest = group % 100;
            if (rest is >= 10 and < 20)
            {
                words.Add(RussianTeens[rest - 10]);
            }
            else
            {
                AddIfAny(words, RussianTens[rest / 10]);
                AddIfAny(words, (scale == 1 ? RussianFeminineUnits : RussianUnits)[rest % 10]);
            }

            var (one, few, many) = RussianScales[scale];
            AddIfAny(words, rest is >= 11 and <= 14 ? many : (rest % 10) switch { 1 => one, >= 2 and <= 4 => few, _ => many });
            return words;
        });
    }

    private static readonly string[] EnglishUnits =
        ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen",
         "sixteen", "seventeen", "eighteen", "nineteen"];

    private static readonly string[] EnglishTens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
    private static readonly string[] EnglishScales = ["", "thousand", "million", "billion"];

    private static string English(long number)
    {
        if (number == 0)
        {
            return "zero";
        }

        return Scaled(number, "minus", (group, scale) =>
        {
            var words = new List<string>();
            if (group / 100 > 0)
            {
                words.Add(EnglishUnits[group / 100]);
                words.Add("hundred");
            }

            var rest = group % 100;
            if (rest < 20)
            {
                AddIfAny(words, EnglishUnits[rest]);
            }
            else
            {
                words.Add(rest % 10 == 0 ? EnglishTens[rest / 10] : EnglishTens[rest / 10] + "-" + EnglishUnits[rest % 10]);
            }

            AddIfAny(words, EnglishScales[scale]);
            return words;
        });
    }

    /// <summary>Splits the number into groups of three digits, names each non-zero group with its scale, most significant first.</summary>
    private static string Scaled(long number, string minus, Func<int, int, List<string>> group)
    {
        if (number is < -999_999_999_999 or > 999_999_999_999)
        {
            throw new ArgumentOutOfRangeException(nameof(number), number, "Numbers in words go up to hundreds of billions.");
        }

        var words = new List<string>();
        var rest = Math.Abs(number);
        for (var scale = 0; rest > 0; scale++, rest /= 1000)
        {
            if (rest % 1000 is var value and > 0)
            {
                words.InsertRange(0, group((int)value, scale));
            }
        }

        return (number < 0 ? minus + " " : string.Empty) + string.Join(' ', words);
    }

    private static void AddIfAny(List<string> words, string word)
    {
        if (word.Length > 0)
        {
            words.Add(word);
        }
    }
}
