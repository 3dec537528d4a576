using CouncilDecisions.Importer.Parsing;

namespace CouncilDecisions.UnitTests.Importer;

// Shapes seen on held-out ModernGov pages (round 2); every fragment here is written for the test.
public class HeldOutPageTests
{
    private static ParsedDocument Parse(string text) => MinuteParser.Parse(text, new ParseOptions { Council = "Testshire County Council" });

    [Fact]
    public void Hard_wrapped_sentence_is_one_paragraph()
    {
        var doc = Parse("Decision details\n\nLibrary Hours\n\nDecision Maker: Cabinet\n\nPurpose:\n\nTo review the opening hours of\nthe branch libraries and to\nconsult residents on changes.\n\nDecision:\n\nThat the review be approved.");

        Assert.Equal("To review the opening hours of the branch libraries and to consult residents on changes.", doc.Decision!.Purpose);
    }

    [Fact]
    public void Label_split_over_two_lines_is_one_label()
    {
        var doc = Parse("Agenda item\n\nGrants Scheme\n\nDecisions:\n\n1. That the scheme be relaunched\nfor a second year.\n\nReason for Decisions:\nTo\nsupport community groups.\nImplementation of\nDecisions:\nImmediately, with the agreement of the Chair.");

        Assert.Equal([new ParsedLabelledText("1", "That the scheme be relaunched for a second year.")], doc.Resolutions);
        Assert.Equal("To support community groups.", doc.Decision!.Reasons);
        Assert.Equal("Immediately, with the agreement of the Chair.", doc.Extras["Implementation of Decisions"]);
    }

    [Fact]
    public void Adjacent_label_lines_and_list_items_are_not_joined()
    {
        var doc = Parse("Decision Maker: Cabinet\r\nDecision status: Recommendations Approved\r\nDecision:\r\nThat Cabinet:\r\na) notes the report;\r\nb) agrees the plan.\r\nPublication date: 02/03/2022");

        Assert.Equal("Cabinet", doc.Decision!.Maker);
        Assert.Equal("Recommendations Approved", doc.Decision.Status);
        Assert.Equal([new ParsedLabelledText("a)", "notes the report;"), new ParsedLabelledText("b)", "agrees the plan.")], doc.Resolutions);
        Assert.Equal(new DateOnly(2022, 3, 2), doc.Decision.PublicationDate);
    }
}
