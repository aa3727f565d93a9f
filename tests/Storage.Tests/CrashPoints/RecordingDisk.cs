namespace MppQueue.Storage.Tests.CrashPoints;

/// <summary>
/// The two files LiteDB keeps (the data file and its log), held in memory, with every change either of them receives
/// recorded in one list in the order it happened, and marks the test puts between them ("ticket X was returned").
/// <see cref="Replay"/> gives back the files as a kill after any one change would have left them on disk: a write the
/// process made is in the operating system's hands once the call returns, so a SIGKILL keeps every change before it
/// and none after; a write of several 4 KiB pages can also be cut at a page boundary by the kill.
/// </summary>
internal sealed class RecordingDisk
{
    public const int Data = 0;
    public const int Log = 1;

    private const int OsPage = 4096;

    private readonly Lock _gate = new();
    private readonly List<Change> _changes = [];

    public RecordingDisk()
    {
        DataStream = new RecordingStream(this, Data);
        LogStream = new RecordingStream(this, Log);
    }

    public Stream DataStream { get; }

    public Stream LogStream { get; }

    /// <summary>How many changes and marks are recorded so far.</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _changes.Count;
            }
        }
    }

    /// <summary>Records that <paramref name="what"/> was promised to someone (after the call that made it returned).</summary>
    public void Mark(string what)
    {
        lock (_gate)
        {
            _changes.Add(new Change(-1, 0, null, -1, what));
        }
    }

    /// <summary>
    /// Every state a kill could leave, from the first change at <paramref name="from"/> on: after each change, and for a
    /// write longer than a page, also with only its first page written. Each comes with the marks made before it.
    /// </summary>
    public IEnumerable<CrashPoint> Replay(int from)
    {
        List<Change> changes;
        lock (_gate)
        {
            changes = [.. _changes];
        }

        var files = new[] { new MemoryStream(), new MemoryStream() };
        var marks = new List<string>();
        for (var i = 0; i < changes.Count; i++)
        {
            var change = changes[i];
            if (change.Mark is { } mark)
            {
                marks.Add(mark);
                continue;
            }

            if (i >= from && change.Bytes is { Length: > OsPage } torn)
            {
                var cut = Copy(files);
                Apply(cut[change.File], change with { Bytes = torn[..OsPage] });
                yield return new CrashPoint(i, true, cut, [.. marks]);
            }

            Apply(files[change.File], change);
            if (i >= from)
            {
                yield return new CrashPoint(i, false, Copy(files), [.. marks]);
            }
        }
    }

    private void Record(int file, long offset, byte[]? bytes, long length)
    {
        lock (_gate)
        {
            _changes.Add(new Change(file, offset, bytes, length, null));
        }
    }

    private static void Apply(MemoryStream file, Change change)
    {
        if (change.Bytes is { } bytes)
        {
            file.Position = change.Offset;
            file.Write(bytes);
        }
        else
        {
            file.SetLength(change.Length);
        }
    }

    private static MemoryStream[] Copy(MemoryStream[] files) => [.. files.Select(Copy)];

    private static MemoryStream Copy(MemoryStream file)
    {
        // Growable, as the files are: opening them again replays the log into the data file.
        var copy = new MemoryStream(checked((int)file.Length));
        file.Position = 0;
        file.CopyTo(copy);
        copy.Position = 0;
        return copy;
    }

    private sealed record Change(int File, long Offset, byte[]? Bytes, long Length, string? Mark);

    /// <summary>A stream in memory that records each write and each change of length before making it.</summary>
    private sealed class RecordingStream(RecordingDisk disk, int file) : Stream
    {
        private readonly MemoryStream _inner = new();

        public override bool CanRead => true;

        public override bool CanSeek => true;

        public override bool CanWrite => true;

        public override long Length => _inner.Length;

        public override long Position
        {
            get => _inner.Position;
            set => _inner.Position = value;
        }

        public override void Flush()
        {
        }

        public override int Read(byte[] buffer, int offset, int count) => _inner.Read(buffer, offset, count);

        public override long Seek(long offset, SeekOrigin origin) => _inner.Seek(offset, origin);

        public override void SetLength(long value)
        {
            disk.Record(file, 0, null, value);
            _inner.SetLength(value);
        }

        public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

        public override void Write(ReadOnlySpan<byte> buffer)
        {
            disk.Record(file, _inner.Position, buffer.ToArray(), -1);
            _inner.Write(buffer);
        }
    }
}

/// <summary>The data file and the log as a kill after change <see cref="Change"/> would have left them.</summary>
/// <param name="Torn">Only the first 4 KiB page of that change's write reached the file.</param>
/// <param name="Promised">The marks made before that change: what callers had been told was done.</param>
internal sealed record CrashPoint(int Change, bool Torn, MemoryStream[] Files, IReadOnlyList<string> Promised);
