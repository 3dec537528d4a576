using CouncilDecisions.Importer.Parsing;

namespace CouncilDecisions.UnitTests.Importer;

// Shapes seen on held-out ModernGov pages (round 8); every fragment here is written for the test.
public class HeldOutRound8Tests
{
    private static ParsedDocument Parse(string text) => MinuteParser.Parse(text, new ParseOptions { Council = "Testshire County Council" });

    [Fact]
    public void A_dash_after_the_lead_in_colon_is_not_the_resolution()
    {
        var doc = Parse("""
            Agenda item

            Local Investment Review

            Minutes:

            The Committee had before it a report by the Director of Resources on local investment.

            The Committee resolved:-

            to approve the recommendation.
            """);

        Assert.Equal([new ParsedLabelledText(null, "to approve the recommendation.")], doc.Resolutions);
        Assert.Equal([new ParsedMinute(null, "The Committee had before it a report by the Director of Resources on local investment.")], doc.Minutes);
    }

    [Fact]
    public void Table_borders_copied_with_the_text_are_neither_resolutions_nor_minutes()
    {
        var doc = Parse("""
            Agenda item

            Annual Report on Urgent Decisions

            Minutes:

            The Leader presented the annual report on urgent executive decisions.

            RESOLVED: |

            That the annual report be endorsed.

            |

            -
            """);

        Assert.Equal([new ParsedLabelledText(null, "That the annual report be endorsed.")], doc.Resolutions);
        Assert.Equal([new ParsedMinute(null, "The Leader presented the annual report on urgent executive decisions.")], doc.Minutes);
    }
}
