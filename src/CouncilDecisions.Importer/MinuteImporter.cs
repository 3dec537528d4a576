using System.Globalization;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using CouncilDecisions.Data;
using CouncilDecisions.Domain;
using CouncilDecisions.Importer.Parsing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using DomainPersonRole = CouncilDecisions.Domain.PersonRole;
using DomainScrutinyKind = CouncilDecisions.Domain.ScrutinyCommentKind;
using DomainVoteOutcome = CouncilDecisions.Domain.VoteOutcome;
using ParsedPersonRole = CouncilDecisions.Importer.Parsing.PersonRole;

namespace CouncilDecisions.Importer;

/// <summary>
/// Writes parsed minute texts into the database: one transaction per text, idempotent by SHA-256, and a changed
/// text of a page imported before updates the same records while the earlier text is kept.
/// </summary>
public sealed partial class MinuteImporter(DecisionsDbContext db, ILogger<MinuteImporter> logger)
{
    /// <summary>The council recorded when neither the text nor the caller names one.</summary>
    public const string UnnamedCouncil = "Council not named in source";

    private static readonly string UnnamedCouncilSlug = Slugs.From(UnnamedCouncil);

    /// <summary>Parses <paramref name="request"/>'s text and imports it.</summary>
    public async Task<ImportResult> ImportAsync(ImportRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var document = MinuteParser.Parse(request.Content, new ParseOptions { Council = request.Council });
        return await ImportParsedAsync(request, document, cancellationToken);
    }

    /// <summary>
    /// Imports a document already parsed from <paramref name="request"/>'s text, possibly corrected by an officer
    /// before saving. Nothing is written when the result is <see cref="ImportOutcome.Failed"/>.
    /// </summary>
    public async Task<ImportResult> ImportParsedAsync(ImportRequest request, ParsedDocument document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(document);
        var warnings = document.Warnings;
        if (document.HasError || document.Kind == DocumentKind.Unknown)
        {
            var reason = document.Error ?? (warnings.Count > 0 ? warnings[0] : "The text is not a minute or decision page.");
            LogRejected(request.FileName, reason);
            return new ImportResult(request.FileName, ImportOutcome.Failed) { Warnings = warnings, Error = reason };
        }

        var sha = Convert.ToHexStringLower(SHA256.HashData(request.Content));
        var councilName = CouncilNameOf(document, request);
        var councilSlug = Slugs.From(councilName);

        // "The same page" is the same source key within the same council, so two councils' "minutes.txt" never
        // meet. A page filed under no council is the same page once a text or --council names it, so its records
        // move rather than being imported twice. Only the current text counts: a page that goes back to an
        // earlier text is updated back to it.
        var current = await db.SourceDocuments.AsNoTracking()
            .Where(s => s.SourceKey == request.SourceKey && s.SupersededById == null
                && (s.Council!.Slug == councilSlug || s.Council!.Slug == UnnamedCouncilSlug))
            .OrderByDescending(s => s.Council!.Slug == councilSlug)
            .ThenByDescending(s => s.Id)
            .Select(s => new CurrentSource(s.Id, s.Sha256, s.ParserVersion, s.ImportedUtc, s.Council!.Slug))
            .FirstOrDefaultAsync(cancellationToken);
        if (current is not null && IsUnchanged(current, request, sha, councilSlug))
        {
            return new ImportResult(request.FileName, ImportOutcome.Unchanged) { Warnings = warnings, SourceDocumentId = current.Id };
        }

        var strategy = db.Database.CreateExecutionStrategy();
        try
        {
            return await strategy.ExecuteAsync(async ct =>
            {
                db.ChangeTracker.Clear();
                await using var transaction = await db.Database.BeginTransactionAsync(ct);
                var result = await WriteAsync(request, document, councilName, sha, current, new TrackedRecords(db), ct);
                await transaction.CommitAsync(ct);
                return result;
            }, cancellationToken);
        }
        catch (EditedSinceImportException ex)
        {
            db.ChangeTracker.Clear();
            LogConflict(request.FileName, ex.Message);
            return new ImportResult(request.FileName, ImportOutcome.Failed) { Warnings = warnings, Error = ex.Message, IsConflict = true };
        }
        catch (Exception ex) when (ex is DbUpdateException or InvalidOperationException or ArgumentException)
        {
            db.ChangeTracker.Clear();
            LogFailed(ex, request.FileName);
            return new ImportResult(request.FileName, ImportOutcome.Failed)
            {
                Warnings = warnings,
                Error = "The text could not be saved; nothing was written. " + ex.GetBaseException().Message,
            };
        }
    }

    private async Task<ImportResult> WriteAsync(ImportRequest request, ParsedDocument document, string councilName, string sha, CurrentSource? previous, IImportRecords records, CancellationToken ct)
    {
        var now = db.Clock.GetUtcNow().UtcDateTime;
        var state = request.AsDraft ? PublicationState.Draft : PublicationState.Published;
        var council = await records.CouncilAsync(councilName, ct);

        Decision? decision = null;
        AgendaItem? item = null;
        if (previous is not null)
        {
            decision = await db.Decisions
                .Include(d => d.Resolutions).Include(d => d.ScrutinyComments).Include(d => d.Extras).Include(d => d.PersonLinks)
                .Where(d => d.SourceDocumentId == previous.Id)
                .OrderBy(d => d.Id)
                .FirstOrDefaultAsync(ct);
            item = await db.AgendaItems
                .Include(a => a.Recommendations).Include(a => a.Minutes).Include(a => a.Extras).Include(a => a.PersonLinks)
                .Include(a => a.Votes).ThenInclude(v => v.PersonLinks)
                .Where(a => a.SourceDocumentId == previous.Id)
                .OrderByDescending(a => a.Id)
                .FirstOrDefaultAsync(ct);
            if (!request.ReplaceEdited)
            {
                await RefuseIfEditedAsync(previous, decision, item, ct);
            }
        }

        var source = new SourceDocument
        {
            Council = council,
            SourceKey = request.SourceKey,
            FileName = request.FileName,
            Text = TextOf(request.Content),
            Sha256 = sha,
            Kind = KindName(document.Kind),
            ImportedUtc = now,
            ParserVersion = MinuteParser.Version,
            ImportedBy = request.ImportedBy,
            Warnings = [.. document.Warnings],
        };
        records.Add(source);

        var before = Snapshot(decision, item);
        var meetings = await MeetingsAsync(council, document, state, records, ct);
        (Meeting Meeting, string? Number)? newest = meetings.Count > 0 ? meetings[0] : null;
        var parsedDecision = document.Decision;
        var title = TitleOf(document);

        // Every page but a standalone "Decision details" is about an agenda item; an issue considered at
        // several meetings gets one item per meeting, grouped by its issue, with the content on the newest.
        if (document.Kind != DocumentKind.DecisionDetails || newest is not null)
        {
            var issue = document.Kind == DocumentKind.IssueMeetings ? await IssueAsync(council, title, document, records, ct) : null;
            foreach (var (meeting, number) in meetings.Skip(1))
            {
                if (!await records.ConsideredAsync(meeting, title, ct))
                {
                    records.Add(new AgendaItem
                    {
                        Council = council, Meeting = meeting, Issue = issue, Number = number, Title = title,
                        Position = PositionOf(number), State = state, PublishedUtc = PublishedAt(state, now), SourceDocument = source,
                    });
                }
            }

            item ??= new AgendaItem { Council = council, Title = title };
            item.Council = council;
            item.Meeting = newest?.Meeting;
            item.Issue = issue ?? item.Issue;
            item.Number = newest?.Number;
            item.Position = PositionOf(newest?.Number);
            item.Title = title;
            item.Summary = parsedDecision?.Purpose;
            item.IsKeyDecision = parsedDecision?.KeyDecision;
            item.ForwardPlanReference = Clip(Extra(document, "Forward Plan Ref", "Forward Plan Reference", "Forward plan reference", "Forward Plan"), 100);
            item.ReportReference = Clip(ReportReference(document), 200);
            item.SourceDocument = source;
            item.IsExempt = false;
            if (item.Id == 0)
            {
                item.State = state;
                item.PublishedUtc = PublishedAt(state, now);
                records.Add(item);
            }

            ReplaceItemContent(item, document);
        }

        var hasDecision = document.Kind == DocumentKind.DecisionDetails
            || document.Resolutions.Count > 0
            || !string.IsNullOrWhiteSpace(parsedDecision?.Text);
        if (hasDecision)
        {
            decision ??= new Decision { Council = council, Title = title, Slug = Slugs.From(title) };
            decision.Council = council;
            decision.AgendaItem = item;
            decision.Title = title;
            if (decision.Id == 0 || decision.State == PublicationState.Draft)
            {
                decision.Slug = Slugs.From(title);
            }

            var makerName = Clip(parsedDecision?.Maker, 300) ?? newest?.Meeting.Body.Name;
            decision.DecisionMaker = makerName;
            decision.MakerBody = makerName is null ? null
                : newest is { } n && string.Equals(n.Meeting.Body.Name, makerName, StringComparison.OrdinalIgnoreCase) ? n.Meeting.Body
                : await records.BodyAsync(council, makerName, ct);
            decision.Status = Clip(parsedDecision?.Status, 200);
            decision.IsKeyDecision = parsedDecision?.KeyDecision;
            decision.IsSubjectToCallIn = parsedDecision?.SubjectToCallIn;
            decision.CallInStatus = CallInFromStatus(parsedDecision?.Status);
            decision.Purpose = parsedDecision?.Purpose;
            decision.DecisionText = parsedDecision?.Text;
            decision.Reasons = parsedDecision?.Reasons;
            decision.AlternativesConsidered = parsedDecision?.Alternatives;
            decision.ConflictsOfInterest = parsedDecision?.ConflictsOfInterest;
            decision.DecisionDate = parsedDecision?.Date ?? newest?.Meeting.Date;
            decision.PublicationDate = parsedDecision?.PublicationDate;
            decision.SourceDocument = source;
            if (decision.Id == 0)
            {
                decision.State = state;
                decision.PublishedUtc = PublishedAt(state, now);
                records.Add(decision);
            }

            ReplaceDecisionContent(decision, document, item is null);
        }

        await LinkPeopleAsync(council, document, source.Text, item, decision, newest?.Meeting, records, ct);
        await records.SaveAsync(ct);

        if (previous is not null)
        {
            // One UPDATE, without loading the earlier text (up to 5 MB) into the change tracker.
            await db.SourceDocuments.Where(s => s.Id == previous.Id)
                .ExecuteUpdateAsync(u => u.SetProperty(s => s.SupersededById, source.Id), ct);
        }

        var kind = previous is null ? ChangeKind.Imported : ChangeKind.Updated;
        var after = Snapshot(decision, item);
        var summary = previous is null ? $"Imported from {request.FileName}"
            : previous.Sha256 == sha && previous.ParserVersion != MinuteParser.Version ? $"Re-read from {request.FileName} by parser {MinuteParser.Version} (was {previous.ParserVersion})"
            : $"Re-imported from {request.FileName}";
        if (item is not null)
        {
            records.Add(NewChange(nameof(AgendaItem), item.Id, item.Revision, kind, request, now, summary, state, Diff(before.Item, after.Item)));
        }

        if (decision is not null)
        {
            records.Add(NewChange(nameof(Decision), decision.Id, decision.Revision, kind, request, now, summary, state, Diff(before.Decision, after.Decision)));
        }

        await records.SaveAsync(ct);
        if (records.LogsEachText)
        {
            LogImported(request.FileName, kind, decision?.Id, item?.Id);
        }

        return new ImportResult(request.FileName, previous is null ? ImportOutcome.Imported : ImportOutcome.Updated)
        {
            Warnings = document.Warnings,
            DecisionId = decision?.Id,
            AgendaItemId = item?.Id,
            SourceDocumentId = source.Id,
        };
    }

    /// <summary>
    /// An officer's edit since the last import (a field, a part, the call-in state) would be silently replaced by
    /// the new text; refuse unless the caller asked to replace edits. The change log would keep them, but the
    /// record shown to residents would lose them.
    /// </summary>
    private async Task RefuseIfEditedAsync(CurrentSource previous, Decision? decision, AgendaItem? item, CancellationToken ct)
    {
        if (decision is null && item is null)
        {
            return;
        }

        // 0 matches no record: keys start at 1.
        var decisionId = decision?.Id ?? 0;
        var itemId = item?.Id ?? 0;
        var edit = await db.ChangeRecords.AsNoTracking()
            .Where(c => c.Kind == ChangeKind.Updated && c.ChangedUtc > previous.ImportedUtc
                && ((c.EntityType == nameof(Decision) && c.EntityId == decisionId) || (c.EntityType == nameof(AgendaItem) && c.EntityId == itemId)))
            .OrderByDescending(c => c.ChangedUtc)
            .Select(c => new { c.EntityType, c.EntityId, c.ChangedBy, c.ChangedUtc })
            .FirstOrDefaultAsync(ct);
        if (edit is not null)
        {
            var what = edit.EntityType == nameof(Decision) ? "Decision" : "Agenda item";
            var when = edit.ChangedUtc.ToString("d MMMM yyyy 'at' HH:mm", CultureInfo.InvariantCulture);
            throw new EditedSinceImportException(
                $"{what} {edit.EntityId} was edited by {edit.ChangedBy} on {when} UTC, after its last import. "
                + "Importing this text would replace those edits, so nothing was written. Make the change in the workspace instead.");
        }
    }

    private static ChangeRecord NewChange(string type, int id, int revision, ChangeKind kind, ImportRequest request, DateTime now, string summary, PublicationState state, List<FieldChange> fields) =>
        new()
        {
            EntityType = type, EntityId = id, Revision = revision, Kind = kind, ChangedUtc = now,
            ChangedBy = request.ImportedBy, ChangedByUserId = request.ImportedByUserId, Summary = summary,
            IsPublic = state != PublicationState.Draft, Fields = fields,
        };

    private static void ReplaceItemContent(AgendaItem item, ParsedDocument document)
    {
        item.Recommendations.Clear();
        item.Recommendations.AddRange(document.Recommendations.Select((r, i) => new Recommendation { Position = i + 1, Label = Clip(r.Label, 20), Text = r.Text }));
        item.Minutes.Clear();
        item.Minutes.AddRange(document.Minutes.Select((m, i) => new MinuteParagraph { Position = i + 1, Number = Clip(m.Number, 20), Text = m.Text }));
        item.Extras.Clear();
        if (document.Kind != DocumentKind.DecisionDetails)
        {
            item.Extras.AddRange(ExtrasOf(document));
        }

        item.Votes.Clear();
        item.PersonLinks.Clear();
    }

    private static void ReplaceDecisionContent(Decision decision, ParsedDocument document, bool standalone)
    {
        decision.Resolutions.Clear();
        decision.Resolutions.AddRange(document.Resolutions.Select((r, i) => new Resolution { Position = i + 1, Label = Clip(r.Label, 20), Text = r.Text }));
        decision.ScrutinyComments.Clear();
        decision.ScrutinyComments.AddRange(document.ScrutinyComments.Select((s, i) => new ScrutinyComment
        {
            Position = i + 1,
            Kind = s.Kind == Parsing.ScrutinyCommentKind.Response ? DomainScrutinyKind.Response : DomainScrutinyKind.Comment,
            Label = Clip(s.Label, 20),
            Text = s.Text,
        }));
        decision.Extras.Clear();
        if (document.Kind == DocumentKind.DecisionDetails || standalone)
        {
            decision.Extras.AddRange(ExtrasOf(document));
        }

        decision.PersonLinks.Clear();
    }

    private static IEnumerable<ExtraField> ExtrasOf(ParsedDocument document) =>
        document.Extras.Select((e, i) => new ExtraField { Position = i + 1, Label = Clip(e.Key, 300)!, Value = e.Value });

    private static async Task LinkPeopleAsync(Council council, ParsedDocument document, string text, AgendaItem? item, Decision? decision, Meeting? meeting, IImportRecords records, CancellationToken ct)
    {
        var people = new Dictionary<string, Person>(StringComparer.Ordinal);
        async Task<Person> PersonAsync(string name, PersonKind kind, string? title)
        {
            var slug = Slugs.From(name);
            if (!people.TryGetValue(slug, out var person))
            {
                person = await records.FindPersonAsync(council, slug, ct);
                if (person is null)
                {
                    person = new Person { Council = council, Name = Clip(name, 300)!, Slug = slug, Kind = kind };
                    records.Add(person);
                }

                people[slug] = person;
            }

            var clipped = Clip(title, 300);
            if (clipped is not null && !person.Titles.Any(t => string.Equals(t.Title, clipped, StringComparison.Ordinal)))
            {
                var added = new PersonTitle { Title = clipped };
                person.Titles.Add(added);
                records.Add(added, person);
            }

            return person;
        }

        PersonLink Link(Person person, DomainPersonRole role, string? title = null, TimeOnly? time = null)
        {
            var link = new PersonLink { Person = person, Role = role, Title = Clip(title, 300), Time = time, Meeting = meeting };
            if (item is not null)
            {
                item.PersonLinks.Add(link);
            }
            else
            {
                decision?.PersonLinks.Add(link);
            }

            return link;
        }

        foreach (var parsed in document.People)
        {
            var kind = parsed.Role == ParsedPersonRole.Officer ? PersonKind.Officer : PersonKind.Councillor;
            var person = await PersonAsync(parsed.Name, kind, parsed.Title);
            var contact = kind == PersonKind.Officer && IsNamedInContactField(text, parsed.Name);
            if (contact && item is not null && item.ContactOfficer is null)
            {
                item.ContactOfficer = person;
            }

            Link(person, contact ? DomainPersonRole.ContactOfficer : DomainPersonRole.Mentioned, parsed.Title);
        }

        foreach (var attendance in document.Attendance)
        {
            var person = await PersonAsync(attendance.Name, PersonKind.Councillor, null);
            var time = TimeOnly.TryParseExact(attendance.Time, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var t) ? t : (TimeOnly?)null;
            Link(person, attendance.Event == AttendanceEvent.Left ? DomainPersonRole.Left : DomainPersonRole.Arrived, time: time);
        }

        if (item is null)
        {
            return;
        }

        var position = 0;
        foreach (var parsed in document.Votes)
        {
            var vote = new Vote
            {
                Position = ++position,
                Outcome = parsed.Outcome switch
                {
                    Parsing.VoteOutcome.Carried => DomainVoteOutcome.Carried,
                    Parsing.VoteOutcome.Lost => DomainVoteOutcome.Lost,
                    _ => null,
                },
                Unanimous = parsed.Unanimous,
                For = parsed.For,
                Against = parsed.Against,
                Abstained = parsed.Abstained,
            };
            item.Votes.Add(vote);
            if (parsed.MovedBy is not null)
            {
                var link = Link(await PersonAsync(parsed.MovedBy, PersonKind.Councillor, null), DomainPersonRole.Moved);
                link.Vote = vote;
            }

            if (parsed.SecondedBy is not null)
            {
                var link = Link(await PersonAsync(parsed.SecondedBy, PersonKind.Councillor, null), DomainPersonRole.Seconded);
                link.Vote = vote;
            }
        }
    }

    private async Task<List<(Meeting Meeting, string? Number)>> MeetingsAsync(Council council, ParsedDocument document, PublicationState state, IImportRecords records, CancellationToken ct)
    {
        var result = new List<(Meeting, string?)>();
        foreach (var m in DatedMeetings(document))
        {
            var body = await records.BodyAsync(council, MeetingBodyName(m), ct);
            var date = m.Date!.Value;
            var meeting = await records.FindMeetingAsync(body, date, ct);
            if (meeting is null)
            {
                meeting = new Meeting
                {
                    Body = body, Date = date, Status = MeetingStatus.Held, State = state,
                    PublishedUtc = PublishedAt(state, db.Clock.GetUtcNow().UtcDateTime),
                };
                records.Add(meeting);
            }
            else if (meeting.State == PublicationState.Draft && state == PublicationState.Published)
            {
                meeting.State = PublicationState.Published;
                meeting.PublishedUtc = db.Clock.GetUtcNow().UtcDateTime;
            }

            result.Add((meeting, Clip(m.ItemNumber, 20)));
        }

        return result;
    }

    // The meetings a text names with a date, newest first, and the body name each is filed under.
    private static IEnumerable<ParsedMeeting> DatedMeetings(ParsedDocument document) =>
        (document.Meetings.Count > 0 ? document.Meetings : document.Meeting is null ? [] : [document.Meeting]).Where(m => m.Date is not null);

    private static string MeetingBodyName(ParsedMeeting meeting) => Clip(meeting.Body, 300) ?? "Unknown body";

    private static async Task<Issue> IssueAsync(Council council, string title, ParsedDocument document, IImportRecords records, CancellationToken ct)
    {
        var issue = await records.FindIssueAsync(council, Slugs.From(title), ct);
        if (issue is null)
        {
            issue = new Issue { Council = council, Title = title, Slug = Slugs.From(title) };
            records.Add(issue);
        }

        issue.ForwardPlanReference ??= IssueForwardPlanReference(document);
        return issue;
    }

    private static string? IssueForwardPlanReference(ParsedDocument document) =>
        Clip(Extra(document, "Forward Plan Ref", "Forward Plan Reference", "Forward Plan"), 100);

    private static string? Extra(ParsedDocument document, params string[] labels)
    {
        foreach (var (key, value) in document.Extras)
        {
            var bare = key.TrimEnd(':', ' ');
            if (labels.Any(l => string.Equals(l, bare, StringComparison.OrdinalIgnoreCase)))
            {
                return value;
            }
        }

        return null;
    }

    private static string? ReportReference(ParsedDocument document)
    {
        var reportBy = Extra(document, "Report by", "Reported by");
        if (reportBy is null)
        {
            return null;
        }

        // "Report by Head of ICT (Interim) (CA6)." prints the report's reference last, in brackets.
        var match = ReportReferencePattern().Match(reportBy);
        return match.Success ? match.Groups[1].Value : null;
    }

    private static bool IsNamedInContactField(string text, string name)
    {
        foreach (Match match in ContactFieldPattern().Matches(text))
        {
            if (match.Groups["value"].Value.Contains(name, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static CallInStatus CallInFromStatus(string? status) =>
        status is not null && status.Contains("called", StringComparison.OrdinalIgnoreCase) && status.Contains("in", StringComparison.OrdinalIgnoreCase)
            ? CallInStatus.Requested
            : CallInStatus.None;

    private static int PositionOf(string? number)
    {
        var digits = new string((number ?? string.Empty).TakeWhile(char.IsAsciiDigit).Take(9).ToArray());
        return int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0;
    }

    private static string CouncilNameOf(ParsedDocument document, ImportRequest request) =>
        Clip(document.Council ?? request.Council ?? UnnamedCouncil, 300)!;

    private static string TitleOf(ParsedDocument document) => Clip(document.Title, 1000) ?? "Untitled";

    private static DateTime? PublishedAt(PublicationState state, DateTime now) => state == PublicationState.Published ? now : null;

    private static string? Clip(string? value, int length) =>
        string.IsNullOrWhiteSpace(value) ? null : value.Length <= length ? value : value[..length];

    private static string TextOf(byte[] content) =>
        System.Text.Encoding.UTF8.GetString(content).Replace("\0", string.Empty, StringComparison.Ordinal);

    /// <summary>The kind as the JSON contract names it.</summary>
    public static string KindName(DocumentKind kind) => kind switch
    {
        DocumentKind.DecisionDetails => "decision-details",
        DocumentKind.IssueMeetings => "issue-meetings",
        DocumentKind.AgendaItem => "agenda-item",
        _ => "unknown",
    };

    private static (Dictionary<string, string?> Decision, Dictionary<string, string?> Item) Snapshot(Decision? decision, AgendaItem? item) =>
        (decision is null ? [] : new Dictionary<string, string?>
        {
            ["Title"] = decision.Title,
            ["Decision maker"] = decision.DecisionMaker,
            ["Status"] = decision.Status,
            ["Key decision"] = decision.IsKeyDecision?.ToString(),
            ["Subject to call-in"] = decision.IsSubjectToCallIn?.ToString(),
            ["Purpose"] = decision.Purpose,
            ["Decision"] = decision.DecisionText,
            ["Reasons"] = decision.Reasons,
            ["Alternatives considered"] = decision.AlternativesConsidered,
            ["Conflicts of interest"] = decision.ConflictsOfInterest,
            ["Decision date"] = decision.DecisionDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["Publication date"] = decision.PublicationDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["Resolutions"] = string.Join("\n", decision.Resolutions.OrderBy(r => r.Position).Select(r => $"{r.Label} {r.Text}")),
        },
        item is null ? [] : new Dictionary<string, string?>
        {
            ["Title"] = item.Title,
            ["Number"] = item.Number,
            ["Summary"] = item.Summary,
            ["Recommendations"] = string.Join("\n", item.Recommendations.OrderBy(r => r.Position).Select(r => $"{r.Label} {r.Text}")),
            ["Minutes"] = string.Join("\n\n", item.Minutes.OrderBy(m => m.Position).Select(m => $"{m.Number} {m.Text}")),
        });

    private static List<FieldChange> Diff(Dictionary<string, string?> before, Dictionary<string, string?> after) =>
        [.. after.Where(a => !before.TryGetValue(a.Key, out var old) || !string.Equals(old, a.Value, StringComparison.Ordinal))
            .Select(a => new FieldChange(a.Key, before.GetValueOrDefault(a.Key), a.Value))];

    [GeneratedRegex(@"\(([A-Za-z0-9/.\-]{1,20})\)\.?\s*$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ReportReferencePattern();

    [GeneratedRegex(@"^[ \t]*(?:Contact(?: officer)?|Officer|Lead officer|Report author)s?[ \t]*:+[ \t]*(?<value>[^\n]{1,300})", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.Multiline, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ContactFieldPattern();

    [LoggerMessage(Level = LogLevel.Warning, Message = "Import of {FileName} rejected: {Reason}")]
    private partial void LogRejected(string fileName, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Import of {FileName} refused, records edited since their last import: {Reason}")]
    private partial void LogConflict(string fileName, string reason);

    private sealed record CurrentSource(int Id, string Sha256, string ParserVersion, DateTime ImportedUtc, string CouncilSlug);

    private sealed class EditedSinceImportException(string message) : Exception(message);

    [LoggerMessage(Level = LogLevel.Error, Message = "Import of {FileName} failed and was rolled back")]
    private partial void LogFailed(Exception exception, string fileName);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Kind} {FileName}: decision {DecisionId}, agenda item {AgendaItemId}")]
    private partial void LogImported(string fileName, ChangeKind kind, int? decisionId, int? agendaItemId);
}
