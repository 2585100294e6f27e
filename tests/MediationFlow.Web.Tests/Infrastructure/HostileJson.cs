using System.Globalization;
using System.Text;
using CsCheck;

namespace MediationFlow.Web.Tests.Infrastructure;

/// <summary>
/// Random JSON a careless or hostile client might send, as raw bytes so that bytes that are not UTF-8 can be
/// among them: text with control characters, halves of surrogate pairs and huge lengths; dates and date-times
/// across the whole calendar in several spellings; durations; numbers beyond every range; the wrong kinds.
/// </summary>
public static class HostileJson
{
    /// <summary>Letters of the councils' languages, controls, quotes, halves of surrogate pairs, U+FFFD, anything.</summary>
    private static readonly Gen<char> Character = Gen.Frequency(
        (4, Gen.Char['a', 'z']),
        (3, Gen.Char["АаҚқӘәҰұІіЁёЖж №-0123456789"]),
        (2, Gen.Char['\u0000', '\u001F']),
        (1, Gen.Char['\uD800', '\uDFFF']),
        (1, Gen.Char["\"\\/<>&'\u007F\u0085\u2028\u2029\uFEFF\uFFFD\uFFFF"]),
        (1, Gen.Char));

    /// <summary>Mostly short; sometimes around the products' limits (500, 8,000 characters); now and then huge.</summary>
    public static readonly Gen<string> Text = Gen.Frequency(
        (20, Character.Array[0, 24].Select(chars => new string(chars))),
        (2, Gen.Select(Character.Array[1, 8], Gen.Int[490, 510], (chars, length) => Repeat(chars, length))),
        (2, Gen.Select(Character.Array[1, 8], Gen.Int[7990, 8010], (chars, length) => Repeat(chars, length))),
        (1, Gen.Select(Character.Array[1, 8], Gen.Int[100_000, 400_000], (chars, length) => Repeat(chars, length))));

    private static readonly string[] DateFormats = ["yyyy-MM-dd", "dd.MM.yyyy", "yyyy-M-d", "yyyyMMdd", "yyyy-MM-dd'T10:00'"];

    private static readonly string[] DateTimeFormats =
        ["yyyy-MM-ddTHH:mm", "yyyy-MM-dd HH:mm", "yyyy-MM-ddTHH:mm:ss", "yyyy-MM-ddTHH:mm:ss.fffffff", "dd.MM.yyyy HH:mm", "yyyy-MM-dd"];

    public static readonly Gen<string> Date = Gen.Select(Gen.DateOnly, Gen.Int[0, DateFormats.Length - 1],
        (date, format) => date.ToString(DateFormats[format], CultureInfo.InvariantCulture));

    /// <summary>Any moment of the calendar, with no offset, "Z", or any offset a clock may have (±14:00) and some it may not.</summary>
    public static readonly Gen<string> DateTime = Gen.Select(Gen.DateTime, Gen.Int[0, DateTimeFormats.Length - 1], Gen.Int[-1000, 1000], Gen.Int[0, 3],
        (moment, format, minutes, offset) => moment.ToString(DateTimeFormats[format], CultureInfo.InvariantCulture) + offset switch
        {
            0 => string.Empty,
            1 => "Z",
            _ => (minutes < 0 ? "-" : "+") + TimeSpan.FromMinutes(Math.Abs(minutes)).ToString(@"hh\:mm", CultureInfo.InvariantCulture),
        });

    /// <summary>ISO-8601 durations as a trainer's clock step, from nothing to beyond any calendar.</summary>
    public static readonly Gen<string> Duration = Gen.OneOf(
        Gen.Long.Select(n => $"P{n}D"),
        Gen.Long.Select(n => $"PT{n}H"),
        Gen.Int[0, 400].Select(n => $"P{n}DT{n % 24}H"),
        Gen.Const("P99999999D"),
        Gen.Const("P10675199DT2H48M5.4775807S"),
        Gen.Const("P1Y"),
        Gen.Const("PT0S"),
        Gen.Const("-P1D"));

    /// <summary>JSON numbers: every long, doubles, and spellings no number type holds.</summary>
    public static readonly Gen<byte[]> Number = Gen.OneOf(
        Gen.Long.Select(n => Raw(n.ToString(CultureInfo.InvariantCulture))),
        Gen.Int[-3, 100_000].Select(n => Raw(n.ToString(CultureInfo.InvariantCulture))),
        Gen.Double.Where(double.IsFinite).Select(n => Raw(n.ToString("R", CultureInfo.InvariantCulture))),
        Gen.OneOf("1e400", "-1e400", "123456789012345678901234567890", "-0", "0.5", "2147483648", "-9223372036854775809").Select(Raw));

    /// <summary>A JSON string whose bytes are not UTF-8 (an encoded half of a surrogate pair, a stray continuation byte, 0xFF).</summary>
    public static readonly Gen<byte[]> NotUtf8 = Gen.Select(Text.Where(t => t.Length < 100), Gen.Int[0, 4],
        (text, kind) => Concat(Quoted(text)[..^1], kind switch
        {
            0 => [0xED, 0xA0, 0x80],
            1 => [0x80],
            2 => [0xFF],
            3 => [0xC0, 0xAF],
            _ => [0xF8, 0x88, 0x80, 0x80, 0x80],
        }, "\""u8.ToArray()));

    /// <summary>Any of the above as a JSON value, or a value of the wrong kind.</summary>
    public static readonly Gen<byte[]> Value = Gen.Frequency(
        (6, Text.Select(Quoted)),
        (2, NotUtf8),
        (2, Date.Select(Quoted)),
        (2, DateTime.Select(Quoted)),
        (1, Duration.Select(Quoted)),
        (2, Number),
        (1, Gen.Long.Select(n => Quoted(n.ToString(CultureInfo.InvariantCulture)))),
        (1, Gen.OneOf("true", "false", "null", "{}", "[]", "[1,\"2\"]", "{\"a\":{\"b\":[]}}").Select(Raw)));

    /// <summary>
    /// A JSON object whose members each take a value from their generator or are left out, now and then with a
    /// member no body has; or, less often, a body that is no such object at all (another value, cut short, empty).
    /// </summary>
    public static Gen<byte[]> Body(params (string Name, Gen<byte[]> Value)[] members)
    {
        ArgumentNullException.ThrowIfNull(members);
        var body = Members(members);
        return Gen.Frequency(
            (12, body),
            (1, Value),
            (1, Gen.Select(body, Gen.Int[0, 1000], (whole, cut) => whole[..Math.Min(cut, whole.Length)])),
            (1, Gen.OneOf("", " ", "null", "[]", "{", "{\"\":1}").Select(Raw)));
    }

    /// <summary>The members of <see cref="Body"/> without the body's own mangling, for nested objects.</summary>
    public static Gen<byte[]> Members(params (string Name, Gen<byte[]> Value)[] members)
    {
        ArgumentNullException.ThrowIfNull(members);
        var all = members.Append(("unexpected", Value)).ToArray();
        Gen<byte[][]> chosen = Gen.Const(System.Array.Empty<byte[]>());
        for (var i = 0; i < all.Length; i++)
        {
            var (name, value) = all[i];
            var weightLeftOut = i == all.Length - 1 ? 8 : 1;
            var member = Gen.Frequency(
                (4, value.Select(v => Concat(Quoted(name), ":"u8.ToArray(), v))),
                (weightLeftOut, Gen.Const(System.Array.Empty<byte>())));
            chosen = Gen.Select(chosen, member, (before, next) => next.Length == 0 ? before : [.. before, next]);
        }

        return chosen.Select(parts => Concat("{"u8.ToArray(), Join(parts), "}"u8.ToArray()));
    }

    /// <summary>A JSON array of 0 to <paramref name="most"/> values.</summary>
    public static Gen<byte[]> List(Gen<byte[]> item, int most) =>
        item.Array[0, most].Select(items => Concat("["u8.ToArray(), Join(items), "]"u8.ToArray()));

    /// <summary>One of the given values as a JSON string, or else any hostile value: valid enough to reach the deeper checks.</summary>
    public static Gen<byte[]> Mostly(params string[] values) =>
        Gen.Frequency((3, Gen.OneOf(values).Select(Quoted)), (1, Value));

    /// <summary>One of the given numbers, or else any hostile value.</summary>
    public static Gen<byte[]> MostlyNumber(params long[] values) =>
        Gen.Frequency((3, Gen.OneOf(values).Select(n => Raw(n.ToString(CultureInfo.InvariantCulture)))), (1, Value));

    /// <summary>True or false, or else any hostile value.</summary>
    public static readonly Gen<byte[]> MostlyBool = Gen.Frequency((3, Gen.OneOf("true", "false").Select(Raw)), (1, Value));

    /// <summary>A JSON string: quotes, backslashes, controls and every surrogate escaped (a lone half only this way reaches the server).</summary>
    public static byte[] Quoted(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var json = new StringBuilder(text.Length + 2).Append('"');
        foreach (var c in text)
        {
            if (c < 0x20 || c is '"' or '\\' || char.IsSurrogate(c))
            {
                json.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}");
            }
            else
            {
                json.Append(c);
            }
        }

        return Encoding.UTF8.GetBytes(json.Append('"').ToString());
    }

    /// <summary>How a failing sample is shown: as text, with bytes that are not UTF-8 marked.</summary>
    public static string Show(byte[] body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var text = Encoding.UTF8.GetString(body);
        return text.Length > 300 ? $"{text[..300]}… ({body.Length} bytes)" : text;
    }

    private static byte[] Raw(string text) => Encoding.UTF8.GetBytes(text);

    private static string Repeat(char[] chars, int length) =>
        string.Create(length, chars, (span, source) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = source[i % source.Length];
            }
        });

    private static byte[] Join(byte[][] parts)
    {
        var joined = new List<byte>();
        for (var i = 0; i < parts.Length; i++)
        {
            if (i > 0)
            {
                joined.Add((byte)',');
            }

            joined.AddRange(parts[i]);
        }

        return [.. joined];
    }

    private static byte[] Concat(params byte[][] parts) => [.. parts.SelectMany(p => p)];
}
