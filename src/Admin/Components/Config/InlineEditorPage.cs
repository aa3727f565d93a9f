using Microsoft.AspNetCore.Components;
using MppQueue.Core;
using MppQueue.Ui;
using MppQueue.Ui.Components;
using MppQueue.Ui.Text;

namespace MppQueue.Admin.Components.Config;

/// <summary>
/// A configuration list edited in place (zones, agencies): one draft open at a time, saved through the
/// <see cref="CatalogEditor"/> by the signed-in account, refusals shown next to their fields, the list re-read
/// whenever the catalog changes (here or in another tab).
/// </summary>
/// <typeparam name="TItem">The catalog item.</typeparam>
/// <typeparam name="TDraft">The form's editable copy of it.</typeparam>
public abstract class InlineEditorPage<TItem, TDraft> : LiveComponentBase
    where TItem : class
    where TDraft : class
{
    private ConfigSave? _save;

    [Inject]
    private CurrentOfficer Current { get; set; } = default!;

    [Inject]
    protected CatalogEditor Editor { get; set; } = default!;

    /// <summary>The signed-in, active account; null when it is gone or disabled (nothing can be saved).</summary>
    protected Officer? Actor { get; private set; }

    protected TDraft? Editing { get; private set; }

    protected TItem? Original { get; private set; }

    protected FormErrors Errors => Form.Errors;

    /// <summary>The last save's confirmation.</summary>
    protected string? Saved => Form.Saved;

    protected bool Saving => Form.Saving;

    /// <summary>The form's fields, in the order their refusals are matched.</summary>
    protected abstract IReadOnlyCollection<string> Fields { get; }

    private ConfigSave Form => _save ??= new ConfigSave(Fields);

    protected override async Task OnInitializedAsync() => Actor = await Current.GetAsync();

    protected override bool Concerns(QueueEvent queueEvent)
    {
        ArgumentNullException.ThrowIfNull(queueEvent);
        return queueEvent.Kind == QueueEventKind.CatalogChanged;
    }

    /// <summary>Stores the draft (naming a new item first) and returns the saved item's name.</summary>
    /// <exception cref="CatalogException">The change is refused.</exception>
    protected abstract string Save(Officer actor, TDraft draft, TItem? original);

    protected void Open(TItem? original, TDraft draft)
    {
        Form.Reset();
        Original = original;
        Editing = draft;
    }

    protected void OnCancel() => Editing = null;

    protected void OnSave()
    {
        if (Editing is { } draft && Form.Run(Actor, actor => Labels.Format(ConfigText.SavedNamed, Save(actor, draft, Original))))
        {
            Editing = null;
            Load();
        }
    }
}
