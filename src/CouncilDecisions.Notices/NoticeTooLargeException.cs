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
