using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CouncilDecisions.Importer.Parsing;

/// <summary>Writes <see cref="ParsedDocument"/>s as the JSON contract of <c>parse --json</c> (see docs/importer.md).</summary>
public static class ParsedDocumentJson
{
    /// <summary>
    /// The serializer options of the contract: camelCase, nulls written, indented, kebab-case enum values,
    /// non-ASCII text (curly quotes, £, Welsh) written as is.
    /// </summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    /// <summary>Serialises one document as a JSON object.</summary>
    /// <param name="document">The parsed document.</param>
    /// <returns>Indented JSON text.</returns>
    public static string Serialize(ParsedDocument document) => JsonSerializer.Serialize(document, Options);

    /// <summary>Serialises several documents as a JSON array.</summary>
    /// <param name="documents">The parsed documents.</param>
    /// <returns>Indented JSON text.</returns>
    public static string Serialize(IReadOnlyList<ParsedDocument> documents) => JsonSerializer.Serialize(documents, Options);

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            DefaultIgnoreCondition = JsonIgnoreCondition.Never,
            WriteIndented = true,
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false));
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
