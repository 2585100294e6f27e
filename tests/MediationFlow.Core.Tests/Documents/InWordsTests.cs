using MediationFlow.Core.Documents;

namespace MediationFlow.Core.Tests.Documents;

/// <summary>Issue 12, point 1: amounts and dates in words as Kazakh and Russian legal documents write them.</summary>
public sealed class InWordsTests
{
    [Theory]
    [InlineData(0, "нөл")]
    [InlineData(7, "жеті")]
    [InlineData(10, "он")]
    [InlineData(21, "жиырма бір")]
    [InlineData(45, "қырық бес")]
    [InlineData(100, "бір жүз")]
    [InlineData(1000, "бір мың")]
    [InlineData(1250, "бір мың екі жүз елу")]
    [InlineData(5000, "бес мың")]
    [InlineData(90_000, "тоқсан мың")]
    [InlineData(2_500_000, "екі миллион бес жүз мың")]
    [InlineData(1_000_001, "бір миллион бір")]
    public void Kazakh_numbers(long number, string words) => Assert.Equal(words, InWords.Number(number, "kk"));

    [Theory]
    [InlineData(0, "ноль")]
    [InlineData(1, "один")]
    [InlineData(12, "двенадцать")]
    [InlineData(21, "двадцать один")]
    [InlineData(100, "сто")]
    [InlineData(1000, "одна тысяча")]
    [InlineData(2000, "две тысячи")]
    [InlineData(5000, "пять тысяч")]
    [InlineData(11_000, "одиннадцать тысяч")]
    [InlineData(21_000, "двадцать одна тысяча")]
    [InlineData(34_567, "тридцать четыре тысячи пятьсот шестьдесят семь")]
    [InlineData(2_000_000, "два миллиона")]
    [InlineData(5_000_000, "пять миллионов")]
    [InlineData(1_001_000_000, "один миллиард один миллион")]
    public void Russian_numbers(long number, string words) => Assert.Equal(words, InWords.Number(number, "ru"));

    [Theory]
    [InlineData(0, "zero")]
    [InlineData(15, "fifteen")]
    [InlineData(42, "forty-two")]
    [InlineData(1250, "one thousand two hundred fifty")]
    [InlineData(3_000_000, "three million")]
    public void English_numbers(long number, string words) => Assert.Equal(words, InWords.Number(number, "en"));

    [Fact]
    public void Counts_are_figures_grouped_by_threes_then_words_in_brackets()
    {
        Assert.Equal("5\u00A0000 (бес мың)", InWords.FiguresAndWords(5000, "kk"));
        Assert.Equal("5\u00A0000 (пять тысяч)", InWords.FiguresAndWords(5000, "ru"));
        Assert.Equal("1\u00A0250\u00A0000 (one million two hundred fifty thousand)", InWords.FiguresAndWords(1_250_000, "en"));
        Assert.Equal("-3 (минус три)", InWords.FiguresAndWords(-3, "ru"));
    }

    [Theory]
    [InlineData("kk", "2026 жылғы 5 желтоқсан", "05.12.2026")]
    [InlineData("ru", "5 декабря 2026 года", "05.12.2026")]
    [InlineData("en", "5 December 2026", "5 December 2026")]
    public void Dates_with_the_month_in_words(string language, string inWords, string figures)
    {
        var date = new DateOnly(2026, 12, 5);

        Assert.Equal(inWords, InWords.DateText(date, language));
        Assert.Equal(figures, InWords.Date(date, language));
    }

    [Fact]
    public void Every_month_has_its_own_name_in_each_language()
    {
        foreach (var language in DocumentKind.Languages)
        {
            var names = Enumerable.Range(1, 12).Select(m => InWords.DateText(new DateOnly(2026, m, 1), language)).ToHashSet();
            Assert.Equal(12, names.Count);
        }

        Assert.Equal("31 мая 2027 года", InWords.DateText(new DateOnly(2027, 5, 31), "ru"));
        Assert.Equal("2027 жылғы 1 қаңтар", InWords.DateText(new DateOnly(2027, 1, 1), "kk"));
    }
}
