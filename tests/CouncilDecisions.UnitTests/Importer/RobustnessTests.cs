using System.Diagnostics;
using System.Text;
using CouncilDecisions.Importer.Parsing;
using CsCheck;

namespace CouncilDecisions.UnitTests.Importer;

// The parser must return a document for any input, never throw, and stay fast.
public class RobustnessTests
{
    private static readonly string[] Labels =
    [
        "Decision:", "Minutes:", "RESOLVED:", "RESOLVED that:", "Meeting: 27/11/2019 - Executive (Item 56)", "Decision Maker:",
        "Is Key decision?:", "Publication date:", "(a)", "1.", "i.", "56.1", "Councillor", "arrived at 19.08", "left the meeting",
        "moved by Councillor", "seconded by Cllr", "unanimously", "For: 7, Against:", "Agenda item", "Issue - meetings",
        "Decision details", "Scrutiny Considerations", "\u00A0", "£", "’", ":", "::", "(", ")", "\t",
    ];

    // A hang detector, not a speed test (docs/benchmarks.md measures speed): these inputs parse in milliseconds,
    // so a loaded two-core CI machine still has a thousandfold headroom, while a runaway regex or quadratic loop
    // on a few kilobytes would not finish in time. 2 s was once missed by 3 ms under a load average of 20.
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(10);

    [Fact]
    public void Random_text_never_throws_and_parses_quickly()
    {
        Gen.Char.Array[0, 400].Select(chars => new string(chars)).Sample(AssertParses, iter: 3000, threads: 1);
    }

    [Fact]
    public void Random_bytes_never_throw()
    {
        Gen.Byte.Array[0, 600].Sample(bytes => AssertDocument(() => MinuteParser.Parse(bytes)), iter: 3000, threads: 1);
    }

    [Fact]
    public void Text_built_from_labels_and_fragments_never_throws()
    {
        Gen.OneOf<string>(Labels).Array[0, 60]
            .Select(Gen.OneOf<string>([" ", "\n", "\n\n", " Cabinet ", " Smith ", " 19.08 "]), (parts, glue) => string.Join(glue, parts))
            .Sample(AssertParses, iter: 3000, threads: 1);
    }

    [Fact]
    public void Mutated_seeds_never_throw()
    {
        var seeds = Seeds.All.Select(Seeds.Text).ToArray();
        Gen.Select(Gen.Int[0, seeds.Length - 1], Gen.Int[0, 5], Gen.Int, Gen.Int[1, 40])
            .Select((seed, mutation, random, count) => Mutate(seeds[seed], mutation, new Random(random), count))
            .Sample(AssertParses, iter: 1500, threads: 1);
    }

    [Fact]
    public void Mutated_seed_bytes_never_throw()
    {
        var seeds = Seeds.All.Select(Seeds.Bytes).ToArray();
        Gen.Select(Gen.Int[0, seeds.Length - 1], Gen.Int, Gen.Int[1, 30])
            .Select((seed, random, flips) => FlipBytes(seeds[seed], new Random(random), flips))
            .Sample(bytes => AssertDocument(() => MinuteParser.Parse(bytes)), iter: 1500, threads: 1);
    }

    [Fact]
    public void Empty_input_is_unknown_with_a_reason()
    {
        var doc = MinuteParser.Parse(string.Empty);

        Assert.Equal(DocumentKind.Unknown, doc.Kind);
        Assert.Contains("empty", Assert.Single(doc.Warnings), StringComparison.Ordinal);
        Assert.Equal(DocumentKind.Unknown, MinuteParser.Parse("  \u00A0\n\t\n").Kind);
        Assert.Equal(DocumentKind.Unknown, MinuteParser.Parse(ReadOnlySpan<byte>.Empty).Kind);
    }

    [Fact]
    public void Binary_input_is_an_error_not_an_exception()
    {
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52];

        var doc = MinuteParser.Parse(png);

        Assert.Equal(DocumentKind.Unknown, doc.Kind);
        Assert.True(doc.HasError);
        Assert.Contains("binary", doc.Error, StringComparison.Ordinal);
        Assert.Equal(doc.Error, Assert.Single(doc.Warnings));
    }

    [Fact]
    public void Invalid_utf8_is_an_error_naming_the_encoding()
    {
        var latin1 = Encoding.Latin1.GetBytes("Agenda item\n\nCaf\u00e9 licence\n\nMinutes:\n\nApproved at \u00a3500.");

        var doc = MinuteParser.Parse(latin1);

        Assert.Equal(DocumentKind.Unknown, doc.Kind);
        Assert.Contains("UTF-8", doc.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Utf8_bom_is_ignored()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Seeds.Bytes(Seeds.Melton)).ToArray();

        Assert.Equal("Digital Strategy - Phase One", MinuteParser.Parse(bytes).Title);
    }

    [Fact]
    public void Ten_megabyte_input_is_refused_quickly_with_the_size_limit()
    {
        var big = new string('a', 10 * 1024 * 1024);
        var watch = Stopwatch.StartNew();

        var fromText = MinuteParser.Parse(big);
        var fromBytes = MinuteParser.Parse(Encoding.UTF8.GetBytes(big));

        Assert.True(watch.Elapsed < Budget, $"took {watch.Elapsed}");
        Assert.Equal(DocumentKind.Unknown, fromText.Kind);
        Assert.Contains("5 MB", fromText.Error, StringComparison.Ordinal);
        Assert.Contains("5 MB", fromBytes.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Input_just_under_the_cap_with_one_huge_line_parses_in_bounded_time()
    {
        var line = string.Concat(Enumerable.Repeat("Councillor Smith moved 1111 for 2222 against 19.08 RESOLVED (a) ", 70_000));
        var text = "Agenda item\n\nParks\n\nMinutes:\n\n" + line + "\n\n" + new string('9', 500_000);
        Assert.True(text.Length < MinuteParser.MaxInputLength);
        var watch = Stopwatch.StartNew();

        var doc = MinuteParser.Parse(text);

        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"took {watch.Elapsed}");
        Assert.Equal(DocumentKind.AgendaItem, doc.Kind);
        Assert.Equal(2, doc.Minutes.Count);
    }

    [Fact]
    public void Html_page_is_unknown_with_a_reason()
    {
        var doc = MinuteParser.Parse("<!DOCTYPE html><html><body><h1>Agenda item</h1><p>Minutes:</p></body></html>");

        Assert.Equal(DocumentKind.Unknown, doc.Kind);
        Assert.Contains("HTML", Assert.Single(doc.Warnings), StringComparison.Ordinal);
    }

    [Fact]
    public void Unrelated_text_is_unknown_with_a_reason()
    {
        var doc = MinuteParser.Parse("Lorem ipsum dolor sit amet.\n\nThe quick brown fox jumps over the lazy dog. Call 01234 567890 to book.");

        Assert.Equal(DocumentKind.Unknown, doc.Kind);
        Assert.Null(doc.Title);
        Assert.Contains("Not recognised", Assert.Single(doc.Warnings), StringComparison.Ordinal);
        Assert.False(doc.HasError);
    }

    private static void AssertParses(string text) => AssertDocument(() => MinuteParser.Parse(text));

    private static void AssertDocument(Func<ParsedDocument> parse)
    {
        var watch = Stopwatch.StartNew();
        var doc = parse();
        Assert.True(watch.Elapsed < Budget, $"took {watch.Elapsed}");
        Assert.NotNull(doc.Warnings);
        Assert.NotNull(doc.Extras);
        Assert.NotNull(ParsedDocumentJson.Serialize(doc));
    }

    private static string Mutate(string text, int mutation, Random random, int count)
    {
        var lines = text.Split('\n').ToList();
        switch (mutation)
        {
            case 0: // truncate anywhere, mid-word or mid-label
                return text[..random.Next(text.Length)];
            case 1: // shuffle lines
                return string.Join('\n', lines.OrderBy(_ => random.Next()));
            case 2: // duplicate label lines
                for (var i = 0; i < count; i++)
                {
                    lines.Insert(random.Next(lines.Count), lines[random.Next(lines.Count)]);
                }

                return string.Join('\n', lines);
            case 3: // a huge line
                lines.Insert(random.Next(lines.Count), string.Concat(Enumerable.Repeat(lines[random.Next(lines.Count)] + " ", 2000)));
                return string.Join('\n', lines);
            case 4: // drop lines
                return string.Join('\n', lines.Where(_ => random.Next(4) != 0));
            default: // sprinkle label fragments
                var builder = new StringBuilder(text);
                for (var i = 0; i < count; i++)
                {
                    builder.Insert(random.Next(builder.Length), Labels[random.Next(Labels.Length)]);
                }

                return builder.ToString();
        }
    }

    private static byte[] FlipBytes(byte[] bytes, Random random, int flips)
    {
        var copy = (byte[])bytes.Clone();
        for (var i = 0; i < flips; i++)
        {
            copy[random.Next(copy.Length)] = (byte)random.Next(256);
        }

        return copy;
    }
}
