using System.Text.Json;
using MediationFlow.Workflows.Definitions;

namespace MediationFlow.Workflows.Tests.Definitions;

/// <summary>Each rule of the canonical layout, on the smallest JSON that shows it.</summary>
public sealed class CanonicalLayoutTests
{
    [Fact]
    public void A_name_in_three_languages_stays_on_its_key_line()
    {
        var text = CanonicalLayout.Format("""{"id":"intake","name":{"kk":"Өтінішті қабылдау","ru":"Приём обращения","en":"Intake"}}""");

        Assert.Equal(
            """
            {
              "id": "intake",
              "name": { "kk": "Өтінішті қабылдау", "ru": "Приём обращения", "en": "Intake" }
            }

            """, text);
    }

    [Fact]
    public void An_object_holding_only_short_leaf_objects_and_arrays_goes_on_one_line()
    {
        var text = CanonicalLayout.Format("""{"stages":[{"id":"intake","roles":["chair","mediator"],"name":{"en":"Intake"}}]}""");

        Assert.Equal(
            """
            {
              "stages": [
                { "id": "intake", "roles": ["chair", "mediator"], "name": { "en": "Intake" } }
              ]
            }

            """, text);
    }

    [Fact]
    public void An_array_of_objects_on_one_line_has_spaces_inside_its_brackets()
    {
        var text = CanonicalLayout.Format("""{"onEntry":[{"effect":"notify","role":"chair"}],"roles":["chair"]}""");

        Assert.Equal(
            """
            {
              "onEntry": [ { "effect": "notify", "role": "chair" } ],
              "roles": ["chair"]
            }

            """, text);
    }

    [Fact]
    public void An_object_that_holds_an_object_holding_an_object_is_one_member_per_line_however_short()
    {
        var text = CanonicalLayout.Format("""{"input":[{"name":"a","options":[{"value":"b"}]}]}""");

        Assert.Equal(
            """
            {
              "input": [
                {
                  "name": "a",
                  "options": [ { "value": "b" } ]
                }
              ]
            }

            """, text);
    }

    [Theory]
    [InlineData(CanonicalLayout.LineWidth, false)]
    [InlineData(CanonicalLayout.LineWidth + 1, true)]
    public void A_line_of_the_width_stays_whole_and_one_character_more_breaks_it(int lineLength, bool breaks)
    {
        // The line "  "name": { "en": "…" }," has 23 characters around the text.
        var label = new string('x', lineLength - 23);

        var lines = CanonicalLayout.Format($$"""{"name":{"en":"{{label}}"},"id":"a"}""").Split('\n');

        Assert.Equal(breaks, lines[1] == "  \"name\": {");
        Assert.Equal(breaks ? 7 : 5, lines.Length);
        Assert.All(lines, line => Assert.True(line.Length <= CanonicalLayout.LineWidth));
    }

    [Fact]
    public void A_long_name_gets_one_language_per_line()
    {
        var text = CanonicalLayout.Format($$$"""{"name":{"kk":"{{{new string('ә', 50)}}}","ru":"{{{new string('ж', 50)}}}","en":"{{{new string('e', 50)}}}"}}""");

        Assert.Equal(
            $$"""
            {
              "name": {
                "kk": "{{new string('ә', 50)}}",
                "ru": "{{new string('ж', 50)}}",
                "en": "{{new string('e', 50)}}"
              }
            }

            """, text);
    }

    [Theory]
    [InlineData("""{"map":{}}""", "{\n  \"map\": {}\n}\n")]
    [InlineData("""{"from":[]}""", "{\n  \"from\": []\n}\n")]
    [InlineData("{}", "{}\n")]
    [InlineData("[]", "[]\n")]
    [InlineData(" 42 ", "42\n")]
    public void Empty_objects_and_arrays_and_lone_values_are_written_as_they_are(string json, string expected) =>
        Assert.Equal(expected, CanonicalLayout.Format(json));

    [Fact]
    public void The_outermost_object_is_one_member_per_line_even_when_it_would_fit()
    {
        var text = CanonicalLayout.Format("""{ "definition": "community-mediation", "from": 1, "to": 2 }""");

        Assert.Equal("{\n  \"definition\": \"community-mediation\",\n  \"from\": 1,\n  \"to\": 2\n}\n", text);
    }

    [Fact]
    public void Tokens_stay_as_written_escapes_and_number_spellings_included()
    {
        var text = CanonicalLayout.Format("""{"\u0061":"\u00AB\/\"","n":[1.0,-0,2E+3,1e2],"b":[true,false,null]}""");

        Assert.Equal("{\n  \"\\u0061\": \"\\u00AB\\/\\\"\",\n  \"n\": [1.0, -0, 2E+3, 1e2],\n  \"b\": [true, false, null]\n}\n", text);
    }

    [Fact]
    public void Key_order_and_repeated_keys_are_kept()
    {
        var text = CanonicalLayout.Format("""{"z":1,"a":2,"z":3}""");

        Assert.Equal("{\n  \"z\": 1,\n  \"a\": 2,\n  \"z\": 3\n}\n", text);
    }

    [Theory]
    [InlineData("{\"a\": 1,\n\"b\": }", 2)]
    [InlineData("", 1)]
    [InlineData("{} {}", 1)]
    [InlineData("{\"a\": 1 // a comment\n}", 1)]
    public void Text_that_is_not_one_JSON_value_is_refused_with_its_line(string json, int line)
    {
        var e = Assert.ThrowsAny<JsonException>(() => CanonicalLayout.Format(json));

        Assert.Equal(line, e.LineNumber + 1);
    }

    [Fact]
    public void The_first_line_out_of_layout_is_named()
    {
        const string Json = "{\n  \"id\": \"a\",\n  \"name\": {\n    \"en\": \"A\"\n  }\n}\n";

        Assert.Equal(3, CanonicalLayout.FirstLineOutOfLayout(Json));
        Assert.Null(CanonicalLayout.FirstLineOutOfLayout(CanonicalLayout.Format(Json)));
    }

    [Theory]
    [InlineData("{\r\n  \"id\": \"a\"\r\n}\r\n", 1)]
    [InlineData("{\n  \"id\": \"a\"\n}", 3)]
    [InlineData("{\n  \"id\": \"a\" \n}\n", 2)]
    [InlineData("{\n  \"id\": \"a\"\n}\n\n", 4)]
    public void Line_ends_the_final_newline_and_trailing_spaces_are_part_of_the_layout(string json, int line) =>
        Assert.Equal(line, CanonicalLayout.FirstLineOutOfLayout(json));
}
