namespace CouncilDecisions.Notices;

/// <summary>
/// A notice was refused because it is larger than <see cref="NoticeLimits"/> allow. The web layer maps this to
/// 413 Content Too Large; the message says which limit was exceeded and contains no record text.
/// </summary>
public sealed class NoticeTooLargeException : Exception
{
    /// <summary>Creates the exception with a generic message.</summary>
    public NoticeTooLargeException()
        : base("The notice is too large to generate.")
    {
    }

    /// <summary>Creates the exception with a message naming the limit.</summary>
    public NoticeTooLargeException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    public NoticeTooLargeException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

/// <summary>Bounds on what a notice or record of decisions may contain, so generation always finishes quickly.</summary>
public static class NoticeLimits
{
    /// <summary>Most characters of text, summed over every field of every decision in one PDF.</summary>
    public const int MaximumCharacters = 2_000_000;

    /// <summary>Most pages in one PDF.</summary>
    public const int MaximumPages = 300;
}

/// <summary>The size check and byte-array convenience shared by the two documents.</summary>
internal static class BoundedPdf
{
    /// <summary>Refuses over-long text before any layout, then lays out, checks pages, and writes.</summary>
    public static void Write(long characters, string what, Func<Composition.Document> compose, Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (characters > NoticeLimits.MaximumCharacters)
        {
            throw new NoticeTooLargeException(
                $"{what} {characters} characters of text; the limit is {NoticeLimits.MaximumCharacters}.");
        }

        compose().WithMaximumPages(NoticeLimits.MaximumPages).GeneratePdf(output);
    }

    public static byte[] ToBytes(Action<Stream> write)
    {
        using var output = new MemoryStream();
        write(output);
        return output.ToArray();
    }
}
