using System.Text.Json;
using CouncilDecisions.Importer.Parsing;

namespace CouncilDecisions.UnitTests.Importer;

public class JsonContractTests
{
    private static readonly string[] TopLevelKeys =
    [
        "kind", "council", "title", "meeting", "meetings", "decision", "recommendations", "resolutions", "scrutinyComments",
        "minutes", "people", "attendance", "votes", "extras", "warnings",
    ];

    [Fact]
    public void Serialised_seed_has_every_contract_key_with_the_right_type()
    {
        using var json = JsonDocument.Parse(ParsedDocumentJson.Serialize(Seeds.Parse(Seeds.Oxfordshire)));
        var root = json.RootElement;

        Assert.Equal(TopLevelKeys, root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("issue-meetings", root.GetProperty("kind").GetString());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("council").ValueKind);
        Assert.Equal(JsonValueKind.String, root.GetProperty("title").ValueKind);

        var meeting = root.GetProperty("meeting");
        Assert.Equal(["date", "body", "itemNumber"], meeting.EnumerateObject().Select(p => p.Name));
        Assert.Equal("2019-12-17", meeting.GetProperty("date").GetString());
        Assert.Equal("122", meeting.GetProperty("itemNumber").GetString());
        Assert.Equal(JsonValueKind.Array, root.GetProperty("meetings").ValueKind);

        var decision = root.GetProperty("decision");
        Assert.Equal(
            ["maker", "status", "keyDecision", "subjectToCallIn", "date", "publicationDate", "purpose", "text", "reasons", "alternatives", "conflictsOfInterest"],
            decision.EnumerateObject().Select(p => p.Name));
        Assert.Equal(JsonValueKind.Null, decision.GetProperty("keyDecision").ValueKind);
        Assert.Equal(JsonValueKind.Null, decision.GetProperty("maker").ValueKind);

        var recommendation = root.GetProperty("recommendations")[0];
        Assert.Equal(["label", "text"], recommendation.EnumerateObject().Select(p => p.Name));
        Assert.Equal("(a)", recommendation.GetProperty("label").GetString());

        var person = root.GetProperty("people")[0];
        Assert.Equal(["name", "role", "title"], person.EnumerateObject().Select(p => p.Name));
        Assert.Equal("officer", person.GetProperty("role").GetString());
        Assert.Equal("Head of ICT (Interim)", person.GetProperty("title").GetString());

        Assert.Equal(JsonValueKind.Object, root.GetProperty("extras").ValueKind);
        Assert.Equal("2019/158", root.GetProperty("extras").GetProperty("Forward Plan Ref").GetString());
        Assert.Equal(JsonValueKind.Array, root.GetProperty("warnings").ValueKind);
        foreach (var list in new[] { "meetings", "scrutinyComments", "attendance", "votes" })
        {
            Assert.Equal(0, root.GetProperty(list).GetArrayLength());
        }
    }

    [Fact]
    public void Nested_records_serialise_with_contract_names_and_values()
    {
        using var cambridge = JsonDocument.Parse(ParsedDocumentJson.Serialize(Seeds.Parse(Seeds.Cambridge)));
        var comment = cambridge.RootElement.GetProperty("scrutinyComments")[0];
        Assert.Equal(["kind", "label", "text"], comment.EnumerateObject().Select(p => p.Name));
        Assert.Equal("comment", comment.GetProperty("kind").GetString());
        Assert.Equal("2018-07-02", cambridge.RootElement.GetProperty("decision").GetProperty("date").GetString());
        Assert.True(cambridge.RootElement.GetProperty("decision").GetProperty("keyDecision").GetBoolean());
        Assert.Equal(JsonValueKind.Null, cambridge.RootElement.GetProperty("meeting").ValueKind);

        using var melton = JsonDocument.Parse(ParsedDocumentJson.Serialize(Seeds.Parse(Seeds.Melton)));
        var vote = melton.RootElement.GetProperty("votes")[0];
        Assert.Equal(["outcome", "unanimous", "for", "against", "abstained", "movedBy", "secondedBy"], vote.EnumerateObject().Select(p => p.Name));
        Assert.Equal("carried", vote.GetProperty("outcome").GetString());
        Assert.Equal(JsonValueKind.Null, vote.GetProperty("for").ValueKind);
        var attendance = melton.RootElement.GetProperty("attendance")[0];
        Assert.Equal(["name", "event", "time"], attendance.EnumerateObject().Select(p => p.Name));
        Assert.Equal("left", attendance.GetProperty("event").GetString());
        Assert.Equal(JsonValueKind.Null, attendance.GetProperty("time").ValueKind);
        var minute = melton.RootElement.GetProperty("minutes")[0];
        Assert.Equal(["number", "text"], minute.EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public void Non_ascii_text_is_written_unescaped()
    {
        var json = ParsedDocumentJson.Serialize(Seeds.Parse(Seeds.Croydon));

        Assert.Contains("£8.21", json, StringComparison.Ordinal);
        Assert.Contains("“truly digital council”", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_document_still_has_every_key()
    {
        using var json = JsonDocument.Parse(ParsedDocumentJson.Serialize(MinuteParser.Parse([0, 1, 2])));

        Assert.Equal(TopLevelKeys, json.RootElement.EnumerateObject().Select(p => p.Name));
        Assert.Equal("unknown", json.RootElement.GetProperty("kind").GetString());
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("decision").ValueKind);
        Assert.Equal(0, json.RootElement.GetProperty("resolutions").GetArrayLength());
    }

    [Fact]
    public void Several_documents_serialise_as_an_array()
    {
        using var json = JsonDocument.Parse(ParsedDocumentJson.Serialize([Seeds.Parse(Seeds.Melton), Seeds.Parse(Seeds.Croydon)]));

        Assert.Equal(JsonValueKind.Array, json.RootElement.ValueKind);
        Assert.Equal(2, json.RootElement.GetArrayLength());
    }
}
