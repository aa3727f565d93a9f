using LiteDB;
using MppQueue.Core;
using MppQueue.Storage.Documents;

namespace MppQueue.Storage;

/// <summary>
/// <see cref="ISurveyStore"/> on a <see cref="LiteFile"/>, under its one lock. The survey's indexes are ensured the
/// first time a survey method runs in the process (opening the file ensures only the queue's), and each write is one
/// transaction with a checkpoint, like every other write (ADR 2).
/// </summary>
public sealed class LiteSurveyStore(LiteFile file) : ISurveyStore
{
    private readonly LiteFile _file = file ?? throw new ArgumentNullException(nameof(file));

    public bool TryAddResponse(SurveyResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var document = SurveyResponseDocument.From(response);
        EnsureIndexes();
        return _file.Read(() =>
        {
            // Under the lock no other write can slip in between this check and the insert; the unique
            // index on TicketId still refuses a duplicate should that ever change.
            if (Responses().Exists(LiteWhere.Equal(nameof(SurveyResponseDocument.TicketId), document.TicketId)))
            {
                return false;
            }

            try
            {
                _file.Write(() => Responses().Insert(document));
            }
            catch (LiteException e) when (e.ErrorCode == LiteException.INDEX_DUPLICATE_KEY)
            {
                return false;
            }

            return true;
        });
    }

    public IReadOnlyList<SurveyResponse> LoadResponses(DateOnly firstDay, DateOnly lastDay)
    {
        if (lastDay < firstDay)
        {
            return [];
        }

        var first = StorageFormat.ToDay(firstDay);
        var last = StorageFormat.ToDay(lastDay);
        EnsureIndexes();
        return _file.Read(() => Responses().Find(LiteWhere.Between(nameof(SurveyResponseDocument.ServiceDate), first, last))
            .Select(d => d.ToResponse())
            .OrderBy(r => r.SubmittedAt)
            .ThenBy(r => r.Id, StringComparer.Ordinal)
            .ToList());
    }

    public bool HasResponse(string ticketId)
    {
        ArgumentNullException.ThrowIfNull(ticketId);
        EnsureIndexes();
        return _file.Read(() => Responses().Exists(LiteWhere.Equal(nameof(SurveyResponseDocument.TicketId), ticketId)));
    }

    private ILiteCollection<SurveyResponseDocument> Responses() => _file.Collection<SurveyResponseDocument>(CollectionNames.SurveyResponses);

    private void EnsureIndexes() => EnsureIndexes(_file);

    /// <summary>The responses' indexes, once per file in the process (also before a history is written into them).</summary>
    internal static void EnsureIndexes(LiteFile file) => file.EnsureIndexesOnce(CollectionNames.SurveyResponses, () =>
    {
        var responses = file.Collection<SurveyResponseDocument>(CollectionNames.SurveyResponses);
        responses.EnsureIndex(d => d.TicketId, unique: true);
        responses.EnsureIndex(d => d.ServiceDate);
    });
}
