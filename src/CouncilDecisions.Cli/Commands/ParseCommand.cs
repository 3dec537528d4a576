using System.CommandLine;
using System.Globalization;
using CouncilDecisions.Importer.Parsing;

namespace CouncilDecisions.Cli.Commands;

/// <summary><c>parse FILE... [--json] [--council NAME]</c>: parse minute texts and print what was found.</summary>
public static class ParseCommand
{
    /// <summary>Exit code when a file cannot be read.</summary>
    public const int UnreadableFileExitCode = 2;

    public static Command Create()
    {
        var files = new Argument<FileInfo[]>("FILE")
        {
            Arity = ArgumentArity.OneOrMore,
            Description = "Text files of published decision, issue or agenda-item pages (UTF-8).",
        };
        var json = new Option<bool>("--json")
        {
            Description = "Write the JSON contract (one object for one file, an array for several) instead of a summary.",
        };
        var council = new Option<string?>("--council")
        {
            Description = "Council to record when the text names none.",
        };

        var command = new Command("parse", "Parse minute texts and print the structured document (nothing is written to the database).");
        command.Arguments.Add(files);
        command.Options.Add(json);
        command.Options.Add(council);
        command.SetAction(result => Run(
            result.GetValue(files) ?? [],
            result.GetValue(json),
            result.GetValue(council),
            result.InvocationConfiguration.Output,
            result.InvocationConfiguration.Error));
        return command;
    }

    /// <summary>Reads every file first: if any cannot be read nothing is printed and the exit code is 2.</summary>
    internal static int Run(IReadOnlyList<FileInfo> files, bool json, string? council, TextWriter output, TextWriter error)
    {
        var contents = new List<(string Path, byte[] Bytes)>();
        var failed = false;
        foreach (var file in files)
        {
            try
            {
                contents.Add((file.FullName, File.ReadAllBytes(file.FullName)));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException or System.Security.SecurityException)
            {
                error.WriteLine($"parse: cannot read {file.FullName}: {ex.Message}");
                failed = true;
            }
        }

        if (failed)
        {
            return UnreadableFileExitCode;
        }

        var options = new ParseOptions { Council = council };
        var documents = contents.ConvertAll(c => MinuteParser.Parse(c.Bytes, options));
        if (json)
        {
            output.WriteLine(documents.Count == 1 ? ParsedDocumentJson.Serialize(documents[0]) : ParsedDocumentJson.Serialize(documents));
            return 0;
        }

        for (var i = 0; i < documents.Count; i++)
        {
            WriteSummary(output, contents[i].Path, documents[i]);
        }

        return 0;
    }

    private static void WriteSummary(TextWriter output, string path, ParsedDocument document)
    {
        var c = CultureInfo.InvariantCulture;
        output.WriteLine($"== {path}");
        Line(output, "Kind", KindText(document.Kind));
        Line(output, "Council", document.Council);
        Line(output, "Title", document.Title);
        if (document.Meeting is { } meeting)
        {
            Line(output, "Meeting", string.Join(" - ", new[] { meeting.Date?.ToString("yyyy-MM-dd", c), meeting.Body, meeting.ItemNumber is null ? null : "item " + meeting.ItemNumber }.Where(s => s is not null)));
        }

        foreach (var other in document.Meetings.Skip(1))
        {
            Line(output, "Earlier meeting", $"{other.Date?.ToString("yyyy-MM-dd", c)} - {other.Body} - item {other.ItemNumber}");
        }

        if (document.Decision is { } d)
        {
            Line(output, "Decision maker", d.Maker);
            Line(output, "Status", d.Status);
            Line(output, "Key decision", d.KeyDecision?.ToString(c));
            Line(output, "Subject to call-in", d.SubjectToCallIn?.ToString(c));
            Line(output, "Date of decision", d.Date?.ToString("yyyy-MM-dd", c));
            Line(output, "Publication date", d.PublicationDate?.ToString("yyyy-MM-dd", c));
            Line(output, "Purpose", Shorten(d.Purpose));
            Line(output, "Decision", Shorten(d.Text));
            Line(output, "Reasons", Shorten(d.Reasons));
            Line(output, "Alternatives", Shorten(d.Alternatives));
            Line(output, "Conflicts of interest", Shorten(d.ConflictsOfInterest));
        }

        List(output, "Recommendations", document.Recommendations.Select(r => $"{r.Label} {r.Text}"));
        List(output, "Resolutions", document.Resolutions.Select(r => $"{r.Label} {r.Text}"));
        List(output, "Scrutiny", document.ScrutinyComments.Select(s => $"{KindText(s.Kind)} {s.Label} {Shorten(s.Text)}"));
        List(output, "Minutes", document.Minutes.Select(m => $"{m.Number} {Shorten(m.Text)}"));
        List(output, "People", document.People.Select(p => $"{p.Name} ({KindText(p.Role)}{(p.Title is null ? string.Empty : ", " + p.Title)})"));
        List(output, "Attendance", document.Attendance.Select(a => $"{a.Name} {KindText(a.Event)} {a.Time}"));
        List(output, "Votes", document.Votes.Select(v =>
            $"outcome={v.Outcome?.ToString() ?? "-"} unanimous={v.Unanimous?.ToString(c) ?? "-"} for={v.For?.ToString(c) ?? "-"} against={v.Against?.ToString(c) ?? "-"} abstained={v.Abstained?.ToString(c) ?? "-"} moved={v.MovedBy ?? "-"} seconded={v.SecondedBy ?? "-"}"));
        List(output, "Extras", document.Extras.Select(e => $"{e.Key}: {Shorten(e.Value)}"));
        List(output, "Warnings", document.Warnings);
        output.WriteLine();
    }

    private static string KindText<T>(T value)
        where T : struct, Enum =>
        System.Text.Json.JsonSerializer.Serialize(value, ParsedDocumentJson.Options).Trim('"');

    private static void Line(TextWriter output, string label, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            output.WriteLine($"{label,-22} {value}");
        }
    }

    private static void List(TextWriter output, string label, IEnumerable<string> items)
    {
        var all = items.ToList();
        if (all.Count == 0)
        {
            return;
        }

        output.WriteLine($"{label} ({all.Count}):");
        foreach (var item in all)
        {
            output.WriteLine($"  - {item}");
        }
    }

    private static string? Shorten(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var flat = text.Replace("\n\n", " ¶ ", StringComparison.Ordinal);
        return flat.Length > 110 ? flat[..110] + "…" : flat;
    }
}
