using LiteDB;
using MppQueue.Core;
using MppQueue.Storage.Documents;
using static MppQueue.Storage.CollectionNames;

namespace MppQueue.Storage;

/// <summary>
/// <see cref="IStaffStore"/> on a <see cref="LiteFile"/>: one <c>staffDays</c> document per finished day, keyed by the
/// day, each write one transaction with a checkpoint (ADR 2); see docs/adr/0020-staff-figures.md.
/// </summary>
public sealed class LiteStaffStore(LiteFile file) : IStaffStore
{
    private readonly LiteFile _file = file ?? throw new ArgumentNullException(nameof(file));

    public IReadOnlyList<StaffDay> LoadStaffDays(DateOnly firstDay, DateOnly lastDay)
    {
        if (lastDay < firstDay)
        {
            return [];
        }

        var first = StorageFormat.ToDay(firstDay);
        var last = StorageFormat.ToDay(lastDay);
        return _file.Read<IReadOnlyList<StaffDay>>(() =>
            [.. _file.Collection<StaffDayDocument>(StaffDays).Find(LiteWhere.Between("_id", first, last)).OrderBy(d => d.Id).Select(d => d.ToDay())]);
    }

    public void SaveStaffDays(IReadOnlyCollection<StaffDay> days)
    {
        ArgumentNullException.ThrowIfNull(days);
        if (days.Count == 0)
        {
            return;
        }

        var documents = days.Select(StaffDayDocument.From).ToList();
        _file.Write(() =>
        {
            var collection = _file.Collection<StaffDayDocument>(StaffDays);
            foreach (var document in documents)
            {
                collection.Upsert(document);
            }
        });
    }
}
