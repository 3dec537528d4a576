using System.Globalization;
using CouncilDecisions.Domain;
using CouncilDecisions.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;

namespace CouncilDecisions.Web.Features.Workspace;

/// <summary>The workspace home, and creating and editing councils, bodies, people, meetings and agenda items.</summary>
[Route("workspace")]
public sealed class RecordsController(RecordEditor editor, DecisionWorkflow workflow, WorkspaceQueries queries, MarkdownRenderer markdown)
    : WorkspaceControllerBase(markdown)
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken ct) => View(await queries.DashboardAsync(ct));

    [HttpGet("councils/new")]
    public Task<IActionResult> NewCouncil(CancellationToken ct) => ShowAsync(new CouncilForm(), null, "councils", "council", ct);

    [HttpPost("councils/new")]
    public Task<IActionResult> NewCouncil(CouncilForm form, string? submit, CancellationToken ct) => SaveAsync<Council, CouncilForm>(null, form, submit, "councils", "council", ct);

    [HttpGet("councils/{id:int}/edit")]
    public Task<IActionResult> EditCouncil(int id, CancellationToken ct) => LoadAsync<Council, CouncilForm>(id, "councils", "council", ct);

    [HttpPost("councils/{id:int}/edit")]
    public Task<IActionResult> EditCouncil(int id, CouncilForm form, string? submit, CancellationToken ct) => SaveAsync<Council, CouncilForm>(id, form, submit, "councils", "council", ct);

    [HttpGet("bodies/new")]
    public Task<IActionResult> NewBody(CancellationToken ct) => ShowAsync(new BodyForm(), null, "bodies", "committee or body", ct);

    [HttpPost("bodies/new")]
    public Task<IActionResult> NewBody(BodyForm form, string? submit, CancellationToken ct) => SaveAsync<Body, BodyForm>(null, form, submit, "bodies", "committee or body", ct);

    [HttpGet("bodies/{id:int}/edit")]
    public Task<IActionResult> EditBody(int id, CancellationToken ct) => LoadAsync<Body, BodyForm>(id, "bodies", "committee or body", ct);

    [HttpPost("bodies/{id:int}/edit")]
    public Task<IActionResult> EditBody(int id, BodyForm form, string? submit, CancellationToken ct) => SaveAsync<Body, BodyForm>(id, form, submit, "bodies", "committee or body", ct);

    [HttpGet("people/new")]
    public Task<IActionResult> NewPerson(CancellationToken ct) => ShowAsync(new PersonForm(), null, "people", "person", ct);

    [HttpPost("people/new")]
    public Task<IActionResult> NewPerson(PersonForm form, string? submit, CancellationToken ct) => SaveAsync<Person, PersonForm>(null, form, submit, "people", "person", ct);

    [HttpGet("people/{id:int}/edit")]
    public Task<IActionResult> EditPerson(int id, CancellationToken ct) => LoadAsync<Person, PersonForm>(id, "people", "person", ct);

    [HttpPost("people/{id:int}/edit")]
    public Task<IActionResult> EditPerson(int id, PersonForm form, string? submit, CancellationToken ct) => SaveAsync<Person, PersonForm>(id, form, submit, "people", "person", ct);

    [HttpGet("meetings/new")]
    public Task<IActionResult> NewMeeting(CancellationToken ct) => ShowAsync(new MeetingForm(), null, "meetings", "meeting", ct);

    [HttpPost("meetings/new")]
    public Task<IActionResult> NewMeeting(MeetingForm form, string? submit, CancellationToken ct) => SaveAsync<Meeting, MeetingForm>(null, form, submit, "meetings", "meeting", ct);

    [HttpGet("meetings/{id:int}/edit")]
    public Task<IActionResult> EditMeeting(int id, CancellationToken ct) => LoadAsync<Meeting, MeetingForm>(id, "meetings", "meeting", ct);

    [HttpPost("meetings/{id:int}/edit")]
    public Task<IActionResult> EditMeeting(int id, MeetingForm form, string? submit, CancellationToken ct) => SaveAsync<Meeting, MeetingForm>(id, form, submit, "meetings", "meeting", ct);

    [HttpPost("meetings/{id:int}/publish")]
    public async Task<IActionResult> PublishMeeting(int id, [FromForm] int revision, CancellationToken ct) =>
        await OutcomeAsync(await workflow.PublishAsync<Meeting>(id, revision, CurrentActor, ct), _ => "/workspace",
            async conflict => (object)await PageAsync(MeetingForm.From((await editor.FindAsync<Meeting>(id, ct))!), id, "meetings", "meeting", new EditorState([], conflict), ct), "EditRecord");

    [HttpGet("items/new")]
    public Task<IActionResult> NewItem(CancellationToken ct) => ShowAsync(new AgendaItemForm(), null, "items", "agenda item", ct);

    [HttpPost("items/new")]
    public Task<IActionResult> NewItem(AgendaItemForm form, string? submit, CancellationToken ct) => SaveAsync<AgendaItem, AgendaItemForm>(null, form, submit, "items", "agenda item", ct);

    [HttpGet("items/{id:int}")]
    public async Task<IActionResult> Item(int id, string? message, CancellationToken ct) =>
        await queries.ItemAsync(id, message, ct) is { } model ? View(model) : NotFound();

    [HttpGet("items/{id:int}/edit")]
    public Task<IActionResult> EditItem(int id, CancellationToken ct) => LoadAsync<AgendaItem, AgendaItemForm>(id, "items", "agenda item", ct);

    [HttpPost("items/{id:int}/edit")]
    public Task<IActionResult> EditItem(int id, AgendaItemForm form, string? submit, CancellationToken ct) => SaveAsync<AgendaItem, AgendaItemForm>(id, form, submit, "items", "agenda item", ct);

    [HttpPost("items/{id:int}/publish")]
    public async Task<IActionResult> PublishItem(int id, [FromForm] int revision, CancellationToken ct) =>
        await ItemOutcomeAsync(await workflow.PublishAsync<AgendaItem>(id, revision, CurrentActor, ct), ct);

    [HttpGet("items/{id:int}/withdraw")]
    public async Task<IActionResult> WithdrawItem(int id, CancellationToken ct) =>
        await queries.ItemAsync(id, null, ct) is { } item ? View("Withdraw", new WithdrawPage(id, item.Title, "agenda item", ItemHref(id), new ReasonForm { Revision = item.Revision })) : NotFound();

    [HttpPost("items/{id:int}/withdraw")]
    public async Task<IActionResult> WithdrawItem(int id, ReasonForm form, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(form);
        if (!ModelState.IsValid)
        {
            return await queries.ItemAsync(id, null, ct) is { } item ? View("Withdraw", new WithdrawPage(id, item.Title, "agenda item", ItemHref(id), form)) : NotFound();
        }

        return await ItemOutcomeAsync(await workflow.WithdrawAsync<AgendaItem>(id, form.Revision, form.Reason!, CurrentActor, ct), ct);
    }

    [HttpGet("items/{id:int}/history")]
    public async Task<IActionResult> ItemHistory(int id, CancellationToken ct) =>
        await queries.HistoryAsync(nameof(AgendaItem), id, ct) is { } model ? View("History", model) : NotFound();

    private static string ItemHref(int id) => "/workspace/items/" + id.ToString(CultureInfo.InvariantCulture);

    private Task<IActionResult> ItemOutcomeAsync(EditResult result, CancellationToken ct) =>
        OutcomeAsync(result, ItemHref, async conflict => (object)((await queries.ItemAsync(result.Id, null, ct))! with { Conflict = conflict }), "Item");

    private async Task<IActionResult> LoadAsync<TEntity, TForm>(int id, string segment, string noun, CancellationToken ct)
        where TEntity : EditableEntity
        where TForm : class, IEntityForm<TEntity, TForm> =>
        await editor.FindAsync<TEntity>(id, ct) is { } entity ? await ShowAsync(TForm.From(entity), id, segment, noun, ct) : NotFound();

    private async Task<IActionResult> ShowAsync<TForm>(TForm form, int? id, string segment, string noun, CancellationToken ct) =>
        View("EditRecord", await PageAsync(form, id, segment, noun, EditorState.None, ct));

    private Task<IActionResult> SaveAsync<TEntity, TForm>(int? id, TForm form, string? submit, string segment, string noun, CancellationToken ct)
        where TEntity : EditableEntity
        where TForm : class, IEntityForm<TEntity, TForm> =>
        SaveFormAsync<TEntity, TForm, FormPage<object>>(id, form, submit, editor, (f, s) => PageAsync(f, id, segment, noun, s, ct),
            savedId => segment == "items" ? ItemHref(savedId) : "/workspace", "EditRecord", ct);

    private async Task<FormPage<object>> PageAsync<TForm>(TForm form, int? id, string segment, string noun, EditorState state, CancellationToken ct)
    {
        var options = segment switch
        {
            "councils" => Choices(),
            "bodies" or "people" => Choices(("CouncilId", await queries.CouncilOptionsAsync(ct))),
            "meetings" => Choices(("BodyId", await queries.BodyOptionsAsync(ct))),
            _ => Choices(("CouncilId", await queries.CouncilOptionsAsync(ct)), ("MeetingId", await queries.MeetingOptionsAsync(ct)),
                ("LeadMemberId", await queries.PeopleOptionsAsync(ct)), ("ContactOfficerId", await queries.PeopleOptionsAsync(ct))),
        };
        var href = "/workspace/" + segment + "/" + (id is { } i ? i.ToString(CultureInfo.InvariantCulture) + "/edit" : "new");
        return new FormPage<object>(form!, id, (id is null ? "New " : "Edit ") + noun, href,
            segment == "items" && id is { } itemId ? ItemHref(itemId) : "/workspace", state, options);
    }
}
