using LiteDB;
using MppQueue.Core;
using MppQueue.Storage.Documents;

namespace MppQueue.Storage;

/// <summary>
/// <see cref="ISurveyStore"/> on the same file, under the same lock. The survey's indexes are ensured
/// the first time a survey method runs in the process (the constructor belongs to the queue store), and
/// each write is one transaction with a checkpoint, like every other write (ADR 2).
/// </summary>
public sealed partial class LiteQueueStore : ISurveyStore
{
    private const string SurveyResponses = "surveyResponses";

    // Read and written under _gate only.
    private bool _surveyIndexesEnsured;

    public bool TryAddResponse(SurveyResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var document = SurveyResponseDocument.From(response);
        lock (_gate)
        {
            ThrowIfDisposed();
            EnsureSurveyIndexes();

            // Under the lock no other write can slip in between this check and the insert; the unique
            // index on TicketId still refuses a duplicate should that ever change.
            if (SurveyCollection().Exists(Query.EQ(nameof(SurveyResponseDocument.TicketId), document.TicketId)))
            {
                return false;
            }

            try
            {
                Write(() => SurveyCollection().Insert(document));
            }
            catch (LiteException e) when (e.ErrorCode == LiteException.INDEX_DUPLICATE_KEY)
            {
                return false;
            }

            return true;
        }
    }

    public IReadOnlyList<SurveyResponse> LoadResponses(DateOnly firstDay, DateOnly lastDay)
    {
        if (lastDay < firstDay)
        {
            return [];
        }

        var first = StorageFormat.ToDay(firstDay);
        var last = StorageFormat.ToDay(lastDay);
        lock (_gate)
        {
            ThrowIfDisposed();
            EnsureSurveyIndexes();
            return SurveyCollection().Find(Query.Between(nameof(SurveyResponseDocument.ServiceDate), first, last))
                .Select(d => d.ToResponse())
                .OrderBy(r => r.SubmittedAt)
                .ThenBy(r => r.Id, StringComparer.Ordinal)
                .ToList();
        }
    }

    public bool HasResponse(string ticketId)
    {
        ArgumentNullException.ThrowIfNull(ticketId);
        lock (_gate)
        {
            ThrowIfDisposed();
            EnsureSurveyIndexes();
            return SurveyCollection().Exists(Query.EQ(nameof(SurveyResponseDocument.TicketId), ticketId));
        }
    }

    private ILiteCollection<SurveyResponseDocument> SurveyCollection() => Collection<SurveyResponseDocument>(SurveyResponses);

    /// <summary>Called under <c>_gate</c>; creates the indexes once per process (EnsureIndex is a no-op when they exist).</summary>
    private void EnsureSurveyIndexes()
    {
        if (_surveyIndexesEnsured)
        {
            return;
        }

        var responses = SurveyCollection();
        responses.EnsureIndex(d => d.TicketId, unique: true);
        responses.EnsureIndex(d => d.ServiceDate);
        Checkpoint();
        _surveyIndexesEnsured = true;
    }
}
