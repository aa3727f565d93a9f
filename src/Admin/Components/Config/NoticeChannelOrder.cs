using System.Collections.Immutable;
using System.Globalization;
using MppQueue.Core;

namespace MppQueue.Admin.Components.Config;

/// <summary>
/// An agency's notice channels while a person edits them: every channel once, the ones in use first in the order they
/// are tried, each turned on or off and moved up or down. <see cref="ToChannels"/> gives the order the agency keeps.
/// </summary>
public sealed class NoticeChannelOrder
{
    private readonly List<Row> _rows;

    private NoticeChannelOrder(List<Row> rows) => _rows = rows;

    public IReadOnlyList<Row> Rows => _rows;

    public static NoticeChannelOrder From(ImmutableArray<NoticeChannel> channels)
    {
        var used = channels.IsDefault ? Agency.DefaultNoticeChannels : channels;
        return new NoticeChannelOrder(
        [
            .. used.Distinct().Select(c => new Row(c) { On = true }),
            .. Agency.DefaultNoticeChannels.Except(used).Select(c => new Row(c) { On = false }),
        ]);
    }

    /// <summary>The channels turned on, in order.</summary>
    public ImmutableArray<NoticeChannel> ToChannels() => [.. _rows.Where(r => r.On).Select(r => r.Channel)];

    public void MoveUp(NoticeChannel channel) => Swap(_rows.FindIndex(r => r.Channel == channel), -1);

    public void MoveDown(NoticeChannel channel) => Swap(_rows.FindIndex(r => r.Channel == channel), +1);

    /// <summary>The channels in use as the list shows them ("WhatsApp → SMS").</summary>
    public static string Describe(ImmutableArray<NoticeChannel> channels, CultureInfo culture) =>
        channels.IsDefaultOrEmpty
            ? NoticeAdminText.ResourceManager.GetString(nameof(NoticeAdminText.ChannelsOff), culture) ?? string.Empty
            : string.Join(" → ", channels.Select(c => ShortName(c, culture)));

    public static string Name(NoticeChannel channel, CultureInfo culture) =>
        NoticeAdminText.ResourceManager.GetString("ChannelName_" + channel, culture) ?? channel.ToString();

    public static string ShortName(NoticeChannel channel, CultureInfo culture) =>
        NoticeAdminText.ResourceManager.GetString("ChannelShort_" + channel, culture) ?? channel.ToString();

    private void Swap(int index, int step)
    {
        var other = index + step;
        if (index < 0 || other < 0 || other >= _rows.Count)
        {
            return;
        }

        (_rows[index], _rows[other]) = (_rows[other], _rows[index]);
    }

    /// <summary>One channel in the list.</summary>
    public sealed class Row(NoticeChannel channel)
    {
        public NoticeChannel Channel { get; } = channel;

        public bool On { get; set; }
    }
}
