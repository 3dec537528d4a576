using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using CouncilDecisions.Domain;
using CouncilDecisions.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace CouncilDecisions.IntegrationTests.Features.Search;

public sealed class SearchTests(PortalFixture fixture) : IClassFixture<PortalFixture>
{
    private static List<string> ResultTitles(IDocument page) =>
        page.QuerySelectorAll(".app-search-result h3 a").Select(a => a.Text()).ToList();

    [Fact]
    public async Task Finds_digital_transformation_with_a_highlighted_snippet_ranked_first()
    {
        var page = await fixture.GetOkAsync("/search?q=Digital+Transformation");

        Assert.Equal("Search results for ‘Digital Transformation’ – CouncilDecisions", page.Title);
        var first = page.QuerySelector(".app-search-result");
        Assert.Equal("Digital Transformation Strategy", first?.QuerySelector("h3 a").Text());
        Assert.Equal($"/decisions/{fixture.Records.CambridgeDecisionId}/digital-transformation-strategy", first?.QuerySelector("h3 a")?.GetAttribute("href"));
        var marks = first!.QuerySelectorAll("mark").Select(m => m.Text().ToUpperInvariant()).ToList();
        Assert.Contains("DIGITAL", marks);
        Assert.Contains("TRANSFORMATION", marks);
    }

    [Fact]
    public async Task Finds_the_croydon_strategy_and_minutes()
    {
        var page = await fixture.GetOkAsync("/search?q=croydon+strategy");

        Assert.Contains("Croydon Digital Strategy", ResultTitles(page));
        var minutes = await fixture.GetOkAsync("/search?q=%22arrived+at%22");
        Assert.Equal(["Croydon Digital Strategy"], ResultTitles(minutes));
        Assert.Equal("Agenda item", minutes.QuerySelector(".app-search-result .govuk-tag").Text());
    }

    [Fact]
    public async Task Porter_stemming_and_prefixes_match_other_word_forms()
    {
        var stemmed = await fixture.GetOkAsync("/search?q=signatories+adopting");
        var prefix = await fixture.GetOkAsync("/search?q=declar*");

        Assert.Contains("ICT Strategy, Digital Strategy & Endorsement of Local Digital Declaration", ResultTitles(prefix));
        Assert.Contains("ICT Strategy, Digital Strategy & Endorsement of Local Digital Declaration", ResultTitles(stemmed));
    }

    [Fact]
    public async Task Filters_narrow_the_results()
    {
        var all = ResultTitles(await fixture.GetOkAsync("/search?q=digital"));
        var croydon = ResultTitles(await fixture.GetOkAsync("/search?q=digital&council=croydon-council"));
        var key = ResultTitles(await fixture.GetOkAsync("/search?q=digital&key=yes"));
        var callIn = ResultTitles(await fixture.GetOkAsync("/search?q=digital&callin=yes"));
        var status = ResultTitles(await fixture.GetOkAsync("/search?q=digital&status=Recommendations+Approved"));
        var dated = ResultTitles(await fixture.GetOkAsync("/search?q=digital&from=1/1/2019&to=31/12/2019"));
        var body = ResultTitles(await fixture.GetOkAsync($"/search?q=digital&body={fixture.Records.OxfordshireCabinetId}"));

        Assert.True(all.Count >= 5, string.Join(" | ", all));
        Assert.Equal(["Croydon Digital Strategy", "Croydon Digital Strategy"], croydon);
        Assert.Equal(["Digital Transformation Strategy"], key);
        Assert.Equal(["Croydon Digital Strategy"], callIn);
        Assert.Equal(["Digital Transformation Strategy"], status);
        Assert.DoesNotContain("Digital Transformation Strategy", dated);
        Assert.Contains("Croydon Digital Strategy", dated);
        Assert.All(body, t => Assert.Equal("ICT Strategy, Digital Strategy & Endorsement of Local Digital Declaration", t));
        Assert.NotEmpty(body);
    }

    [Theory]
    [InlineData("%22")]
    [InlineData("AND")]
    [InlineData("*")]
    [InlineData("NEAR(")]
    [InlineData("digital+OR")]
    [InlineData("title%3Adigital")]
    [InlineData("(((")]
    [InlineData("-digital")]
    [InlineData("%22unclosed+phrase")]
    [InlineData("%5E%24%25")]
    public async Task Malformed_queries_get_a_page_never_an_error(string query)
    {
        var (response, page) = await fixture.GetAsync("/search?q=" + query);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(page.QuerySelector("#search-message"));
    }

    [Fact]
    public async Task Empty_and_symbol_only_queries_get_a_helpful_message()
    {
        var empty = await fixture.GetOkAsync("/search");
        var symbols = await fixture.GetOkAsync("/search?q=%2A%2A");

        Assert.Equal("Enter a word or phrase to search decisions, agenda items and minutes.", empty.QuerySelector("#search-message").Text());
        Assert.StartsWith("Your search did not contain any words", symbols.QuerySelector("#search-message").Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invalid_dates_show_a_govuk_error_summary()
    {
        var page = await fixture.GetOkAsync("/search?q=digital&from=31/02/2019");

        Assert.StartsWith("Error: ", page.Title, StringComparison.Ordinal);
        Assert.Equal("Enter the ‘from’ date as day/month/year, for example 27/3/2019", page.QuerySelector(".govuk-error-summary__list a").Text());
        Assert.NotNull(page.QuerySelector(".govuk-form-group--error #from"));
    }

    [Fact]
    public async Task Drafts_are_never_found()
    {
        var page = await fixture.GetOkAsync("/search?q=%22residents+must+not+see%22");

        Assert.Empty(ResultTitles(page));
    }

    [Fact]
    public async Task Snippets_are_html_encoded_and_only_the_marks_are_markup()
    {
        await fixture.App.WithDbAsync(async db =>
        {
            var council = await db.Councils.SingleAsync(c => c.Slug == "croydon-council");
            db.Decisions.Add(new Decision
            {
                CouncilId = council.Id, Title = "Encoding check", Slug = "encoding-check", State = PublicationState.Published,
                Purpose = "The <script>alert('x')</script> & <b>bold</b> wombat text.",
            });
            await db.SaveChangesAsync();
        });

        var page = await fixture.GetOkAsync("/search?q=wombat");

        var snippet = page.QuerySelector(".app-search-result p.govuk-body");
        Assert.NotNull(snippet);
        Assert.Empty(snippet.QuerySelectorAll("script, b"));
        Assert.Equal(["mark"], snippet.Children.Select(c => c.LocalName).Distinct());
        Assert.Contains("<script>alert('x')</script> & <b>bold</b>", snippet.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Index_follows_edits_and_unpublishing()
    {
        var id = fixture.Records.MeltonDecisionId;
        await fixture.App.WithDbAsync(async db =>
        {
            var decision = await db.Decisions.SingleAsync(d => d.Id == id);
            decision.Reasons = "To become a platypus-friendly council.";
            await db.SaveChangesAsync();
        });
        var afterEdit = ResultTitles(await fixture.GetOkAsync("/search?q=platypus"));

        await fixture.App.WithDbAsync(async db =>
        {
            var decision = await db.Decisions.SingleAsync(d => d.Id == id);
            decision.State = PublicationState.Draft;
            await db.SaveChangesAsync();
        });
        var afterUnpublish = ResultTitles(await fixture.GetOkAsync("/search?q=platypus"));

        Assert.Equal(["Digital Strategy - Phase One"], afterEdit);
        Assert.Empty(afterUnpublish);
    }

    [Fact]
    public async Task Pagination_links_keep_the_query_and_filters()
    {
        await fixture.App.WithDbAsync(async db =>
        {
            var council = await db.Councils.SingleAsync(c => c.Slug == "melton-borough-council");
            for (var i = 1; i <= 25; i++)
            {
                db.Decisions.Add(new Decision
                {
                    CouncilId = council.Id, Title = $"Quokka habitat survey {i}", Slug = $"quokka-habitat-survey-{i}",
                    State = PublicationState.Published, IsKeyDecision = true, DecisionDate = new DateOnly(2020, 1, 1).AddDays(i),
                });
            }

            await db.SaveChangesAsync();
        });

        var first = await fixture.GetOkAsync("/search?q=quokka&council=melton-borough-council&key=yes");
        var next = first.QuerySelector(".govuk-pagination__next a")?.GetAttribute("href");
        var second = await fixture.GetOkAsync(next!);

        Assert.Equal("25 results for ‘quokka’", first.QuerySelector("#search-message").Text());
        Assert.Null(first.QuerySelector("#ranking-window"));
        Assert.Equal(20, ResultTitles(first).Count);
        Assert.Equal("/search?q=quokka&council=melton-borough-council&key=yes&page=2", next);
        Assert.Equal(5, ResultTitles(second).Count);
        Assert.Equal("/search?q=quokka&council=melton-borough-council&key=yes", second.QuerySelector(".govuk-pagination__prev a")?.GetAttribute("href"));
        Assert.Equal("melton-borough-council", second.QuerySelector("#council option[selected]")?.GetAttribute("value"));
        Assert.NotNull(second.QuerySelector("#key-yes[checked]"));
    }

    [Fact]
    public async Task A_word_in_more_than_1000_records_ranks_the_1000_newest_matches_and_says_so()
    {
        // Oldest: the strongest match (the word three times in its title), in Croydon. Then 1,049 weak body matches and,
        // last, one title match, in Melton: 1,051 matches, so the window of 1,000 leaves out the oldest 51.
        await fixture.App.WithDbAsync(async db =>
        {
            var croydon = await db.Councils.SingleAsync(c => c.Slug == "croydon-council");
            var melton = await db.Councils.SingleAsync(c => c.Slug == "melton-borough-council");
            db.Decisions.Add(new Decision
            {
                CouncilId = croydon.Id, Title = "Numbat numbat numbat recovery plan", Slug = "numbat-recovery-plan",
                State = PublicationState.Published, Purpose = "To protect the numbat.",
            });
            await db.SaveChangesAsync();
            for (var i = 1; i <= 1049; i++)
            {
                db.Decisions.Add(new Decision
                {
                    CouncilId = melton.Id, Title = $"Wildlife survey report {i}", Slug = $"wildlife-survey-report-{i}",
                    State = PublicationState.Published, Purpose = "A numbat was seen during the annual survey of the borough's parks and verges.",
                });
            }

            await db.SaveChangesAsync();
            db.Decisions.Add(new Decision
            {
                CouncilId = melton.Id, Title = "Numbat habitat", Slug = "numbat-habitat",
                State = PublicationState.Published, Purpose = "Numbat habitat mapping.",
            });
            await db.SaveChangesAsync();
        });

        var first = await fixture.GetOkAsync("/search?q=numbat");
        var last = await fixture.GetOkAsync("/search?q=numbat&page=50");
        var croydon = await fixture.GetOkAsync("/search?q=numbat&council=croydon-council");

        Assert.Equal("More than 1,000 results for ‘numbat’", first.QuerySelector("#search-message").Text());
        Assert.StartsWith("So many records match that these results are the 1,000 most recently added matches, best match first.",
            first.QuerySelector("#ranking-window").Text(), StringComparison.Ordinal);
        var titles = ResultTitles(first);
        Assert.Equal(20, titles.Count);
        Assert.Equal("Numbat habitat", titles[0]);
        Assert.All(titles.Skip(1), t => Assert.StartsWith("Wildlife survey report ", t, StringComparison.Ordinal));
        Assert.All(first.QuerySelectorAll(".app-search-result p.govuk-body"),
            snippet => Assert.Contains("NUMBAT", snippet.QuerySelectorAll("mark").Select(m => m.Text().ToUpperInvariant())));

        // The last page is still inside the window, and the oldest matches (survey reports 1 to 50) are never shown.
        var lastTitles = ResultTitles(last);
        Assert.Equal(20, lastTitles.Count);
        Assert.DoesNotContain("Numbat numbat numbat recovery plan", lastTitles);
        Assert.All(lastTitles, t => Assert.True(int.Parse(t["Wildlife survey report ".Length..], CultureInfo.InvariantCulture) > 50, t));
        Assert.Null(last.QuerySelector(".govuk-pagination__next"));

        // A filter that narrows the matches below 1,000 ranks all of them again: the old, strong match comes back.
        Assert.Null(croydon.QuerySelector("#ranking-window"));
        Assert.Equal("Numbat numbat numbat recovery plan", ResultTitles(croydon).FirstOrDefault());
    }

    [Fact]
    public async Task A_phrase_in_more_than_1000_records_lists_the_newest_first_and_says_so()
    {
        // The oldest record has the phrase twice in its title (bm25 would put it first); 1,050 later ones have it once.
        await fixture.App.WithDbAsync(async db =>
        {
            var melton = await db.Councils.SingleAsync(c => c.Slug == "melton-borough-council");
            db.Decisions.Add(new Decision
            {
                CouncilId = melton.Id, Title = "Bilby warren and bilby warren survey", Slug = "bilby-warren-survey",
                State = PublicationState.Published, Purpose = "A bilby warren was mapped.",
            });
            await db.SaveChangesAsync();
            for (var i = 1; i <= 1050; i++)
            {
                db.Decisions.Add(new Decision
                {
                    CouncilId = melton.Id, Title = $"Verge report {i}", Slug = $"verge-report-{i}",
                    State = PublicationState.Published, Purpose = $"A bilby warren was seen on verge {i}.",
                });
            }

            await db.SaveChangesAsync();
        });

        var first = await fixture.GetOkAsync("/search?q=%22bilby+warren%22");
        var words = await fixture.GetOkAsync("/search?q=bilby+warren");

        Assert.Equal("More than 1,000 results for ‘\"bilby warren\"’", first.QuerySelector("#search-message").Text());
        Assert.StartsWith("So many records contain the exact phrase that these results are the most recently added first.",
            first.QuerySelector("#ranking-window").Text(), StringComparison.Ordinal);
        Assert.Equal(Enumerable.Range(1031, 20).Reverse().Select(i => $"Verge report {i}"), ResultTitles(first));
        // The same words unquoted are ranked (best of the newest 1,000), so the order is not simply newest first.
        Assert.StartsWith("So many records match", words.QuerySelector("#ranking-window").Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rebuild_restores_a_lost_index()
    {
        await fixture.App.WithDbAsync(async db =>
        {
            await db.Database.ExecuteSqlRawAsync("DELETE FROM SearchIndex;");
            await global::CouncilDecisions.Data.Search.SqliteSearchIndex.RebuildAsync(db);
        });

        var page = await fixture.GetOkAsync("/search?q=Digital+Transformation");

        Assert.Contains("Digital Transformation Strategy", ResultTitles(page));
    }
}
