using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using MppQueue.Core;
using MppQueue.Ui.Text;
using MudBlazor;

namespace MppQueue.Counter.Components;

/// <summary>The transfer panel's search, choice and keys; the transfer itself is the page's (<see cref="OnTransfer"/>).</summary>
public sealed partial class TransferPanel
{
    private readonly Dictionary<string, ElementReference> _options = [];
    private MudTextField<string>? _searchField;
    private MudTextField<string>? _noteField;
    private string? _search;
    private string? _note;
    private Service? _chosen;

    [Parameter, EditorRequired]
    public Ticket Ticket { get; set; } = default!;

    [Parameter, EditorRequired]
    public SiteCatalog Catalog { get; set; } = default!;

    [Parameter]
    public bool Busy { get; set; }

    [Parameter]
    public EventCallback<TransferChoice> OnTransfer { get; set; }

    [Parameter]
    public EventCallback OnCancel { get; set; }

    private Task ConfirmAsync() => _chosen is null ? FocusSearchAsync() : OnTransfer.InvokeAsync(new TransferChoice(_chosen, _note));

    private void OnSearchChanged(string? search)
    {
        _search = search;
        _options.Clear();
    }

    private async Task ChooseAsync(Service service)
    {
        _chosen = service;
        if (_noteField is not null)
        {
            await _noteField.FocusAsync();
        }
    }

    /// <summary>↓ goes into the list; Enter takes the first match (or keeps the one chosen when nothing matches).</summary>
    private async Task OnSearchKeyAsync(KeyboardEventArgs e)
    {
        var first = Matches().FirstOrDefault();
        if (first is null)
        {
            return;
        }

        if (e.Key == "ArrowDown" && _options.TryGetValue(first.Id, out var option))
        {
            await option.FocusAsync();
        }
        else if (e.Key == "Enter")
        {
            await ChooseAsync(first);
        }
    }

    /// <summary>↑ ↓ move between the services (↑ from the first goes back to the search); Enter and Space choose, as buttons do.</summary>
    private async Task OnOptionKeyAsync(KeyboardEventArgs e, Service service, List<Service> matches)
    {
        var at = matches.FindIndex(s => s.Id == service.Id);
        var to = e.Key switch
        {
            "ArrowDown" => at + 1,
            "ArrowUp" => at - 1,
            _ => (int?)null,
        };
        if (to is not { } index)
        {
            return;
        }

        if (index < 0)
        {
            await FocusSearchAsync();
        }
        else if (index < matches.Count && _options.TryGetValue(matches[index].Id, out var next))
        {
            await next.FocusAsync();
        }
    }

    private Task OnNoteKeyAsync(KeyboardEventArgs e) => e.Key == "Enter" && !Busy ? ConfirmAsync() : Task.CompletedTask;

    private async Task FocusSearchAsync()
    {
        if (_searchField is not null)
        {
            await _searchField.FocusAsync();
        }
    }

    private IEnumerable<Service> Matches()
    {
        var words = (_search ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return Catalog.Services.Values
            .Where(s => s.Active && s.Id != Ticket.ServiceId)
            .Where(s => words.All(w => Searchable(s).Contains(w, StringComparison.OrdinalIgnoreCase)))
            .OrderBy(s => Catalog.Agencies.TryGetValue(s.AgencyId, out var a) ? a.SortOrder : int.MaxValue)
            .ThenBy(s => s.SortOrder);
    }

    private string Searchable(Service service) => string.Join(' ', service.Prefix, service.NameId, service.NameEn, AgencyName(service.AgencyId),
        Catalog.Agencies.TryGetValue(service.AgencyId, out var agency) ? agency.Name : string.Empty);

    private string AgencyName(string agencyId) => Catalog.Agencies.TryGetValue(agencyId, out var agency) ? Labels.AgencyName(agency) : agencyId;
}
