using System.Globalization;
using System.Text;

namespace CouncilDecisions.Domain;

/// <summary>Readable URL segments: lower-case ASCII letters and digits separated by single hyphens.</summary>
public static class Slugs
{
    public const int MaxLength = 80;

    public static string From(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(Math.Min(decomposed.Length, MaxLength));
        var pendingHyphen = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsAsciiLetterOrDigit(c))
            {
                if (pendingHyphen && builder.Length > 0)
                {
                    builder.Append('-');
                }

                pendingHyphen = false;
                builder.Append(char.ToLowerInvariant(c));
                if (builder.Length >= MaxLength)
                {
                    break;
                }
            }
            else if (c is not '\'' and not '’')
            {
                pendingHyphen = true;
            }
        }

        return builder.Length == 0 ? "item" : builder.ToString();
    }
}
