using MppQueue.Core;

namespace MppQueue.Admin.Components.Config;

/// <summary>
/// How every configuration form saves, written once: one save at a time and only by a signed-in account; a refusal
/// (<see cref="CatalogException"/>) is shown beside the field it concerns or at the top, otherwise the confirmation.
/// A plain class, so the pattern is tested without rendering.
/// </summary>
/// <param name="fields">The form's fields, in the order their refusals are matched; a refusal of any other field is shown at the top.</param>
public sealed class ConfigSave(IReadOnlyCollection<string> fields)
{
    private string? _kept;

    public FormErrors Errors { get; } = new();

    /// <summary>The last save's confirmation.</summary>
    public string? Saved { get; private set; }

    /// <summary>Whether a save is under way (its buttons are disabled meanwhile).</summary>
    public bool Saving { get; private set; }

    /// <summary>Starts afresh: no refusal, and no confirmation unless one was kept over a navigation.</summary>
    public void Reset()
    {
        Errors.Clear();
        Saved = _kept;
        _kept = null;
    }

    /// <summary>Keeps the confirmation for the next <see cref="Reset"/>, when a page moves to the address of what it just added.</summary>
    public void KeepOverNavigation() => _kept = Saved;

    /// <summary>Stores a change and shows its confirmation or its refusal.</summary>
    /// <param name="actor">The signed-in account; null saves nothing.</param>
    /// <param name="save">Stores the change and returns the confirmation; throws <see cref="CatalogException"/> when it is refused.</param>
    /// <returns>Whether the change was stored.</returns>
    public bool Run(Officer? actor, Func<Officer, string> save)
    {
        ArgumentNullException.ThrowIfNull(save);

        // A synchronous save completes the task before it returns: nothing is waited on here.
        return RunAsync(actor, a => Task.FromResult(save(a))).GetAwaiter().GetResult();
    }

    /// <inheritdoc cref="Run"/>
    public async Task<bool> RunAsync(Officer? actor, Func<Officer, Task<string>> save)
    {
        ArgumentNullException.ThrowIfNull(save);
        if (!Begin(actor))
        {
            return false;
        }

        try
        {
            Saved = await save(actor!);
            return true;
        }
        catch (CatalogException refusal)
        {
            Errors.Show(refusal.Error, fields);
            return false;
        }
        finally
        {
            Saving = false;
        }
    }

    /// <summary>A step that stores nothing (a date added to a draft): its refusal is shown as a save's would be.</summary>
    /// <returns>Whether the step was accepted.</returns>
    public bool Check(Action step)
    {
        ArgumentNullException.ThrowIfNull(step);
        Errors.Clear();
        try
        {
            step();
            return true;
        }
        catch (CatalogException refusal)
        {
            Errors.Show(refusal.Error, fields);
            return false;
        }
    }

    private bool Begin(Officer? actor)
    {
        if (Saving || actor is null)
        {
            return false;
        }

        Saving = true;
        Errors.Clear();
        Saved = null;
        return true;
    }
}
