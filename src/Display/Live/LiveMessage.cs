namespace MppQueue.Display.Live;

/// <summary>
/// What <c>/live</c> receives over its event stream: the whole building, its texts already in the viewer's language
/// (the feed makes one per language per burst of moves, so a viewer's browser only puts them in place).
/// </summary>
/// <param name="Seq">The sequence of the last move it includes.</param>
/// <param name="Shape">The agencies, services and zones it lists: a page showing another shape reloads.</param>
/// <param name="Clock">The site's local time, as the page's clock shows it.</param>
/// <param name="Services">Every service's figures, by id.</param>
/// <param name="Zones">Every zone's latest calls, by id.</param>
public sealed record LiveMessage(long Seq, string Shape, string Clock, IReadOnlyList<LiveServiceMessage> Services, IReadOnlyList<LiveZoneMessage> Zones);
