using System.Text;

namespace CouncilDecisions.Web.Features.Search;

/// <summary>One thing the user asked for: a word, a "quoted phrase", or a prefix (word*).</summary>
public sealed record SearchTerm(string Text, bool IsPhrase, bool IsPrefix);

/// <summary>
/// Turns whatever a resident types into safe search terms. FTS5 query syntax (AND, OR, NEAR, column filters,
/// brackets, stray quotes) is never passed through: every term becomes a quoted string, so no input can cause a
/// syntax error. Supported on purpose: "exact phrases" and prefix* searches; all terms must match.
/// </summary>
public static class SearchTerms
{
    public const int MaxTerms = 12;

    public static IReadOnlyList<SearchTerm> Parse(string? query)
    {
        var terms = new List<SearchTerm>();
        if (string.IsNullOrWhiteSpace(query))
        {
            return terms;
        }

        var text = query.Length > 500 ? query[..500] : query;
        var i = 0;
        while (i < text.Length && terms.Count < MaxTerms)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                i++;
                continue;
            }

            if (text[i] == '"')
            {
                var close = text.IndexOf('"', i + 1);
                var end = close < 0 ? text.Length : close;
                Add(terms, text[(i + 1)..end], isPhrase: true, isPrefix: false);
                i = end + 1;
                continue;
            }

            var start = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] != '"')
            {
                i++;
            }

            var word = text[start..i];
            var isPrefix = word.EndsWith('*');
            Add(terms, word.TrimEnd('*'), isPhrase: false, isPrefix);
        }

        return terms;
    }

    /// <summary>An FTS5 MATCH expression of quoted strings: <c>"digital" "call in" "strateg"*</c>.</summary>
    public static string ToFts5(IReadOnlyList<SearchTerm> terms)
    {
        var builder = new StringBuilder();
        foreach (var term in terms)
        {
            if (builder.Length > 0)
            {
                builder.Append(' ');
            }

            builder.Append('"').Append(term.Text.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
            if (term.IsPrefix)
            {
                builder.Append('*');
            }
        }

        return builder.ToString();
    }

    private static void Add(List<SearchTerm> terms, string raw, bool isPhrase, bool isPrefix)
    {
        // Keep letters and digits; everything else separates words, as the FTS tokenizer does.
        var cleaned = new StringBuilder(raw.Length);
        foreach (var c in raw)
        {
            cleaned.Append(char.IsLetterOrDigit(c) ? c : ' ');
        }

        var words = cleaned.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            return;
        }

        if (isPhrase)
        {
            terms.Add(new SearchTerm(string.Join(' ', words), words.Length > 1, false));
            return;
        }

        // "call-in" stays one phrase term; a prefix applies to its last word only.
        terms.Add(new SearchTerm(string.Join(' ', words), words.Length > 1, isPrefix && words.Length == 1));
    }
}
