using LiteDB;
using MppQueue.Storage.Documents;

namespace MppQueue.Storage;

/// <summary>
/// The one owner of a LiteDB data file in the process: it opens the file in direct mode, holds the one lock that every
/// read and write of every store runs under, runs each write as one transaction followed by a checkpoint so that it is
/// on disk when the call returns, copies the consistent file for a backup, and closes it
/// (see docs/adr/0002-one-litedb-one-write-lock.md). The stores (<see cref="LiteTicketStore"/> and the others) each
/// take this owner and keep no database of their own.
/// </summary>
public sealed class LiteFile : IDisposable
{
    /// <summary>The file name that keeps the database in memory only (for tests).</summary>
    public const string InMemory = ":memory:";

    // LiteDB 5.0.20 races when writes to different collections overlap, and its explicit
    // transactions belong to a thread: one lock around everything, no await inside it.
    private readonly Lock _gate = new();
    private readonly LiteDatabase _db;

    // The collections whose indexes a store ensures on its first use in the process; read and written under _gate only.
    private readonly HashSet<string> _indexed = new(StringComparer.Ordinal);
    private bool _disposed;

    /// <param name="path">The data file (its folder is created when missing), or <see cref="InMemory"/>.</param>
    public LiteFile(string path)
        : this(path == InMemory ? null : Path.GetFullPath(path), OpenFile(path))
    {
    }

    /// <summary>
    /// A database held in <paramref name="image"/>, a stream in memory, for building a new data file at once
    /// (<see cref="LiteQueueStore.CreateIfMissing"/>): its writes cost no fsync, and the stream ends up holding the
    /// bytes of the whole file.
    /// </summary>
    internal LiteFile(MemoryStream image)
        : this(null, new LiteDatabase(image ?? throw new ArgumentNullException(nameof(image)), Mapper))
    {
    }

    /// <summary>
    /// A database on two streams, the data file's and the log's, as LiteDB keeps them on disk: for the crash-point tests,
    /// which record every write the engine makes to either and open what a kill after any one of them would have left.
    /// </summary>
    internal LiteFile(Stream data, Stream log)
        : this(null, new LiteDatabase(data ?? throw new ArgumentNullException(nameof(data)), Mapper, log ?? throw new ArgumentNullException(nameof(log))))
    {
    }

    private LiteFile(string? dataFile, LiteDatabase db)
    {
        DataFile = dataFile;
        _db = db;
        try
        {
            EnsureIndexes();
        }
        catch
        {
            _db.Dispose();
            throw;
        }
    }

    /// <summary>The full path of the data file; null for an in-memory database.</summary>
    public string? DataFile { get; }

    public void Dispose()
    {
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            _db.Dispose();
        }
    }

    /// <summary>
    /// Copies the data file to <paramref name="destinationPath"/> under the lock. While the lock is held no write can
    /// begin, and the checkpoint has moved every committed page from the log into the data file, so the data file alone
    /// is the whole database; copying it then gives a file that LiteDB opens as it was.
    /// </summary>
    internal void WriteCopy(string destinationPath)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(destinationPath);
        var destination = Path.GetFullPath(destinationPath);
        lock (_gate)
        {
            ThrowIfDisposed();
            var source = DataFile ?? throw new InvalidOperationException("An in-memory store has no file to copy.");
            if (string.Equals(source, destination, StringComparison.Ordinal))
            {
                throw new ArgumentException("A backup cannot replace the data file itself.", nameof(destinationPath));
            }

            Checkpoint();

            // The data file is kept open here: read it through a shared handle rather than File.Copy.
            using var from = new FileStream(source, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var to = new FileStream(destination, FileMode.Create, FileAccess.Write, FileShare.None);
            from.CopyTo(to);
            to.Flush(flushToDisk: true);
        }
    }

    /// <summary>
    /// Runs a read under the lock; <paramref name="read"/> must materialise what it returns. The lock is re-entrant, so
    /// a store may check and then <see cref="Write"/> inside one read, with no other write between the two.
    /// </summary>
    internal T Read<T>(Func<T> read)
    {
        lock (_gate)
        {
            ThrowIfDisposed();
            return read();
        }
    }

    /// <summary>Runs one write as one transaction under the lock, and returns only once it is on disk.</summary>
    internal void Write(Action work)
    {
        lock (_gate)
        {
            ThrowIfDisposed();
            if (!_db.BeginTrans())
            {
                throw new InvalidOperationException("A LiteDB transaction is already open on this thread.");
            }

            try
            {
                work();
                _db.Commit();
            }
            catch
            {
                // LiteDB has already rolled back when one of its own calls threw; then this is a no-op.
                _db.Rollback();
                throw;
            }

            Checkpoint();
        }
    }

    /// <summary>
    /// Under the lock and outside any transaction, runs <paramref name="ensure"/> (EnsureIndex calls, a no-op when the
    /// indexes exist) the first time it is asked for <paramref name="collection"/> in the process, then checkpoints.
    /// For the stores that create their indexes on first use rather than when the file is opened.
    /// </summary>
    internal void EnsureIndexesOnce(string collection, Action ensure)
    {
        lock (_gate)
        {
            ThrowIfDisposed();
            if (_indexed.Contains(collection))
            {
                return;
            }

            ensure();
            Checkpoint();
            _indexed.Add(collection);
        }
    }

    /// <summary>A collection of the file; use it only inside <see cref="Read"/>, <see cref="Write"/> or <see cref="EnsureIndexesOnce"/>.</summary>
    internal ILiteCollection<T> Collection<T>(string name) => _db.GetCollection<T>(name);

    private static LiteDatabase OpenFile(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (path != InMemory)
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(path));
            if (!string.IsNullOrEmpty(folder))
            {
                Directory.CreateDirectory(folder);
            }
        }

        return new LiteDatabase(new ConnectionString { Filename = path, Connection = ConnectionType.Direct }, Mapper);
    }

    /// <summary>
    /// One mapper for every file in the process, as LiteDB's own global one is: it builds each document type's mapping
    /// by reflection on first use (about 25 ms for the store's types), which a mapper per opening paid again each time.
    /// It is not configured further once made; LiteDB adds a missing mapping under a lock (docs/adr/0002).
    /// </summary>
    private static readonly BsonMapper Mapper = CreateMapper();

    private static BsonMapper CreateMapper()
    {
        var mapper = new BsonMapper
        {
            // LiteDB trims strings and turns "" into null by default; a store gives back what it was given.
            TrimWhitespace = false,
            EmptyStringToNull = false,
            EnumAsInteger = false,
        };
        mapper.Entity<BookingDocument>().Id(d => d.Code, autoId: false);
        mapper.Entity<DeskStateDocument>().Id(d => d.DeskId, autoId: false);
        mapper.Entity<JournalDocument>().Id(d => d.Id, autoId: true);
        mapper.Entity<WebhookAttemptDocument>().Id(d => d.Id, autoId: true);
        return mapper;
    }

    private void EnsureIndexes()
    {
        var tickets = Collection<TicketDocument>(CollectionNames.Tickets);
        tickets.EnsureIndex(d => d.ServiceDate);
        tickets.EnsureIndex(d => d.Token, unique: true);
        tickets.EnsureIndex(d => d.LastSequence);
        Collection<DeskStateDocument>(CollectionNames.DeskStates).EnsureIndex(d => d.LastSequence);
        Collection<AuditDocument>(CollectionNames.Audit).EnsureIndex(d => d.AtUtcTicks);
        var bookings = Collection<BookingDocument>(CollectionNames.Bookings);
        bookings.EnsureIndex(d => d.Date);
        bookings.EnsureIndex(d => d.Token);
        Collection<JournalDocument>(CollectionNames.Journal).EnsureIndex(d => d.Sequence);
        Checkpoint();
    }

    /// <summary>
    /// LiteDB 5.0.20's Commit only queues the log (WAL) pages for a background writer task and returns
    /// before they reach the OS, so a process killed right after Commit can lose the transaction it
    /// reported (1 of 60 self-SIGKILLs straight after Commit did). Checkpoint first waits until that
    /// writer has written every queued page, then copies the log into the data file, fsyncs it and
    /// empties the log. See docs/adr/0002-one-litedb-one-write-lock.md.
    /// </summary>
    private void Checkpoint() => _db.Checkpoint();

    private void ThrowIfDisposed() => ObjectDisposedException.ThrowIf(_disposed, this);
}
