namespace MediationFlow.Benchmarks.Data;

/// <summary>Kazakh and Russian names for parties and council members, so prefix search meets real letters (ә, ғ, қ, ң, ө, ұ, ү, і).</summary>
public static class PersonNames
{
    private static readonly string[] KazakhMen =
    [
        "Нұрлан", "Нұржан", "Нұрсұлтан", "Ерлан", "Ержан", "Асқар", "Бауыржан", "Қайрат", "Серік", "Дәулет", "Ғалым", "Мұрат",
        "Талғат", "Әсет", "Жандос", "Арман", "Ақылбек", "Бекзат", "Өмірзақ", "Үмбет", "Ілияс", "Абай", "Айдос", "Санжар",
    ];

    private static readonly string[] KazakhWomen =
    [
        "Айгерім", "Гүлнар", "Нұргүл", "Ақмарал", "Әсем", "Дана", "Жанар", "Сәуле", "Мөлдір", "Ұлжан", "Күләш", "Гүлмира",
        "Балжан", "Ляззат", "Меруерт", "Айжан", "Динара", "Салтанат", "Шынар", "Әйгерім",
    ];

    private static readonly string[] KazakhSurnames =
    [
        "Садықов", "Беков", "Омаров", "Жақсыбеков", "Нұрпейісов", "Әбдіров", "Қасымов", "Серікбаев", "Төлеген", "Ахметов",
        "Мұқанов", "Есенов", "Ғабдуллин", "Оспанов", "Құдайбергенов", "Әлімжанов", "Исабеков", "Жұмабаев", "Қанапиянов", "Үсенов",
    ];

    private static readonly string[] RussianMen = ["Александр", "Сергей", "Андрей", "Дмитрий", "Николай", "Владимир", "Игорь", "Юрий", "Олег", "Виктор"];

    private static readonly string[] RussianWomen = ["Елена", "Ольга", "Наталья", "Татьяна", "Ирина", "Светлана", "Людмила", "Анна", "Марина", "Галина"];

    private static readonly string[] RussianSurnames = ["Иванов", "Петров", "Смирнов", "Кузнецов", "Попов", "Васильев", "Соколов", "Новиков", "Морозов", "Волков"];

    /// <summary>"Айгерім Садықова" or "Сергей Иванов": about three in four names are Kazakh.</summary>
    public static string Next(Random random)
    {
        ArgumentNullException.ThrowIfNull(random);
        var kazakh = random.NextDouble() < 0.75;
        var woman = random.NextDouble() < 0.5;
        var first = kazakh ? Pick(random, woman ? KazakhWomen : KazakhMen) : Pick(random, woman ? RussianWomen : RussianMen);
        var surname = kazakh ? Pick(random, KazakhSurnames) : Pick(random, RussianSurnames);
        // Surnames ending in -ов/-ев/-ин take -а for women; "Төлеген" does not change.
        if (woman && (surname.EndsWith("ов", StringComparison.Ordinal) || surname.EndsWith("ев", StringComparison.Ordinal) || surname.EndsWith("ин", StringComparison.Ordinal)))
        {
            surname += "а";
        }

        return $"{first} {surname}";
    }

    private static string Pick(Random random, string[] values) => values[random.Next(values.Length)];
}
