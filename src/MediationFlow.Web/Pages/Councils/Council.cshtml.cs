using MediationFlow.Core.Domain;
using MediationFlow.Core.Errors;
using MediationFlow.Core.Features.Councils;
using MediationFlow.Core.Features.Register;
using MediationFlow.Web.Localization;
using MediationFlow.Web.Presentation;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MediationFlow.Web.Pages.Councils;

/// <summary>A council for its members: where it sits, who is in it, and its register of mediators, kept here by its chair and administrators.</summary>
public sealed class CouncilModel(ISender sender) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    public GetCouncil.CouncilView Council { get; private set; } = null!;

    public GetRegister.RegisterView Register { get; private set; } = null!;

    /// <summary>The refused form ("entry", "entry-5", "status-5", "training-5"), shown open with its errors beside its fields.</summary>
    public string? FailedForm { get; private set; }

    public Dictionary<string, string> Errors { get; private set; } = new(StringComparer.OrdinalIgnoreCase);

    [BindProperty]
    public EntryForm Entry { get; set; } = new();

    [BindProperty]
    public StatusForm Status { get; set; } = new();

    [BindProperty]
    public TrainingForm Training { get; set; } = new();

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public Task<IActionResult> OnPostEntryAsync(CancellationToken cancellationToken) =>
        SubmitAsync(Entry.EntryId is { } id ? $"entry-{id}" : "entry", nameof(Entry), async () =>
        {
            var languages = Entry.Languages ?? [];
            var specialisations = Entry.Specialisations ?? [];
            _ = Entry.EntryId is { } entryId
                ? await sender.Send(new EditRegisterEntry.Command(Id, entryId, Entry.Number ?? string.Empty, Entry.Type, Entry.ElectedOn, languages, specialisations), cancellationToken)
                : await sender.Send(new AddRegisterEntry.Command(Id, Entry.UserName ?? string.Empty, Entry.Number ?? string.Empty, Entry.Type, Entry.ElectedOn, languages, specialisations), cancellationToken);
        }, cancellationToken);

    public Task<IActionResult> OnPostStatusAsync(CancellationToken cancellationToken) =>
        SubmitAsync($"status-{Status.EntryId}", nameof(Status), async () =>
        {
            var effectiveOn = Status.EffectiveOn ?? throw Required("effectiveOn");
            await sender.Send(new ChangeMediatorStatus.Command(Id, Status.EntryId, Status.Status, effectiveOn, Status.Reason ?? string.Empty), cancellationToken);
        }, cancellationToken);

    public Task<IActionResult> OnPostTrainingAsync(CancellationToken cancellationToken) =>
        SubmitAsync($"training-{Training.EntryId}", nameof(Training), async () =>
        {
            var completedOn = Training.CompletedOn ?? throw Required("completedOn");
            await sender.Send(new AddTrainingRecord.Command(Id, Training.EntryId, Training.Course ?? string.Empty, Training.Hours ?? 0, Training.CertificateNumber, completedOn), cancellationToken);
        }, cancellationToken);

    /// <summary>
    /// Sends one form's command; a refusal puts the page back (400) with the form open and the reasons beside its fields.
    /// A value the browser could not turn into a date or a number is refused here, before anything is sent.
    /// </summary>
    private async Task<IActionResult> SubmitAsync(string form, string prefix, Func<Task> send, CancellationToken cancellationToken)
    {
        try
        {
            var unreadable = ModelState.Where(s => s.Key.StartsWith(prefix + ".", StringComparison.Ordinal) && s.Value is { Errors.Count: > 0 })
                .Select(s => new FieldError(FieldName(s.Key[(prefix.Length + 1)..]), "invalid", UiText.Get("FieldInvalid"))).ToList();
            if (unreadable.Count > 0)
            {
                throw new ValidationFailedException(unreadable);
            }

            await send();
            return Redirect($"/Councils/{Id}#register-title");
        }
        catch (ValidationFailedException e)
        {
            (FailedForm, Errors) = (form, FormErrors.ByField(e.Errors));
            Response.StatusCode = StatusCodes.Status400BadRequest;
            await LoadAsync(cancellationToken);
            return Page();
        }
    }

    private static ValidationFailedException Required(string field) => new([new FieldError(field, "required", UiText.Get("FieldRequired"))]);

    private static string FieldName(string property) => char.ToLowerInvariant(property[0]) + property[1..];

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Council = await sender.Send(new GetCouncil.Query(Id), cancellationToken);
        Register = await sender.Send(new GetRegister.Query(Id), cancellationToken);
    }

    /// <summary>A new entry (no <see cref="EntryId"/>) or the corrections of one.</summary>
    public sealed class EntryForm
    {
        public int? EntryId { get; set; }
        public string? UserName { get; set; }
        public string? Number { get; set; }
        public MediatorType Type { get; set; } = MediatorType.Public;
        public DateOnly? ElectedOn { get; set; }
        public List<string>? Languages { get; set; }
        public List<DisputeCategory>? Specialisations { get; set; }
    }

    public sealed class StatusForm
    {
        public int EntryId { get; set; }
        public MediatorStatus Status { get; set; }
        public DateOnly? EffectiveOn { get; set; }
        public string? Reason { get; set; }
    }

    public sealed class TrainingForm
    {
        public int EntryId { get; set; }
        public string? Course { get; set; }
        public int? Hours { get; set; }
        public string? CertificateNumber { get; set; }
        public DateOnly? CompletedOn { get; set; }
    }
}
