using CouncilDecisions.Domain;

namespace CouncilDecisions.UnitTests.Domain;

public sealed class DomainRulesTests
{
    [Theory]
    [InlineData("Digital Transformation Strategy", "digital-transformation-strategy")]
    [InlineData("ICT Strategy, Digital Strategy & Endorsement of Local Digital Declaration", "ict-strategy-digital-strategy-endorsement-of-local-digital-declaration")]
    [InlineData("Cyngor Sir Ynys Môn – Penderfyniad", "cyngor-sir-ynys-mon-penderfyniad")]
    [InlineData("Officer’s report", "officers-report")]
    [InlineData("!!!", "item")]
    public void Slugs_are_lower_case_ascii_words_joined_by_hyphens(string text, string expected) =>
        Assert.Equal(expected, Slugs.From(text));

    [Fact]
    public void Slugs_are_never_longer_than_the_limit() =>
        Assert.True(Slugs.From(string.Join(' ', Enumerable.Repeat("decision", 40))).Length <= Slugs.MaxLength);

    [Theory]
    [InlineData("Cabinet", BodyKind.Cabinet)]
    [InlineData("Executive", BodyKind.Cabinet)]
    [InlineData("Council", BodyKind.FullCouncil)]
    [InlineData("Executive Councillor for Transformation", BodyKind.IndividualExecutiveMember)]
    [InlineData("Cabinet Member for Finance and Resources", BodyKind.IndividualExecutiveMember)]
    [InlineData("Strategic Director", BodyKind.Officer)]
    [InlineData("Planning Committee", BodyKind.Committee)]
    public void Body_kind_follows_the_printed_name(string name, BodyKind expected) =>
        Assert.Equal(expected, Body.KindFromName(name));

    [Fact]
    public void Decision_text_drops_paragraphs_that_repeat_a_resolution()
    {
        var text = "Matter for Decision\n\nThe report introduced a strategy.\n\ni. Approved the draft strategy.";

        var shown = DecisionTexts.WithoutResolutions(text, [("i.", "Approved the draft strategy.")]);

        Assert.Equal("Matter for Decision\n\nThe report introduced a strategy.", shown);
    }

    [Fact]
    public void Decision_text_keeps_paragraphs_that_only_mention_a_resolution_in_passing()
    {
        var text = "Members debated at length whether to say Approved the draft strategy. or something else, and in the end agreed to defer.";

        Assert.Equal(text, DecisionTexts.WithoutResolutions(text, [("1", "Approved the draft strategy.")]));
    }
}
